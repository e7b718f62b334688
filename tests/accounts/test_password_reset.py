"""Forgot password: POST /auth/password-reset mails a single-use link valid for an hour,
whether or not the address is known the answer is the same, and POST
/auth/password-reset/confirm sets the new password and ends every sign-in. The mail is read
from a real SMTP server (tests/mail/)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import event, select, update

from app.accounts.models import AccountToken
from app.config import Settings
from app.db import utcnow
from tests.helpers import PASSWORD, Forum, Member, problem
from tests.mail.fixtures import link_token, mail_site, mail_to, stored_mail
from tests.mail.smtp import SmtpServer, smtp_server
from tests.moderation.fixtures import Site, http_client, set_user, site, unique_ip

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with smtp_server() as running:
        yield running


async def ask(client: AsyncClient, email: str) -> Response:
    return await client.post("/auth/password-reset", json={"email": email})


async def confirm(client: AsyncClient, token: str, password: str = NEW_PASSWORD) -> Response:
    return await client.post(
        "/auth/password-reset/confirm", json={"token": token, "new_password": password}
    )


async def reset_token(live: Site, server: SmtpServer, member: Member, count: int = 1) -> str:
    response = await ask(live.client, member.email)
    assert response.status_code == 202, response.text
    return link_token(await mail_to(server, member.email, "reset", count=count), "/reset-password")


async def sign_in(client: AsyncClient, login: str, password: str) -> Response:
    return await client.post("/auth/token", data={"username": login, "password": password})


async def test_forgot_password_then_a_new_one(settings: Settings, server: SmtpServer) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        token = await reset_token(live, server, member)
        assert token.startswith("vrs_")

        response = await confirm(live.client, token)
        assert response.status_code == 204, response.text
        assert response.content == b""

        # Every sign-in ended; the new password works, the old one does not.
        refreshed = await live.client.post(
            "/auth/refresh", json={"refresh_token": member.refresh_token}
        )
        problem(refreshed, 401, "invalid-refresh-token")
        problem(await sign_in(live.client, member.username, PASSWORD), 401, "invalid-credentials")
        signed_in = await sign_in(live.client, member.email, NEW_PASSWORD)
        assert signed_in.status_code == 200, signed_in.text
        # The link reached the member at their address: it is verified now.
        me = await live.client.get(
            "/me", headers={"Authorization": f"Bearer {signed_in.json()['access_token']}"}
        )
        assert me.json()["email_verified"] is True

        # Single use.
        again = problem(await confirm(live.client, token, "yet another passphrase"), 400)
        assert again["type"] == "/problems/invalid-reset-token"
        assert (await sign_in(live.client, member.username, NEW_PASSWORD)).status_code == 200


async def test_the_answer_is_the_same_for_an_unknown_address(settings: Settings) -> None:
    # No worker here: the statements counted are the requests' alone.
    async with site(settings) as quiet:
        member = await quiet.forum.member()

        with statements(quiet) as known_sql:
            known = await ask(quiet.client, member.email)
        with statements(quiet) as unknown_sql:
            unknown = await ask(quiet.client, "nobody-here@example.org")
        with statements(quiet) as other_case_sql:
            other_case = await ask(quiet.client, member.email.upper())

        for response in (known, unknown, other_case):
            assert response.status_code == 202, response.text
            assert response.content == known.content
            assert shown_headers(response) == shown_headers(known)
        assert "If an account uses that address" in known.json()["detail"]
        # The same statements, known or not: the database work does not tell either.
        assert known_sql == unknown_sql == other_case_sql

        queued = [(row.kind, row.to_address) for row in await stored_mail(quiet.app)]
        assert queued == [
            ("verify_email", member.email),
            ("password_reset", member.email),
            ("password_reset", member.email),
        ]


def shown_headers(response: Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k not in ("date", "x-request-id")}


@contextmanager
def statements(live: Site) -> Iterator[list[str]]:
    """The SQL the app runs meanwhile (the text of each statement, never its values)."""
    log: list[str] = []
    engine = live.app.state.database.engine.sync_engine

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        log.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", record)


async def test_requests_are_rate_limited_per_address_and_per_ip(settings: Settings) -> None:
    limits = {"rate_limits_enabled": True, "rate_limit_password_reset": "2/hour"}
    async with site(settings, **limits) as limited:
        # Per address, known or not: a third request for it is refused, whatever its IP.
        address = f"reset-{uuid.uuid4().hex[:12]}@example.org"
        for _ in range(2):
            async with http_client(limited.app, unique_ip()) as client:
                assert (await ask(client, address)).status_code == 202
        async with http_client(limited.app, unique_ip()) as client:
            response = await ask(client, address.upper())
        refused = problem(response, 429, "rate-limited")
        assert int(response.headers["retry-after"]) >= 1
        assert "try again" in refused["detail"]

        # Per IP: a third address from one IP is refused.
        member = await limited.forum.member()
        async with http_client(limited.app, unique_ip()) as client:
            assert (await ask(client, "first-unknown@example.org")).status_code == 202
            assert (await ask(client, "second-unknown@example.org")).status_code == 202
            problem(await ask(client, member.email), 429, "rate-limited")


async def test_a_link_lasts_an_hour(settings: Settings, server: SmtpServer) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        before = utcnow()
        token = await reset_token(live, server, member)
        async with live.app.state.database.sessionmaker() as session:
            (row,) = [t for t in await _tokens(session) if t.purpose == "reset"]
        assert row.token_hash != token and len(row.token_hash) == 64  # only the digest kept
        assert timedelta(minutes=59) < row.expires_at - before <= timedelta(hours=1, seconds=5)

        await expire_tokens(live)
        problem(await confirm(live.client, token), 400, "invalid-reset-token")
        assert (await sign_in(live.client, member.username, PASSWORD)).status_code == 200


async def _tokens(session: Any) -> list[AccountToken]:
    return list(await session.scalars(select(AccountToken).order_by(AccountToken.id)))


async def expire_tokens(live: Site) -> None:
    """Lets an hour and a bit pass for every token."""
    async with live.app.state.database.sessionmaker() as session, session.begin():
        await session.execute(
            update(AccountToken).values(expires_at=utcnow() - timedelta(minutes=1))
        )


@pytest.mark.parametrize(
    "token",
    ["vrs_unknown-token", "vev_" + "a" * 43, "x", "vrs_" + "é" * 40, "vrs_\u202e"],
)
async def test_an_unknown_token_is_400(client: AsyncClient, forum: Forum, token: str) -> None:
    member = await forum.member()
    body = problem(await confirm(client, token), 400, "invalid-reset-token")
    assert body["title"]
    assert (await sign_in(client, member.username, PASSWORD)).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"token": "vrs_x", "new_password": "too short"}, "new_password"),
        ({"token": "", "new_password": NEW_PASSWORD}, "token"),
        ({"token": "t" * 201, "new_password": NEW_PASSWORD}, "token"),
        ({"token": "vrs_x\x00", "new_password": NEW_PASSWORD}, "token"),
        ({"new_password": NEW_PASSWORD}, "token"),
        ({"token": ["vrs_x"], "new_password": NEW_PASSWORD}, "token"),
    ],
)
async def test_bad_confirm_bodies_are_422(
    client: AsyncClient, body: dict[str, Any], field: str
) -> None:
    response = await client.post("/auth/password-reset/confirm", json=body)
    errors = problem(response, 422, "validation-error")["errors"]
    assert any(field in error["loc"] for error in errors), errors


@pytest.mark.parametrize(
    "body", [{}, {"email": "not an address"}, {"email": "a@b.c" + "x" * 260}, {"email": None}]
)
async def test_bad_request_bodies_are_422(client: AsyncClient, body: dict[str, Any]) -> None:
    errors = problem(await client.post("/auth/password-reset", json=body), 422)["errors"]
    assert any("email" in error["loc"] for error in errors), errors


async def test_a_weak_new_password_keeps_the_link_usable(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        token = await reset_token(live, server, member)
        problem(await confirm(live.client, token, "short"), 422, "validation-error")
        assert (await confirm(live.client, token)).status_code == 204


async def test_a_password_change_voids_outstanding_links(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        token = await reset_token(live, server, member)
        changed = await live.client.post(
            "/me/password",
            json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
            headers=member.headers,
        )
        assert changed.status_code == 200, changed.text
        problem(await confirm(live.client, token, "someone else's choice"), 400)
        assert (await sign_in(live.client, member.username, NEW_PASSWORD)).status_code == 200


async def test_a_new_link_does_not_void_the_last_but_using_one_voids_both(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        first = await reset_token(live, server, member)
        second = await reset_token(live, server, member, count=2)
        assert first != second
        assert (await confirm(live.client, second)).status_code == 204
        problem(await confirm(live.client, first, "another passphrase"), 400)


async def test_a_link_to_an_address_the_account_left_is_void(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        token = await reset_token(live, server, member)
        await set_user(live.app, member.id, email="new@example.org", email_key="new@example.org")
        problem(await confirm(live.client, token), 400, "invalid-reset-token")


async def test_a_suspended_member_can_recover_their_account(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        await set_user(live.app, member.id, suspended_until=utcnow() + timedelta(days=2))
        token = await reset_token(live, server, member)
        assert (await confirm(live.client, token)).status_code == 204


async def test_signed_in_or_not_the_routes_answer_alike(
    settings: Settings, server: SmtpServer
) -> None:
    """The reset routes need no sign-in, and a bearer token changes nothing about them."""
    async with mail_site(settings, server) as live:
        member, other = await live.forum.member(), await live.forum.member()
        response = await live.client.post(
            "/auth/password-reset", json={"email": member.email}, headers=other.headers
        )
        assert response.status_code == 202
        token = link_token(await mail_to(server, member.email, "reset"), "/reset-password")
        response = await live.client.post(
            "/auth/password-reset/confirm",
            json={"token": token, "new_password": NEW_PASSWORD},
            headers=other.headers,
        )
        assert response.status_code == 204
        # It was the named member's password that changed, not the caller's.
        assert (await sign_in(live.client, member.username, NEW_PASSWORD)).status_code == 200
        assert (await sign_in(live.client, other.username, PASSWORD)).status_code == 200


@pytest.mark.postgres_only
async def test_a_link_used_twice_at_once_works_once(settings: Settings, server: SmtpServer) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        token = await reset_token(live, server, member)
        first, second = await asyncio.gather(
            confirm(live.client, token, "first new passphrase"),
            confirm(live.client, token, "second new passphrase"),
        )
        assert sorted([first.status_code, second.status_code]) == [204, 400]
        winner = "first new passphrase" if first.status_code == 204 else "second new passphrase"
        assert (await sign_in(live.client, member.username, winner)).status_code == 200
