"""What the OpenAPI document tells a client about meet-ups, groups, RSVPs and calendars: names
a generated client reads naturally, the problems each operation can answer with, the .ics
answers as the files they are, the calendar key as the feed's own credential, and the venue
that guests never see."""

from __future__ import annotations

from typing import Any

from tests.openapi_document import PREFIX, find_operation, problem_types, schema_ref

MINE = ("/meetups", "/groups", "/areas", "/me/calendar")


def _my_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        if path.removeprefix(PREFIX).startswith(MINE)
        for method, operation in item.items()
    ]


def test_operation_ids_read_as_a_client_calls_them(document: dict[str, Any]) -> None:
    ids = {
        ("get", "/meetups"): "listMeetups",
        ("post", "/meetups"): "createMeetup",
        ("post", "/meetups/{meetup_id}/flags"): "flagMeetup",
        ("put", "/meetups/{meetup_id}/rsvp"): "setRsvp",
        ("post", "/meetups/{meetup_id}/rsvps/{username}/approve"): "approveRsvp",
        ("get", "/meetups/{meetup_id}.ics"): "getMeetupCalendar",
        ("get", "/me/calendar.ics"): "getCalendarFeed",
        ("post", "/me/calendar-key"): "createCalendarKey",
        ("put", "/groups/{slug}/membership"): "joinGroup",
    }
    for (method, path), expected in ids.items():
        assert find_operation(document, method, path)["operationId"] == expected


def test_pages_have_named_schemas(document: dict[str, Any]) -> None:
    pages = {
        "/meetups": "MeetupPage",
        "/groups": "GroupPage",
        "/meetups/{meetup_id}/rsvps": "AttendeePage",
    }
    schemas = document["components"]["schemas"]
    for path, name in pages.items():
        assert schema_ref(find_operation(document, "get", path), "200") == name
        assert schemas[name]["description"]
        assert schemas[name]["properties"]["next_cursor"]["description"]


def test_each_operation_lists_the_problems_it_can_answer_with(document: dict[str, Any]) -> None:
    update = find_operation(document, "patch", "/meetups/{meetup_id}")
    assert problem_types(update, "409") == {"meetup-cancelled", "capacity-below-going"}
    assert {"forbidden", "suspended", "insufficient-scope"} <= problem_types(update, "403")
    assert problem_types(update, "404") == {"not-found"}

    rsvp = find_operation(document, "put", "/meetups/{meetup_id}/rsvp")
    assert problem_types(rsvp, "409") == {"meetup-cancelled", "meetup-past"}
    approve = find_operation(document, "post", "/meetups/{meetup_id}/rsvps/{username}/approve")
    assert "rsvp-not-pending" in problem_types(approve, "409")
    flag = find_operation(document, "post", "/meetups/{meetup_id}/flags")
    assert {"already-flagged", "idempotency-in-flight"} <= problem_types(flag, "409")

    create_group = find_operation(document, "post", "/groups")
    assert "group-exists" in problem_types(create_group, "409")
    assert problem_types(create_group, "429") == {"rate-limited", "too-many-groups"}
    assert "Retry-After" in create_group["responses"]["429"]["headers"]

    # Reads that change nothing answer no 409, and a list of areas no 401, 403 or 404.
    for path in ("/meetups", "/groups", "/areas", "/meetups/{meetup_id}"):
        assert "409" not in find_operation(document, "get", path)["responses"], path
    assert not {"401", "403", "404"} & set(find_operation(document, "get", "/areas")["responses"])
    # An unknown meet-up, group or key is 404, and nothing else about it is told.
    assert problem_types(find_operation(document, "get", "/groups/{slug}"), "404") == {"not-found"}
    feed = find_operation(document, "get", "/me/calendar.ics")
    assert problem_types(feed, "404") == {"calendar-key-not-found"}


def test_calendar_files_and_the_key_feed_are_documented_as_they_are(
    document: dict[str, Any],
) -> None:
    for path in ("/meetups/{meetup_id}.ics", "/me/calendar.ics"):
        ok = find_operation(document, "get", path)["responses"]["200"]
        assert list(ok["content"]) == ["text/calendar"], path
        assert "BEGIN:VCALENDAR" in ok["content"]["text/calendar"]["example"]
        assert {"Cache-Control", "Content-Disposition", "X-Request-ID"} <= set(ok["headers"])
    feed = find_operation(document, "get", "/me/calendar.ics")
    # No token is read: the key in the address is the credential, and the description says so.
    assert feed["security"] == []
    assert "`key` in the address is the credential" in feed["description"]
    assert "DELETE /me/calendar-key" in feed["description"]
    (key,) = [p for p in feed["parameters"] if p["name"] == "key"]
    assert "secret" in key["description"]
    url = document["components"]["schemas"]["CalendarKeyRead"]["properties"]["url"]
    assert "secret" in url["description"]
    # Guests may fetch one meet-up's file (without its venue), so no sign-in is required.
    assert {} in find_operation(document, "get", "/meetups/{meetup_id}.ics")["security"]


def test_the_venue_rule_is_told_where_a_meetup_is_shown(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert "null for guests" in schemas["MeetupRead"]["properties"]["venue"]["description"]
    for method, path in (
        ("get", "/meetups"),
        ("get", "/meetups/{meetup_id}"),
        ("get", "/meetups/{meetup_id}.ics"),
    ):
        description = " ".join(find_operation(document, method, path)["description"].split())
        assert "Guests never see" in description or "guests get the area" in description, path


def test_every_field_and_parameter_is_described(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for name in (
        "MeetupRead",
        "MeetupCreate",
        "MeetupUpdate",
        "MeetupCancel",
        "MyRsvp",
        "RsvpUpdate",
        "RsvpRead",
        "AttendeeRead",
        "GroupRef",
        "GroupRead",
        "GroupCreate",
        "AreaRead",
        "CalendarKeyRead",
    ):
        schema = schemas[name]
        assert schema.get("description"), name
        undescribed = [p for p, field in schema["properties"].items() if "description" not in field]
        assert undescribed == [], name
    # Pagination's `limit` and `cursor` and `Idempotency-Key` come from shared dependencies.
    shared = {"limit", "cursor", "Idempotency-Key"}
    for method, path, operation in _my_operations(document):
        assert operation["summary"] and len(operation["description"]) >= 40, (method, path)
        for parameter in operation.get("parameters", []):
            if "$ref" in parameter or parameter["name"] in shared:
                continue
            where = (method, path, parameter["name"])
            assert parameter.get("description"), where
            assert parameter.get("examples") or parameter["schema"].get("examples"), where
