"""Fixtures of the moderation tests: a cast of people around one post, and helpers that
flag, read the whole review queue and read the audit log, all through the public API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from httpx import ASGITransport, AsyncClient

from app.config import Settings
from app.main import create_app, release_resources
from tests.helpers import Forum, Member

Json = dict[str, Any]

USER_REF_KEYS = {"id", "username", "display_name", "role"}
FLAG_KEYS = {"id", "post_id", "reason", "note", "status", "created_at", "flagger"}
QUEUE_ITEM_KEYS = {
    "id",
    "post",
    "thread",
    "flags",
    "flag_count",
    "first_flagged_at",
    "claimed_by",
}
AUDIT_KEYS = {
    "id",
    "actor",
    "action",
    "target_type",
    "target_id",
    "target_label",
    "note",
    "created_at",
}


@dataclass
class Cast:
    """Everyone a moderation route has to tell apart, around one post by `author`."""

    author: Member
    member: Member
    moderator: Member
    admin: Member
    category: Json
    thread: Json

    @property
    def post_id(self) -> int:
        return int(self.thread["first_post"]["id"])


@pytest.fixture
async def cast(forum: Forum) -> Cast:
    # One admin creates the category and appoints the moderator: fewer sign-ins, faster tests.
    admin = await forum.admin()
    response = await forum.client.post(
        "/categories", json={"slug": "general", "name": "General"}, headers=admin.headers
    )
    assert response.status_code == 201, response.text
    category: Json = response.json()
    moderator = await forum.member()
    response = await forum.client.put(
        f"/users/{moderator.username}/role", json={"role": "moderator"}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    moderator.role = "moderator"
    author = await forum.member()
    thread = await forum.thread(author, category, body="The original words of the author.")
    return Cast(
        author=author,
        member=await forum.member(),
        moderator=moderator,
        admin=admin,
        category=category,
        thread=thread,
    )


def when(value: str) -> datetime:
    """An API timestamp as an aware datetime (asserting it carries a UTC offset)."""
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


def user_ref(member: Member) -> Json:
    return {"id": member.id, "username": member.username, "role": member.role}


def assert_user_ref(value: Json, member: Member) -> None:
    assert set(value) == USER_REF_KEYS, value
    assert {k: value[k] for k in ("id", "username", "role")} == user_ref(member)


async def flag(
    client: AsyncClient,
    post_id: int,
    flagger: Member,
    reason: str = "spam",
    note: str | None = None,
) -> Json:
    """Flags `post_id` as `flagger` and returns the Flag (asserting a 201)."""
    payload: Json = {"reason": reason}
    if note is not None:
        payload["note"] = note
    response = await client.post(f"/posts/{post_id}/flags", json=payload, headers=flagger.headers)
    assert response.status_code == 201, response.text
    body: Json = response.json()
    return body


async def flag_by_new_members(
    client: AsyncClient, forum: Forum, post_id: int, reasons: Iterable[str]
) -> list[Json]:
    """One flag per reason, each from a member registered for it."""
    flags = []
    for reason in reasons:
        note = "Something else is wrong." if reason == "other" else None
        flags.append(await flag(client, post_id, await forum.member(), reason, note))
    return flags


async def read_post(client: AsyncClient, post_id: int, viewer: Member | None = None) -> Json:
    headers = viewer.headers if viewer is not None else {}
    response = await client.get(f"/posts/{post_id}", headers=headers)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


async def queue_items(client: AsyncClient, viewer: Member, limit: int = 100) -> list[Json]:
    """The whole review queue, following `next_cursor` until it is null."""
    items: list[Json] = []
    cursor: str | None = None
    for _ in range(1000):
        params: Json = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        response = await client.get("/moderation/queue", params=params, headers=viewer.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert set(page) == {"items", "next_cursor"}
        assert len(page["items"]) <= limit
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the queue's cursors never ended")


async def queue_item(client: AsyncClient, viewer: Member, post_id: int) -> Json | None:
    matches = [i for i in await queue_items(client, viewer) if i["id"] == post_id]
    assert len(matches) <= 1, matches
    return matches[0] if matches else None


async def log_entries(
    client: AsyncClient,
    viewer: Member,
    *,
    after: int = 0,
    limit: int = 100,
    **filters: str,
) -> list[Json]:
    """Audit entries newer than id `after`, newest first, following every cursor."""
    entries: list[Json] = []
    cursor: str | None = None
    for _ in range(1000):
        params: Json = {"limit": limit, **filters}
        if cursor is not None:
            params["cursor"] = cursor
        response = await client.get("/moderation/log", params=params, headers=viewer.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        entries.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None or (page["items"] and page["items"][-1]["id"] <= after):
            return [entry for entry in entries if entry["id"] > after]
    raise AssertionError("the log's cursors never ended")


async def log_mark(client: AsyncClient, viewer: Member) -> int:
    """The id of the newest audit entry (0 when the log is empty)."""
    response = await client.get("/moderation/log", params={"limit": 1}, headers=viewer.headers)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    return int(items[0]["id"]) if items else 0


async def actions_since(client: AsyncClient, viewer: Member, mark: int) -> list[str]:
    return [entry["action"] for entry in await log_entries(client, viewer, after=mark)]


@asynccontextmanager
async def forum_with(settings: Settings, **updates: Any) -> AsyncIterator[Forum]:
    """A second app on the test's database with some settings changed, e.g. the threshold."""
    application = create_app(settings.model_copy(update=updates))
    try:
        transport = ASGITransport(app=application)
        async with AsyncClient(transport=transport, base_url="http://test/api/v1") as http:
            yield Forum(application, http)
    finally:
        await release_resources(application)
