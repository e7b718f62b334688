"""The audit log: who may read it, exactly which entries each action leaves, filters,
paging, and that no route changes or removes an entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy import update

from app.events import AuditEntry
from tests.helpers import Forum, problem
from tests.moderation.conftest import (
    AUDIT_KEYS,
    Cast,
    actions_since,
    assert_user_ref,
    flag,
    flag_by_new_members,
    log_entries,
    log_mark,
    when,
)


def summary(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """(action, actor id or None, target_type, target_id, note) of each entry."""
    return [
        (
            e["action"],
            e["actor"]["id"] if e["actor"] is not None else None,
            e["target_type"],
            e["target_id"],
            e["note"],
        )
        for e in entries
    ]


async def test_log_permissions(client: AsyncClient, cast: Cast) -> None:
    response = await client.get("/moderation/log")
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    for who in (cast.member, cast.author):
        problem(await client.get("/moderation/log", headers=who.headers), 403, "forbidden")
    for who in (cast.moderator, cast.admin):
        response = await client.get("/moderation/log", headers=who.headers)
        assert response.status_code == 200, response.text
        assert set(response.json()) == {"items", "next_cursor"}
        assert response.json()["items"]  # the cast's roles and category are in it


async def test_entry_shape(client: AsyncClient, cast: Cast) -> None:
    before = datetime.now(UTC)
    mark = await log_mark(client, cast.moderator)
    locked = await client.patch(
        f"/threads/{cast.thread['id']}", json={"is_locked": True}, headers=cast.moderator.headers
    )
    assert locked.status_code == 200, locked.text
    entries = await log_entries(client, cast.admin, after=mark)
    assert len(entries) == 1
    entry = entries[0]
    assert set(entry) == AUDIT_KEYS
    assert isinstance(entry["id"], int)
    assert_user_ref(entry["actor"], cast.moderator)
    assert (entry["action"], entry["target_type"], entry["target_id"], entry["note"]) == (
        "thread.lock",
        "thread",
        cast.thread["id"],
        None,
    )
    assert before - timedelta(seconds=5) <= when(entry["created_at"]) <= datetime.now(UTC)


# Exactly the entries of each action


async def test_thread_actions(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    thread_id = cast.thread["id"]
    url = f"/threads/{thread_id}"
    target = await forum.category("elsewhere")
    mod, admin = cast.moderator, cast.admin

    async def patch(who: Any, **fields: Any) -> list[tuple[Any, ...]]:
        mark = await log_mark(client, mod)
        response = await client.patch(url, json=fields, headers=who.headers)
        assert response.status_code == 200, response.text
        return summary(await log_entries(client, mod, after=mark))

    assert await patch(mod, is_locked=True) == [("thread.lock", mod.id, "thread", thread_id, None)]
    assert await patch(mod, is_locked=True) == []  # no change, no entry
    assert await patch(admin, is_locked=False) == [
        ("thread.unlock", admin.id, "thread", thread_id, None)
    ]
    assert await patch(mod, is_pinned=True) == [("thread.pin", mod.id, "thread", thread_id, None)]
    assert await patch(mod, is_pinned=False) == [
        ("thread.unpin", mod.id, "thread", thread_id, None)
    ]
    slug = cast.category["slug"]
    assert await patch(mod, category="elsewhere") == [
        ("thread.move", mod.id, "thread", thread_id, f"{slug} → {target['slug']}")
    ]
    # A moderator renaming someone else's thread is logged; the author renaming it is not.
    assert await patch(mod, title="A clearer title") == [
        ("thread.rename", mod.id, "thread", thread_id, "A clearer title")
    ]
    assert await patch(cast.author, title="My own title") == []
    # Several changes at once: one entry each, in the order they were made.
    both = await patch(mod, is_pinned=True, is_locked=True)
    assert both == [
        ("thread.lock", mod.id, "thread", thread_id, None),
        ("thread.pin", mod.id, "thread", thread_id, None),
    ]

    mark = await log_mark(client, mod)
    assert (await client.delete(url, headers=mod.headers)).status_code == 204
    assert summary(await log_entries(client, mod, after=mark)) == [
        ("thread.delete", mod.id, "thread", thread_id, None)
    ]


async def test_moderator_renaming_own_thread_is_not_logged(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    own = await forum.thread(cast.moderator, cast.category)
    mark = await log_mark(client, cast.moderator)
    response = await client.patch(
        f"/threads/{own['id']}", json={"title": "Renamed by me"}, headers=cast.moderator.headers
    )
    assert response.status_code == 200, response.text
    assert await actions_since(client, cast.moderator, mark) == []


async def test_post_edit_and_delete(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    mod = cast.moderator
    mark = await log_mark(client, mod)
    # The author editing and deleting their own posts is not moderation.
    own = await forum.reply(cast.author, cast.thread["id"], body="First try")
    edited = await client.patch(
        f"/posts/{own['id']}", json={"body": "Second try"}, headers=cast.author.headers
    )
    assert edited.status_code == 200, edited.text
    assert (
        await client.delete(f"/posts/{own['id']}", headers=cast.author.headers)
    ).status_code == (204)
    # Nor a moderator editing their own.
    mine = await forum.reply(mod, cast.thread["id"], body="Moderator's reply")
    edited = await client.patch(
        f"/posts/{mine['id']}", json={"body": "Moderator's edited reply"}, headers=mod.headers
    )
    assert edited.status_code == 200, edited.text
    assert await actions_since(client, mod, mark) == []

    # A moderator acting on someone else's post is.
    edited = await client.patch(
        f"/posts/{cast.post_id}", json={"body": "[removed a phone number]"}, headers=mod.headers
    )
    assert edited.status_code == 200, edited.text
    # Saving the same body again changes nothing and logs nothing.
    edited = await client.patch(
        f"/posts/{cast.post_id}", json={"body": "[removed a phone number]"}, headers=mod.headers
    )
    assert edited.status_code == 200, edited.text
    deleted = await client.delete(f"/posts/{cast.post_id}", headers=cast.admin.headers)
    assert deleted.status_code == 204
    # Deleting it again is a no-op.
    again = await client.delete(f"/posts/{cast.post_id}", headers=cast.admin.headers)
    assert again.status_code == 204
    assert summary(await log_entries(client, mod, after=mark)) == [
        ("post.delete", cast.admin.id, "post", cast.post_id, None),
        ("post.edit", mod.id, "post", cast.post_id, None),
    ]


async def test_category_and_role_actions(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    admin = cast.admin
    mark = await log_mark(client, admin)
    created = await client.post(
        "/categories", json={"slug": "sleep", "name": "Sleep"}, headers=admin.headers
    )
    assert created.status_code == 201, created.text
    updated = await client.patch(
        "/categories/sleep", json={"description": "Naps and nights"}, headers=admin.headers
    )
    assert updated.status_code == 200, updated.text
    newcomer = await forum.member()
    for role in ("moderator", "moderator", "member"):
        response = await client.put(
            f"/users/{newcomer.username}/role", json={"role": role}, headers=admin.headers
        )
        assert response.status_code == 200, response.text
    category_id = created.json()["id"]
    assert summary(await log_entries(client, admin, after=mark)) == [
        ("user.role", admin.id, "user", newcomer.id, "moderator → member"),
        ("user.role", admin.id, "user", newcomer.id, "member → moderator"),
        ("category.update", admin.id, "category", category_id, None),
        ("category.create", admin.id, "category", category_id, None),
    ]


async def test_member_actions(client: AsyncClient, cast: Cast) -> None:
    mod, name = cast.moderator, cast.member.username
    mark = await log_mark(client, mod)
    until = datetime.now(UTC) + timedelta(days=2)
    steps = [
        ("PUT", "suspension", {"until": until.isoformat(), "reason": "Heated"}),
        ("DELETE", "suspension", None),
        ("POST", "warnings", {"reason": "Please keep it kind"}),
        ("POST", "notes", {"body": "Has had a hard month"}),
    ]
    for method, path, payload in steps:
        response = await client.request(
            method, f"/users/{name}/{path}", json=payload, headers=mod.headers
        )
        assert response.status_code in (200, 201, 204), response.text
    entries = summary(await log_entries(client, mod, after=mark))
    assert [e[:4] for e in entries] == [
        ("user.note", mod.id, "user", cast.member.id),
        ("user.warn", mod.id, "user", cast.member.id),
        ("user.unsuspend", mod.id, "user", cast.member.id),
        ("user.suspend", mod.id, "user", cast.member.id),
    ]
    assert entries[1][4] == "Please keep it kind"
    assert entries[3][4] is not None and entries[3][4].endswith("Heated")


async def test_a_whole_review_leaves_exactly_its_entries(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    mod = cast.moderator
    mark = await log_mark(client, mod)
    flags = await flag_by_new_members(client, forum, cast.post_id, ["spam", "safety", "spam"])
    flags.append(await flag(client, cast.post_id, cast.member, "abusive"))  # no new entry
    claim = f"/moderation/posts/{cast.post_id}/claim"
    assert (await client.put(claim, headers=mod.headers)).status_code == 204
    assert (await client.delete(claim, headers=mod.headers)).status_code == 204
    assert (await client.put(claim, headers=mod.headers)).status_code == 204
    response = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "hide", "note": "Confirmed spam"},
        headers=mod.headers,
    )
    assert response.status_code == 200, response.text

    entries = summary(await log_entries(client, mod, after=mark))
    post = ("post", cast.post_id)
    assert [e[0] for e in entries] == [
        "post.resolve",
        *["flag.upheld"] * 4,
        "queue.claim",
        "queue.release",
        "queue.claim",
        "post.auto_hide",
    ]
    assert entries[0] == ("post.resolve", mod.id, *post, "hide: Confirmed spam")
    assert sorted(entries[1:5]) == sorted(
        ("flag.upheld", None, "flag", f["id"], None) for f in flags
    )
    assert entries[5:8] == [
        ("queue.claim", mod.id, *post, None),
        ("queue.release", mod.id, *post, None),
        ("queue.claim", mod.id, *post, None),
    ]
    assert entries[8] == ("post.auto_hide", None, *post, "auto: 3 flags: spam×2, safety×1")


# Filters


async def test_filters(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    mod, admin = cast.moderator, cast.admin
    thread_url = f"/threads/{cast.thread['id']}"
    mark = await log_mark(client, mod)
    await flag_by_new_members(client, forum, cast.post_id, ["spam", "spam", "spam"])
    for who, fields in (
        (mod, {"is_locked": True}),
        (admin, {"is_pinned": True}),
        (mod, {"is_locked": False}),
    ):
        response = await client.patch(thread_url, json=fields, headers=who.headers)
        assert response.status_code == 200, response.text
    hidden = await client.post(
        f"/posts/{cast.post_id}/hide", json={"reason": "By hand"}, headers=admin.headers
    )
    assert hidden.status_code == 200, hidden.text

    async def actions(**filters: str) -> list[str]:
        return [e["action"] for e in await log_entries(client, mod, after=mark, **filters)]

    assert await actions() == [
        "post.hide",
        "thread.unlock",
        "thread.pin",
        "thread.lock",
        "post.auto_hide",
    ]
    assert await actions(actor=mod.username) == ["thread.unlock", "thread.lock"]
    assert await actions(actor=mod.username.upper()) == ["thread.unlock", "thread.lock"]
    assert await actions(actor=admin.username) == ["post.hide", "thread.pin"]
    assert await actions(actor="nobody_by_that_name") == []
    assert await actions(action="thread.lock") == ["thread.lock"]
    assert await actions(action="post.auto_hide") == ["post.auto_hide"]
    assert await actions(target_type="post") == ["post.hide", "post.auto_hide"]
    assert await actions(target_type="thread") == ["thread.unlock", "thread.pin", "thread.lock"]
    assert await actions(target_type="flag") == []
    assert await actions(actor=admin.username, target_type="post") == ["post.hide"]
    assert await actions(actor=admin.username, action="thread.lock") == []
    assert await actions(action="thread.pin", target_type="thread") == ["thread.pin"]
    assert await actions(action="thread.pin", target_type="post") == []
    # A filter applies to the whole log, not only to the newest page.
    everything = await log_entries(client, mod, action="user.role")
    assert everything and all(e["action"] == "user.role" for e in everything)
    assert {e["actor"]["role"] for e in everything} == {"admin"}

    # `action` and `target_type` are enums: a value outside them is refused, not an empty page.
    for params in (
        {"actor": "x" * 65},
        {"actor": "a\x00b"},
        {"action": "no.such_action"},
        {"action": "a\x00b"},
        {"target_type": "planet"},
    ):
        problem(await client.get("/moderation/log", params=params, headers=mod.headers), 422)


# Paging


async def test_paging_newest_first_each_entry_once(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    mod = cast.moderator
    mark = await log_mark(client, mod)
    for n in range(7):
        response = await client.patch(
            f"/threads/{cast.thread['id']}",
            json={"is_locked": n % 2 == 0},
            headers=mod.headers,
        )
        assert response.status_code == 200, response.text
    complete = await log_entries(client, mod, limit=100)
    ids = [e["id"] for e in complete]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    assert [e["action"] for e in complete[:7]] == ["thread.lock", "thread.unlock"] * 3 + [
        "thread.lock"
    ]
    assert all(e["id"] > mark for e in complete[:7])
    for limit in (1, 2, 3, 7):
        assert await log_entries(client, mod, limit=limit) == complete, limit

    # New entries arriving between pages do not repeat or skip older ones.
    first = await client.get("/moderation/log", params={"limit": 3}, headers=mod.headers)
    page = first.json()
    assert [e["id"] for e in page["items"]] == ids[:3]
    await client.patch(
        f"/threads/{cast.thread['id']}", json={"is_pinned": True}, headers=mod.headers
    )
    seen = [e["id"] for e in page["items"]]
    cursor = page["next_cursor"]
    while cursor is not None:
        response = await client.get(
            "/moderation/log", params={"limit": 3, "cursor": cursor}, headers=mod.headers
        )
        assert response.status_code == 200, response.text
        seen += [e["id"] for e in response.json()["items"]]
        cursor = response.json()["next_cursor"]
    assert seen == ids

    for params in ({"limit": 0}, {"limit": 101}):
        problem(await client.get("/moderation/log", params=params, headers=mod.headers), 422)
    problem(
        await client.get("/moderation/log", params={"cursor": "nonsense!"}, headers=mod.headers),
        400,
        "invalid-cursor",
    )


async def _date_entries(app: Any, dates: dict[int, datetime], *, older: datetime) -> None:
    """Gives audit entries the times they would have had, had their actions been spread out,
    and every entry before them the time `older`."""
    async with app.state.database.sessionmaker() as session, session.begin():
        await session.execute(
            update(AuditEntry).where(AuditEntry.id < min(dates)).values(created_at=older)
        )
        for entry_id, created_at in dates.items():
            await session.execute(
                update(AuditEntry).where(AuditEntry.id == entry_id).values(created_at=created_at)
            )


async def test_since_keeps_the_entries_at_or_after_a_time_and_pages_exactly(
    app: Any, client: AsyncClient, cast: Cast
) -> None:
    mod = cast.moderator
    mark = await log_mark(client, mod)
    for n in range(6):
        response = await client.patch(
            f"/threads/{cast.thread['id']}", json={"is_locked": n % 2 == 0}, headers=mod.headers
        )
        assert response.status_code == 200, response.text
    ids = sorted(e["id"] for e in await log_entries(client, mod, after=mark))
    assert len(ids) == 6
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    dates = {id_: start + timedelta(minutes=i) for i, id_ in enumerate(ids)}
    await _date_entries(app, dates, older=start - timedelta(days=1))

    async def since(value: str, **filters: str) -> list[int]:
        return [e["id"] for e in await log_entries(client, mod, since=value, **filters)]

    # At or after: the entry written at exactly that time is in; the older ones are not.
    assert await since("2026-03-01T09:02:00Z") == ids[2:][::-1]
    # The same instant written with another offset; a fraction of a second later.
    assert await since("2026-03-01T14:32:00+05:30") == ids[2:][::-1]
    assert await since("2026-03-01T09:02:00.000001Z") == ids[3:][::-1]
    assert await since("2026-03-01T09:10:00Z") == []
    # Combined with another filter, and page by page: every entry once, newest first.
    assert await since("2026-03-01T09:02:00Z", action="thread.unlock") == [ids[5], ids[3]]
    for limit in (1, 2, 4):
        paged = [
            e["id"]
            for e in await log_entries(client, mod, limit=limit, since="2026-03-01T09:01:00Z")
        ]
        assert paged == ids[1:][::-1], limit

    # A time without an offset is ambiguous, and one outside the years a client may send or
    # not a time at all is refused.
    for value in ("2026-03-01T09:02:00", "1969-12-31T23:59:59Z", "9999-01-01T00:00:00Z", "soon"):
        response = await client.get("/moderation/log", params={"since": value}, headers=mod.headers)
        problem(response, 422)


async def test_the_log_answers_a_conditional_get(client: AsyncClient, cast: Cast) -> None:
    mod = cast.moderator
    first = await client.get("/moderation/log", headers=mod.headers)
    assert first.status_code == 200, first.text
    etag = first.headers["etag"]
    again = await client.get("/moderation/log", headers={**mod.headers, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    # A new entry changes the page, and so its ETag.
    response = await client.patch(
        f"/threads/{cast.thread['id']}", json={"is_locked": True}, headers=mod.headers
    )
    assert response.status_code == 200, response.text
    changed = await client.get("/moderation/log", headers={**mod.headers, "If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.json()["items"][0]["action"] == "thread.lock"
    assert changed.headers["etag"] != etag


# Append-only


async def test_no_route_changes_or_removes_entries(client: AsyncClient, cast: Cast) -> None:
    mod, admin = cast.moderator, cast.admin
    before = await log_entries(client, admin)
    assert before
    entry_id = before[0]["id"]
    for who in (mod, admin):
        for method in ("PUT", "PATCH", "DELETE", "POST"):
            response = await client.request(
                method, "/moderation/log", json={"items": []}, headers=who.headers
            )
            problem(response, 405, "method-not-allowed")
            assert "GET" in response.headers["allow"].split(", ")
            assert method not in response.headers["allow"].split(", ")
            response = await client.request(
                method,
                f"/moderation/log/{entry_id}",
                json={"note": "rewritten"},
                headers=who.headers,
            )
            assert response.status_code in (404, 405), response.text
            problem(response, response.status_code)
    assert await log_entries(client, admin) == before
