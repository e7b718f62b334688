"""Sign-in (/auth/token), refresh-token rotation with reuse detection, and logout."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta
from typing import Any

from httpx import AsyncClient, Response
from sqlalchemy import update

from app.accounts.models import RefreshToken
from app.config import Settings
from app.db import utcnow
from tests.accounts.conftest import LoadRefreshTokens
from tests.helpers import PASSWORD, Forum, Member, problem

TOKEN_PAIR_FIELDS = {"access_token", "refresh_token", "token_type", "expires_in"}


async def sign_in(client: AsyncClient, login: str, password: str = PASSWORD) -> Response:
    return await client.post("/auth/token", data={"username": login, "password": password})


async def refresh(client: AsyncClient, refresh_token: str) -> Response:
    return await client.post("/auth/refresh", json={"refresh_token": refresh_token})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def unauthorized(response: Response, type_suffix: str) -> dict[str, Any]:
    body = problem(response, 401, type_suffix)
    assert response.headers["www-authenticate"].startswith("Bearer")
    return body


def assert_token_pair(response: Response, settings: Settings) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    pair: dict[str, Any] = response.json()
    assert set(pair) == TOKEN_PAIR_FIELDS
    assert pair["token_type"] == "bearer"
    assert pair["expires_in"] == settings.access_token_minutes * 60
    assert pair["access_token"] and pair["refresh_token"]
    assert pair["access_token"] != pair["refresh_token"]
    return pair


async def whoami(client: AsyncClient, access_token: str) -> int:
    response = await client.get("/me", headers=bearer(access_token))
    assert response.status_code == 200, response.text
    user_id: int = response.json()["id"]
    return user_id


# --- sign-in ---------------------------------------------------------------------------


async def test_sign_in_by_username_or_email_in_any_case(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    alice = await forum.member("Alice_M")
    refresh_tokens = set()
    for login in ("Alice_M", "alice_m", "ALICE_M", "alice_m@example.org", "ALICE_M@Example.ORG"):
        pair = assert_token_pair(await sign_in(client, login), settings)
        assert await whoami(client, pair["access_token"]) == alice.id
        refresh_tokens.add(pair["refresh_token"])
    assert len(refresh_tokens) == 5  # every sign-in is its own login


async def test_wrong_password_and_unknown_user_look_the_same(
    client: AsyncClient, forum: Forum
) -> None:
    await forum.member("bella")
    wrong_password = unauthorized(
        await sign_in(client, "bella", "not the right password"), "invalid-credentials"
    )
    wrong_password_by_email = unauthorized(
        await sign_in(client, "bella@example.org", "not the right password"),
        "invalid-credentials",
    )
    unknown_user = unauthorized(await sign_in(client, "nobody_here"), "invalid-credentials")
    unknown_email = unauthorized(await sign_in(client, "nobody@example.org"), "invalid-credentials")
    # Nothing in the answer tells a prober whether the account exists.
    assert wrong_password == wrong_password_by_email == unknown_user == unknown_email
    # The password is case-sensitive.
    unauthorized(await sign_in(client, "bella", PASSWORD.upper()), "invalid-credentials")


async def test_sign_in_form_is_validated(client: AsyncClient, forum: Forum) -> None:
    await forum.member("carla")
    # Missing fields.
    problem(await client.post("/auth/token", data={"username": "carla"}), 422, "validation-error")
    problem(await client.post("/auth/token", data={"password": PASSWORD}), 422, "validation-error")
    # It is an OAuth2 password *form*, not JSON.
    problem(
        await client.post("/auth/token", json={"username": "carla", "password": PASSWORD}),
        422,
        "validation-error",
    )
    # Another grant type is refused.
    response = await client.post(
        "/auth/token",
        data={"username": "carla", "password": PASSWORD, "grant_type": "client_credentials"},
    )
    problem(response, 422, "validation-error")
    response = await client.post(
        "/auth/token", data={"username": "carla", "password": PASSWORD, "grant_type": "password"}
    )
    assert response.status_code == 200, response.text
    # A requested `scope` is accepted and ignored, as the document says: the access token
    # carries every scope of the member's role (`write` too). Swagger UI's Authorize also
    # sends a `client_id`, which is no bar.
    response = await client.post(
        "/auth/token",
        data={"username": "carla", "password": PASSWORD, "scope": "read", "client_id": "docs"},
    )
    assert response.status_code == 200, response.text
    writer = bearer(response.json()["access_token"])
    changed = await client.patch("/me", json={"bio": "Asked for read only."}, headers=writer)
    assert changed.status_code == 200, changed.text


# --- refresh rotation -------------------------------------------------------------------


async def test_refresh_rotates_the_pair(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    dora = await forum.member("dora")
    pair = assert_token_pair(await refresh(client, dora.refresh_token), settings)
    assert pair["refresh_token"] != dora.refresh_token
    assert await whoami(client, pair["access_token"]) == dora.id
    # The new refresh token rotates in turn.
    third = assert_token_pair(await refresh(client, pair["refresh_token"]), settings)
    assert third["refresh_token"] not in (pair["refresh_token"], dora.refresh_token)
    assert await whoami(client, third["access_token"]) == dora.id


async def test_used_refresh_token_is_refused_and_revokes_its_family(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    erin = await forum.member("erin")
    # A second, independent login of the same member (say, her phone).
    phone = assert_token_pair(await sign_in(client, "erin"), settings)

    second = assert_token_pair(await refresh(client, erin.refresh_token), settings)
    newest = assert_token_pair(await refresh(client, second["refresh_token"]), settings)

    # The first token was used already: presenting it again is a sign that it leaked.
    unauthorized(await refresh(client, erin.refresh_token), "invalid-refresh-token")
    # ...so the whole family is revoked, the newest token included.
    unauthorized(await refresh(client, newest["refresh_token"]), "invalid-refresh-token")
    unauthorized(await refresh(client, second["refresh_token"]), "invalid-refresh-token")

    # The other login is a different family and keeps working.
    assert_token_pair(await refresh(client, phone["refresh_token"]), settings)
    # And signing in again starts a fresh, working family.
    again = assert_token_pair(await sign_in(client, "erin"), settings)
    assert_token_pair(await refresh(client, again["refresh_token"]), settings)


async def test_reuse_right_after_rotation_revokes_the_new_token(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    fay = await forum.member("fay")
    rotated = assert_token_pair(await refresh(client, fay.refresh_token), settings)
    unauthorized(await refresh(client, fay.refresh_token), "invalid-refresh-token")
    unauthorized(await refresh(client, rotated["refresh_token"]), "invalid-refresh-token")


async def test_concurrent_refreshes_with_one_token_have_one_winner(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    gina = await forum.member("gina")
    responses = await asyncio.gather(*(refresh(client, gina.refresh_token) for _ in range(2)))
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [200, 401], [response.text for response in responses]
    winner = next(response for response in responses if response.status_code == 200)
    loser = next(response for response in responses if response.status_code == 401)
    unauthorized(loser, "invalid-refresh-token")
    # The second presentation was a reuse: the family, the winner's new token too, is gone.
    unauthorized(
        await refresh(client, assert_token_pair(winner, settings)["refresh_token"]),
        "invalid-refresh-token",
    )


async def test_unknown_expired_or_malformed_refresh_tokens(
    client: AsyncClient,
    forum: Forum,
    app: Any,
    load_refresh_tokens: LoadRefreshTokens,
) -> None:
    hana = await forum.member("hana")
    for garbage in ("garbage", "vrt_" + "A" * 43, hana.access_token[:200]):
        unauthorized(await refresh(client, garbage), "invalid-refresh-token")
    # An access token is not a refresh token (it is also longer than one may be).
    response = await refresh(client, hana.access_token)
    assert response.status_code in (401, 422), response.text
    problem(response, response.status_code)

    for body in ({}, {"refresh_token": ""}, {"refresh_token": 123}, {"refresh_token": "x" * 201}):
        problem(await client.post("/auth/refresh", json=body), 422, "validation-error")
    problem(
        await client.post(
            "/auth/refresh",
            content=b'{"refresh_token": ',
            headers={"Content-Type": "application/json"},
        ),
        400,
        "malformed-json",
    )

    # An expired refresh token is refused.
    [row] = await load_refresh_tokens(hana.id)
    async with app.state.database.sessionmaker() as session, session.begin():
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.id == row.id)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    unauthorized(await refresh(client, hana.refresh_token), "invalid-refresh-token")


async def test_refresh_tokens_are_stored_hashed_in_one_family(
    client: AsyncClient,
    forum: Forum,
    settings: Settings,
    load_refresh_tokens: LoadRefreshTokens,
) -> None:
    ivy = await forum.member("ivy")
    rotated = assert_token_pair(await refresh(client, ivy.refresh_token), settings)
    rows = await load_refresh_tokens(ivy.id)
    assert len(rows) == 2
    secrets = [ivy.refresh_token, rotated["refresh_token"]]
    assert [row.token_hash for row in rows] == [
        hashlib.sha256(secret.encode()).hexdigest() for secret in secrets
    ]
    for row in rows:
        for secret in secrets:
            assert secret not in row.token_hash
    assert rows[0].family_id == rows[1].family_id
    assert rows[0].used_at is not None and rows[1].used_at is None
    assert rows[0].revoked_at is None and rows[1].revoked_at is None
    lifetime = rows[1].expires_at - rows[1].created_at
    assert lifetime == timedelta(days=settings.refresh_token_days)

    # A separate sign-in starts a separate family.
    await sign_in(client, "ivy")
    rows = await load_refresh_tokens(ivy.id)
    assert len({row.family_id for row in rows}) == 2


# --- logout -----------------------------------------------------------------------------


async def logout(client: AsyncClient, refresh_token: Any) -> Response:
    return await client.post("/auth/logout", json={"refresh_token": refresh_token})


async def test_logout_ends_the_login(client: AsyncClient, forum: Forum, settings: Settings) -> None:
    jody = await forum.member("jody")
    other_login = assert_token_pair(await sign_in(client, "jody"), settings)

    response = await logout(client, jody.refresh_token)
    assert response.status_code == 204, response.text
    assert response.content == b""
    unauthorized(await refresh(client, jody.refresh_token), "invalid-refresh-token")
    # Its access token lives on until it expires (the operation's description says so).
    assert (await client.get("/me", headers=jody.headers)).status_code == 200

    # Logging out twice is harmless.
    assert (await logout(client, jody.refresh_token)).status_code == 204
    # Other logins of the same member are not affected.
    assert_token_pair(await refresh(client, other_login["refresh_token"]), settings)


async def test_logout_after_rotation_ends_the_whole_login(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    kim = await forum.member("kim")
    rotated = assert_token_pair(await refresh(client, kim.refresh_token), settings)
    assert (await logout(client, rotated["refresh_token"])).status_code == 204
    unauthorized(await refresh(client, rotated["refresh_token"]), "invalid-refresh-token")
    unauthorized(await refresh(client, kim.refresh_token), "invalid-refresh-token")


async def test_logout_with_unknown_token_is_204(client: AsyncClient, forum: Forum) -> None:
    lee: Member = await forum.member("lee")
    for unknown in ("unknown", "vrt_" + "B" * 43):
        response = await logout(client, unknown)
        assert response.status_code == 204, response.text
    # Someone else's garbage did not touch lee's login.
    assert (await refresh(client, lee.refresh_token)).status_code == 200

    for body in ({}, {"refresh_token": ""}, {"refresh_token": None}, {"refresh_token": 5}):
        problem(await client.post("/auth/logout", json=body), 422, "validation-error")
