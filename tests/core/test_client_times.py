"""Every time a client sends, in a body or inside a cursor, is range-checked at the edge.

A time that Python cannot convert to UTC (year 1 at +14:00, year 9999 at -14:00) used to
reach the service and answer 500. Now a time must be written with a year in 1970..9998
(any offset then converts, and both databases store the result): a 400 for a cursor, a 422
for a body.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from httpx import AsyncClient
from pydantic import ValidationError

from app.pagination import decode_cursor, encode_cursor
from app.validation import EARLIEST_TIME, LATEST_TIME, time_in_range
from tests.core.test_strict_integers import request_bodies
from tests.helpers import Forum, problem

OUT_OF_RANGE = [
    "0001-01-01T00:00:00+14:00",  # before year 1 in UTC: Python cannot convert it
    "9999-12-31T23:59:59-14:00",  # after year 9999 in UTC: neither
    "0001-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "9999-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999+00:00",
]


def cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


# Unit: the one rule


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_times_out_of_range_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="must be in the years 1970 to 9998"):
        time_in_range(datetime.fromisoformat(text))


@pytest.mark.parametrize(
    "value",
    [
        EARLIEST_TIME,
        LATEST_TIME - timedelta(microseconds=1),
        datetime(1970, 1, 1, 10, tzinfo=timezone(timedelta(hours=10))),  # midnight in UTC
        datetime(9998, 12, 31, 23, 59, tzinfo=UTC),
        datetime(2026, 5, 1, 12, tzinfo=timezone(timedelta(hours=-14))),
        datetime(1970, 1, 1, tzinfo=timezone(timedelta(hours=14))),  # 1969 in UTC
        datetime(9998, 12, 31, 23, tzinfo=timezone(timedelta(hours=-14))),  # 9999 in UTC
    ],
)
def test_times_in_range_pass_unchanged(value: datetime) -> None:
    assert time_in_range(value) is value


def test_a_cursor_keeps_its_time_and_refuses_one_out_of_range() -> None:
    now = datetime(2026, 5, 1, 12, 30, tzinfo=UTC)
    assert decode_cursor(encode_cursor(now, 7), (datetime, int)) == (now, 7)
    for text in OUT_OF_RANGE:
        with pytest.raises(Exception, match="not one this server issued"):
            decode_cursor(cursor(text, 1), (datetime, int))


def test_every_time_field_of_a_request_body_is_range_checked() -> None:
    """A guard for fields to come: each one is a `ClientDateTime`."""
    fields = [
        (model, name)
        for model in request_bodies()
        for name, schema in model.model_json_schema()["properties"].items()
        if any(kind.get("format") == "date-time" for kind in [schema, *schema.get("anyOf", [])])
    ]
    assert ("SuspensionRequest", "until") in {(model.__name__, name) for model, name in fields}
    for model, name in fields:
        with pytest.raises(ValidationError) as caught:
            model.model_validate({name: OUT_OF_RANGE[0]})
        messages = [error["msg"] for error in caught.value.errors() if error["loc"] == (name,)]
        assert any("years" in message for message in messages), (model, name, messages)


# Cursors: 400


async def test_thread_list_cursors_with_times_out_of_range_are_400(
    client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    category = await forum.category("sleep")
    await forum.thread(member, category)
    for text in OUT_OF_RANGE:
        for sort in ("active", "new"):
            response = await client.get(
                "/threads", params={"cursor": cursor(text, 1), "sort": sort}
            )
            problem(response, 400, "invalid-cursor")
            response = await client.get(
                "/threads",
                params={"cursor": cursor(False, text, 1), "sort": sort, "category": "sleep"},
            )
            problem(response, 400, "invalid-cursor")


async def test_the_reported_thread_cursor_is_400(client: AsyncClient) -> None:
    """`["0001-01-01T00:00:00+14:00",1]`, as a visitor: it answered 500."""
    response = await client.get(
        "/threads", params={"cursor": "WyIwMDAxLTAxLTAxVDAwOjAwOjAwKzE0OjAwIiwxXQ"}
    )
    problem(response, 400, "invalid-cursor")


async def test_thread_cursors_in_range_still_page(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    category = await forum.category()
    for _ in range(3):
        await forum.thread(member, category)
    first = (await client.get("/threads", params={"limit": 2})).json()
    assert first["next_cursor"]
    second = await client.get("/threads", params={"limit": 2, "cursor": first["next_cursor"]})
    assert second.status_code == 200, second.text
    assert len(second.json()["items"]) == 1
    for text in ("1970-01-01T00:00:00+14:00", "9998-12-31T23:59:59-14:00"):
        response = await client.get("/threads", params={"cursor": cursor(text, 1)})
        assert response.status_code == 200, response.text


async def test_moderation_queue_cursor_with_a_time_out_of_range_is_400(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    for text in OUT_OF_RANGE:
        response = await client.get(
            "/moderation/queue", params={"cursor": cursor(1, text, 1)}, headers=moderator.headers
        )
        problem(response, 400, "invalid-cursor")


# Bodies: 422


@pytest.mark.parametrize("until", OUT_OF_RANGE)
async def test_a_suspension_until_out_of_range_is_422(
    client: AsyncClient, forum: Forum, until: str
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    response = await client.put(
        f"/users/{member.username}/suspension",
        json={"until": until, "reason": "Repeated personal attacks"},
        headers=moderator.headers,
    )
    body = problem(response, 422, "validation-error")
    assert body["errors"][0]["loc"] == ["body", "until"], body
    me = await client.get("/me", headers=member.headers)
    assert me.json()["suspended_until"] is None


async def test_a_suspension_until_late_in_range_is_kept(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    response = await client.put(
        f"/users/{member.username}/suspension",
        json={"until": "9998-12-31T23:00:00-14:00", "reason": "Repeated personal attacks"},
        headers=moderator.headers,
    )
    assert response.status_code == 200, response.text
    me = (await client.get("/me", headers=member.headers)).json()
    assert datetime.fromisoformat(me["suspended_until"]) == datetime(9999, 1, 1, 13, tzinfo=UTC)


async def test_a_naive_suspension_until_is_still_422(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    response = await client.put(
        f"/users/{member.username}/suspension",
        json={"until": "2099-01-01T00:00:00", "reason": "Repeated personal attacks"},
        headers=moderator.headers,
    )
    problem(response, 422, "validation-error")
