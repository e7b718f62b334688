"""A signed-in reader's member row and access token are not read and verified again on every
request (app/client_identity.py `MemberCache`, app/security.py `AccessTokens`), within
bounds: a member who left is refused by reads within `MemberCache.TTL_SECONDS` and by
writes at once, a suspended member's writes are refused at once, and an access token is
never accepted past its expiry."""

from __future__ import annotations

import asyncio
import string
from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient

from app.client_identity import MemberCache
from app.db import utcnow
from app.security import AccessTokens, InvalidToken
from tests.helpers import Forum, problem
from tests.moderation.fixtures import suspend


async def test_a_member_who_left_is_refused_by_writes_at_once_and_reads_within_the_bound(
    app: Any, client: AsyncClient, forum: Forum, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MemberCache, "TTL_SECONDS", 0.5)
    app.state.member_cache = MemberCache()
    member = await forum.member()
    thread = await forum.thread(member)
    assert (await client.get("/threads", headers=member.headers)).status_code == 200
    assert app.state.member_cache.get(member.id) is not None  # the read remembered the row
    response = await client.request(
        "DELETE", "/me", json={"password": member.password, "posts": "keep"}, headers=member.headers
    )
    assert response.status_code == 204, response.text
    reply = await client.post(
        f"/threads/{thread['id']}/posts", json={"body": "Still here?"}, headers=member.headers
    )
    problem(reply, 401)
    await asyncio.sleep(0.6)
    problem(await client.get("/threads", headers=member.headers), 401)


async def test_a_suspended_member_still_reads_but_cannot_write_at_once(
    client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(member)
    assert (await client.get("/threads", headers=member.headers)).status_code == 200
    assert (await suspend(client, moderator, member)).status_code == 200
    reply = await client.post(
        f"/threads/{thread['id']}/posts",
        json={"body": "Let me say one more"},
        headers=member.headers,
    )
    problem(reply, 403, "suspended")
    assert (await client.get("/threads", headers=member.headers)).status_code == 200


async def test_the_reader_cached_is_the_reader_read(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    """What a member sees of themselves is the same from the cache as from their row."""
    member = await forum.member()
    first = await client.get("/me", headers=member.headers)
    cached = await client.get("/me", headers=member.headers)
    assert app.state.member_cache.get(member.id) is not None
    assert first.status_code == cached.status_code == 200
    assert first.json() == cached.json()
    renamed = await client.patch("/me", json={"display_name": "Renamed"}, headers=member.headers)
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["display_name"] == "Renamed"


async def test_a_verified_token_is_refused_once_it_expires(app: Any) -> None:
    tokens: AccessTokens = app.state.access_tokens
    token = tokens.issue(7, now=utcnow() - tokens.lifetime + timedelta(seconds=1))
    assert tokens.verify(token).user_id == 7
    assert tokens.verify(token).user_id == 7  # remembered
    await asyncio.sleep(2.1)  # past its `exp` (whole seconds)
    with pytest.raises(InvalidToken):
        tokens.verify(token)


def test_made_up_tokens_are_not_remembered(app: Any) -> None:
    tokens: AccessTokens = app.state.access_tokens
    good = tokens.issue(8)
    tokens.verify(good)
    for n in range(50):
        with pytest.raises(InvalidToken):
            tokens.verify(f"{good[:-4]}{n:04d}")
    assert tokens.verify(good).user_id == 8


def test_a_token_has_one_spelling(app: Any) -> None:
    """The signature's last base64 character carries spare bits: the other spellings of the
    same bytes are refused, so a valid token cannot be cached under several keys."""
    tokens: AccessTokens = app.state.access_tokens
    good = tokens.issue(8)
    alphabet = string.ascii_letters + string.digits + "-_"
    for other in alphabet.replace(good[-1], ""):
        with pytest.raises(InvalidToken):
            tokens.verify(good[:-1] + other)
    assert tokens.verify(good).user_id == 8
