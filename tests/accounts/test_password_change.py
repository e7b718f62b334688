"""POST /me/password: the current password proves it is the member; every other sign-in
ends; a fresh pair continues this one. The permission matrix and bad inputs."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient, Response

from app.config import Settings
from tests.accounts.conftest import LoadRefreshTokens
from tests.helpers import PASSWORD, Forum, problem
from tests.moderation.fixtures import bearer, make_pat, site, suspend, unique_ip

NEW_PASSWORD = "a much longer new passphrase"


async def change(
    client: AsyncClient, headers: dict[str, str], current: str = PASSWORD, new: str = NEW_PASSWORD
) -> Response:
    return await client.post(
        "/me/password",
        json={"current_password": current, "new_password": new},
        headers=headers,
    )


async def sign_in(client: AsyncClient, login: str, password: str) -> Response:
    return await client.post("/auth/token", data={"username": login, "password": password})


async def refresh(client: AsyncClient, refresh_token: str) -> Response:
    return await client.post("/auth/refresh", json={"refresh_token": refresh_token})


async def test_a_new_password_ends_every_other_sign_in(
    client: AsyncClient, forum: Forum, load_refresh_tokens: LoadRefreshTokens
) -> None:
    member = await forum.member()
    # Signed in on a second device too.
    phone = (await sign_in(client, member.username, PASSWORD)).json()

    response = await change(client, member.headers)
    assert response.status_code == 200, response.text
    pair = response.json()
    assert set(pair) == {"access_token", "refresh_token", "token_type", "expires_in"}
    assert pair["token_type"] == "bearer"

    # Both earlier sign-ins are over; the new pair goes on.
    problem(await refresh(client, member.refresh_token), 401, "invalid-refresh-token")
    problem(await refresh(client, phone["refresh_token"]), 401, "invalid-refresh-token")
    renewed = await refresh(client, pair["refresh_token"])
    assert renewed.status_code == 200, renewed.text
    me = await client.get("/me", headers=bearer(pair["access_token"]))
    assert me.status_code == 200 and me.json()["id"] == member.id
    tokens = await load_refresh_tokens(member.id)
    assert [t.revoked_at is None for t in tokens] == [False, False, True, True]

    # Only the new password signs in now.
    problem(await sign_in(client, member.username, PASSWORD), 401, "invalid-credentials")
    assert (await sign_in(client, member.username, NEW_PASSWORD)).status_code == 200


async def test_a_wrong_current_password_changes_nothing(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    body = problem(await change(client, member.headers, current="not my password"), 403)
    assert body["type"] == "/problems/wrong-password"
    assert "current password" in body["detail"]
    assert (await refresh(client, member.refresh_token)).status_code == 200
    assert (await sign_in(client, member.username, PASSWORD)).status_code == 200
    problem(await sign_in(client, member.username, NEW_PASSWORD), 401, "invalid-credentials")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"current_password": PASSWORD, "new_password": "too short"}, "new_password"),
        ({"current_password": PASSWORD, "new_password": "x" * 1025}, "new_password"),
        ({"current_password": PASSWORD}, "new_password"),
        ({"new_password": NEW_PASSWORD}, "current_password"),
        ({"current_password": "", "new_password": NEW_PASSWORD}, "current_password"),
        ({"current_password": PASSWORD, "new_password": "nul\x00 in the password"}, "new_password"),
        ({"current_password": PASSWORD, "new_password": 1234567890123}, "new_password"),
    ],
)
async def test_bad_bodies_are_422(
    client: AsyncClient, forum: Forum, body: dict[str, Any], field: str
) -> None:
    member = await forum.member()
    response = await client.post("/me/password", json=body, headers=member.headers)
    problem_body = problem(response, 422, "validation-error")
    assert any(field in error["loc"] for error in problem_body["errors"]), problem_body
    assert (await sign_in(client, member.username, PASSWORD)).status_code == 200


async def test_who_may_change_a_password(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member, suspended = await forum.member(), await forum.member()
    pat = await make_pat(client, member, "read", "write")
    assert (await suspend(client, moderator, suspended)).status_code == 200

    # A visitor, and a personal access token (a leaked token must not take the account).
    problem(await change(client, {}), 401, "not-authenticated")
    refused = problem(await change(client, pat.headers), 403, "password-sign-in-required")
    assert "sign in with your password" in refused["detail"]
    assert (await sign_in(client, member.username, PASSWORD)).status_code == 200
    # A suspended member may still secure their account.
    assert (await change(client, suspended.headers)).status_code == 200
    # So may a member and a moderator.
    assert (await change(client, member.headers)).status_code == 200
    assert (await change(client, moderator.headers)).status_code == 200


async def test_wrong_current_passwords_count_as_failed_sign_ins(settings: Settings) -> None:
    async with site(
        settings, ip=unique_ip(), rate_limits_enabled=True, rate_limit_login_failures="2/hour"
    ) as limited:
        member = await limited.forum.member()
        for _ in range(2):
            problem(await change(limited.client, member.headers, current="guess"), 403)
        # Even the right password waits now: a guesser with a stolen token is slowed down.
        response = await change(limited.client, member.headers)
        problem(response, 429, "rate-limited")
        assert int(response.headers["retry-after"]) >= 1


@pytest.mark.postgres_only
async def test_two_changes_at_once_one_wins(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    first, second = await asyncio.gather(
        change(client, member.headers, new="first new passphrase"),
        change(client, member.headers, new="second new passphrase"),
    )
    statuses = sorted([first.status_code, second.status_code])
    assert statuses == [200, 403], (first.text, second.text)
    winner = "first new passphrase" if first.status_code == 200 else "second new passphrase"
    assert (await sign_in(client, member.username, winner)).status_code == 200
