"""What Me tells a member about their standing: `suspension` {until, reason} while they are
suspended, and `new_member` — the posting limits in force while they are new — so the web
app can say so before they write."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from httpx import AsyncClient

from app.config import Settings
from tests.helpers import Forum, Member
from tests.moderation.fixtures import make_old, set_user, site, suspend, utc_in, when


async def me(client: AsyncClient, member: Member) -> dict[str, Any]:
    response = await client.get("/me", headers=member.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_suspended_member_sees_why_and_until_when(
    client: AsyncClient, forum: Forum
) -> None:
    moderator, member = await forum.moderator(), await forum.member()
    assert (await me(client, member))["suspension"] is None
    until = utc_in(days=3)
    response = await suspend(client, moderator, member, until, "Repeated personal attacks.")
    assert response.status_code == 200, response.text

    shown = await me(client, member)
    assert set(shown["suspension"]) == {"until", "reason"}
    assert when(shown["suspension"]["until"]) == until
    assert shown["suspension"]["reason"] == "Repeated personal attacks."
    assert when(shown["suspended_until"]) == until  # kept for existing clients

    # Once it has run out it is not shown, even before anything clears it.
    await set_user(forum.app, member.id, suspended_until=utc_in(seconds=-1))
    ended = await me(client, member)
    assert (ended["suspension"], ended["suspended_until"]) == (None, None)


async def test_nobody_else_sees_the_suspension(client: AsyncClient, forum: Forum) -> None:
    moderator, member = await forum.moderator(), await forum.member()
    assert (await suspend(client, moderator, member)).status_code == 200
    public = (await client.get(f"/users/{member.username}")).json()
    assert not {"suspension", "suspended_until", "email", "new_member"} & set(public)


async def test_a_new_member_sees_the_limits_in_force(settings: Settings) -> None:
    async with site(
        settings,
        new_member_hours=24,
        new_member_max_threads=3,
        new_member_max_replies=10,
        new_member_max_links=2,
    ) as limited:
        member = await limited.forum.member()
        shown = (await me(limited.client, member))["new_member"]
        assert set(shown) == {"until", "max_threads", "max_replies", "max_links"}
        assert (shown["max_threads"], shown["max_replies"], shown["max_links"]) == (3, 10, 2)
        joined = when((await me(limited.client, member))["created_at"])
        assert when(shown["until"]) == joined + timedelta(hours=24)

        # The limits lift by themselves.
        await make_old(limited.app, member, days=2)
        assert (await me(limited.client, member))["new_member"] is None

        # Moderators are never held by them (the same rule as the forum's).
        moderator = await limited.forum.moderator()
        assert (await me(limited.client, moderator))["new_member"] is None


async def test_with_no_new_member_period_nobody_is_new(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()  # the test settings: new_member_hours=0
    assert (await me(client, member))["new_member"] is None
