"""`GET/PATCH /me/preferences`: partial, strict, 422 on bad values, `write` scope, and open
to suspended members (choosing emails is not posting)."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.helpers import Forum, problem
from tests.moderation.fixtures import make_pat, suspend

DEFAULTS = {
    "email_replies": True,
    "email_mentions": True,
    "email_meetups": True,
    "email_digest": "off",
    "default_subscription": "watching",
}


async def test_defaults_and_partial_changes(client: AsyncClient, forum: Forum) -> None:
    priya = await forum.member()
    response = await client.get("/me/preferences", headers=priya.headers)
    assert response.status_code == 200, response.text
    assert response.json() == DEFAULTS

    changed = await client.patch(
        "/me/preferences", json={"email_digest": "daily"}, headers=priya.headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json() == {**DEFAULTS, "email_digest": "daily"}
    changed = await client.patch(
        "/me/preferences",
        json={"email_replies": False, "default_subscription": "normal"},
        headers=priya.headers,
    )
    expected = {
        **DEFAULTS,
        "email_digest": "daily",
        "email_replies": False,
        "default_subscription": "normal",
    }
    assert changed.json() == expected
    # An empty body changes nothing; reading again shows what was stored.
    assert (await client.patch("/me/preferences", json={}, headers=priya.headers)).json() == (
        expected
    )
    assert (await client.get("/me/preferences", headers=priya.headers)).json() == expected
    # Someone else's are their own.
    other = await forum.member()
    assert (await client.get("/me/preferences", headers=other.headers)).json() == DEFAULTS


@pytest.mark.parametrize(
    "body",
    [
        {"email_replies": "yes"},
        {"email_replies": 1},
        {"email_mentions": "true"},
        {"email_replies": None},
        {"email_digest": "weekly"},
        {"email_digest": None},
        {"email_digest": True},
        {"default_subscription": "muted"},
        {"default_subscription": "WATCHING"},
    ],
)
async def test_bad_values_are_refused(
    client: AsyncClient, forum: Forum, body: dict[str, Any]
) -> None:
    priya = await forum.member()
    problem(await client.patch("/me/preferences", json=body, headers=priya.headers), 422)
    assert (await client.get("/me/preferences", headers=priya.headers)).json() == DEFAULTS


async def test_who_may_read_and_change_them(client: AsyncClient, forum: Forum) -> None:
    priya = await forum.member()
    problem(await client.get("/me/preferences"), 401)
    problem(await client.patch("/me/preferences", json={"email_replies": False}), 401)
    reader = await make_pat(client, priya, "read")
    assert (await client.get("/me/preferences", headers=reader.headers)).status_code == 200
    problem(
        await client.patch(
            "/me/preferences", json={"email_replies": False}, headers=reader.headers
        ),
        403,
        "insufficient-scope",
    )
    writer = await make_pat(client, priya, "read", "write")
    response = await client.patch(
        "/me/preferences", json={"email_replies": False}, headers=writer.headers
    )
    assert response.status_code == 200
    # Suspended: still theirs to change.
    moderator = await forum.moderator()
    assert (await suspend(client, moderator, priya)).status_code == 200
    response = await client.patch(
        "/me/preferences", json={"email_mentions": False}, headers=priya.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["email_mentions"] is False
