"""Email verification and change: registration mails a link that verifies the address;
POST /me/email/verification sends it again; PATCH /me {email} waits in `pending_email`
until the link sent to the new address is used; REQUIRE_VERIFIED_EMAIL keeps unverified
members from writing. The mail is read from a real SMTP server (tests/mail/)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import update

from app.accounts.models import AccountToken
from app.config import Settings
from app.db import utcnow
from tests.helpers import PASSWORD, Forum, Member, problem
from tests.mail.fixtures import link_token, mail_site, mail_to
from tests.mail.smtp import SmtpServer, smtp_server
from tests.moderation.fixtures import Site, make_pat, suspend

NEW_ADDRESS = "new.address@example.org"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with smtp_server() as running:
        yield running


async def me(client: AsyncClient, member: Member) -> dict[str, Any]:
    response = await client.get("/me", headers=member.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def verify(client: AsyncClient, token: str) -> Response:
    return await client.post("/auth/verify-email", json={"token": token})


async def verification_token(server: SmtpServer, address: str, count: int = 1) -> str:
    return link_token(await mail_to(server, address, "verify", count=count), "/verify-email")


async def change_address(client: AsyncClient, member: Member, email: str) -> Response:
    return await client.patch("/me", json={"email": email}, headers=member.headers)


async def test_registration_mails_a_link_that_verifies_the_address(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member("Dee_E")
        assert (await me(live.client, member))["email_verified"] is False
        message = await mail_to(server, member.email, "verify")
        assert "this address was used to sign up to Village Test Forum" in message.text
        assert "within 48 hours" in message.text
        token = link_token(message, "/verify-email")
        assert token.startswith("vev_")

        response = await verify(live.client, token)
        assert response.status_code == 204, response.text
        after = await me(live.client, member)
        assert (after["email_verified"], after["email"], after["pending_email"]) == (
            True,
            member.email,
            None,
        )
        # Single use.
        problem(await verify(live.client, token), 400, "invalid-verification-token")


async def test_the_link_can_be_sent_again_until_the_address_is_verified(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        first = await verification_token(server, member.email)
        response = await live.client.post("/me/email/verification", headers=member.headers)
        assert response.status_code == 202, response.text
        assert response.json() == {"detail": f"A new link is on its way to {member.email}."}
        second = await verification_token(server, member.email, count=2)
        assert second != first

        assert (await verify(live.client, first)).status_code == 204  # the first still works
        refused = await live.client.post("/me/email/verification", headers=member.headers)
        problem(refused, 409, "email-already-verified")


async def test_a_new_address_replaces_the_old_once_its_link_is_used(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        assert (
            await verify(live.client, await verification_token(server, member.email))
        ).is_success

        response = await change_address(live.client, member, NEW_ADDRESS)
        assert response.status_code == 200, response.text
        pending = response.json()
        assert (pending["email"], pending["pending_email"], pending["email_verified"]) == (
            member.email,
            NEW_ADDRESS,
            True,  # the current address stays verified while the new one waits
        )
        message = await mail_to(server, NEW_ADDRESS, "verify")
        assert "a member of Village Test Forum asked to use this address" in message.text
        # Nothing is sent to the new address but the link, and the old one is still the one.
        login = {"username": NEW_ADDRESS, "password": PASSWORD}
        problem(await live.client.post("/auth/token", data=login), 401)

        assert (await verify(live.client, link_token(message, "/verify-email"))).status_code == 204
        after = await me(live.client, member)
        assert (after["email"], after["pending_email"], after["email_verified"]) == (
            NEW_ADDRESS,
            None,
            True,
        )
        assert (await live.client.post("/auth/token", data=login)).status_code == 200
        # The old address is told where the account's mail goes now.
        notice = await mail_to(server, member.email, "changed")
        assert NEW_ADDRESS in notice.text
        assert "this was the address of your Village Test Forum account" in notice.text
        # Reset links now go to the new address only.
        assert (
            await live.client.post("/auth/password-reset", json={"email": member.email})
        ).status_code == 202
        assert (
            await live.client.post("/auth/password-reset", json={"email": NEW_ADDRESS})
        ).status_code == 202
        await mail_to(server, NEW_ADDRESS, "reset")
        assert [m for m in server.to(member.email) if "Reset" in m.subject] == []


async def test_asking_for_the_current_address_cancels_a_pending_change(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        assert (await change_address(live.client, member, NEW_ADDRESS)).status_code == 200
        token = await verification_token(server, NEW_ADDRESS)
        response = await change_address(live.client, member, member.email.upper())
        assert response.status_code == 200, response.text
        assert (response.json()["email"], response.json()["pending_email"]) == (member.email, None)
        # The link for the abandoned address does nothing now.
        problem(await verify(live.client, token), 400, "invalid-verification-token")
        assert (await me(live.client, member))["email"] == member.email


async def test_only_the_latest_new_address_can_be_confirmed(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        assert (await change_address(live.client, member, "first@example.org")).is_success
        first = await verification_token(server, "first@example.org")
        assert (await change_address(live.client, member, "second@example.org")).is_success
        second = await verification_token(server, "second@example.org")
        problem(await verify(live.client, first), 400, "invalid-verification-token")
        assert (await verify(live.client, second)).status_code == 204
        assert (await me(live.client, member))["email"] == "second@example.org"


async def test_an_address_in_use_is_refused_when_asked_and_when_confirmed(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server) as live:
        member, other = await live.forum.member(), await live.forum.member()
        taken = problem(await change_address(live.client, member, other.email.upper()), 409)
        assert taken["type"] == "/problems/email-taken"
        assert (await me(live.client, member))["pending_email"] is None

        # Free when asked for, taken by a registration before the link is used.
        assert (await change_address(live.client, member, NEW_ADDRESS)).status_code == 200
        token = await verification_token(server, NEW_ADDRESS)
        registered = await live.client.post(
            "/auth/register",
            json={"username": "quick_one", "email": NEW_ADDRESS, "password": PASSWORD},
        )
        assert registered.status_code == 201, registered.text
        problem(await verify(live.client, token), 409, "email-taken")
        after = await me(live.client, member)
        assert (after["email"], after["pending_email"]) == (member.email, NEW_ADDRESS)
        assert server.to(member.email) == [await mail_to(server, member.email, "verify")]


async def test_an_expired_or_unknown_link_is_400(settings: Settings, server: SmtpServer) -> None:
    async with mail_site(settings, server) as live:
        member = await live.forum.member()
        token = await verification_token(server, member.email)
        async with live.app.state.database.sessionmaker() as session, session.begin():
            await session.execute(
                update(AccountToken).values(expires_at=utcnow() - timedelta(seconds=1))
            )
        problem(await verify(live.client, token), 400, "invalid-verification-token")
        problem(await verify(live.client, "vev_not-a-real-token"), 400)
        assert (await me(live.client, member))["email_verified"] is False
        # A reset link is not a verification link, nor the other way round.
        reset = await live.client.post(
            "/auth/password-reset/confirm",
            json={"token": token, "new_password": "a brand new passphrase"},
        )
        problem(reset, 400, "invalid-reset-token")


@pytest.mark.parametrize(
    "body", [{}, {"token": ""}, {"token": "v" * 201}, {"token": 12}, {"token": "vev_\x00"}]
)
async def test_bad_verify_bodies_are_422(client: AsyncClient, body: dict[str, Any]) -> None:
    errors = problem(await client.post("/auth/verify-email", json=body), 422)["errors"]
    assert any("token" in error["loc"] for error in errors), errors


@pytest.mark.parametrize("email", ["not an address", "a@b", "x" * 250 + "@example.org", 7])
async def test_bad_new_addresses_are_422(client: AsyncClient, forum: Forum, email: Any) -> None:
    member = await forum.member()
    response = await client.patch("/me", json={"email": email}, headers=member.headers)
    errors = problem(response, 422, "validation-error")["errors"]
    assert any("email" in error["loc"] for error in errors), errors


async def test_who_may_change_the_address_or_ask_for_the_link(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member, suspended = await forum.member(), await forum.member()
    writer = await make_pat(client, member, "read", "write")
    reader = await make_pat(client, member, "read")
    assert (await suspend(client, moderator, suspended)).status_code == 200

    def resend(headers: dict[str, str]) -> Any:
        return client.post("/me/email/verification", headers=headers)

    def new_address(headers: dict[str, str]) -> Any:
        return client.patch("/me", json={"email": "elsewhere@example.org"}, headers=headers)

    # A visitor.
    problem(await resend({}), 401, "not-authenticated")
    problem(await new_address({}), 401, "not-authenticated")
    # A token: never the address (it would receive the reset links), and the link only
    # with the write scope.
    refused = problem(await new_address(writer.headers), 403, "password-sign-in-required")
    assert "sign in with your password" in refused["detail"]
    problem(await new_address(reader.headers), 403, "insufficient-scope")
    assert (await resend(writer.headers)).status_code == 202
    problem(await resend(reader.headers), 403, "insufficient-scope")
    # A token may still change what it always could.
    bio = await client.patch("/me", json={"bio": "Hello"}, headers=writer.headers)
    assert bio.status_code == 200, bio.text
    # A suspended member changes nothing.
    problem(await new_address(suspended.headers), 403, "suspended")
    problem(await resend(suspended.headers), 403, "suspended")
    # A member, and a moderator.
    assert (await resend(member.headers)).status_code == 202
    assert (await new_address(member.headers)).status_code == 200
    assert (await client.post("/me/email/verification", headers=moderator.headers)).is_success
    # Nothing was changed by the refused ones.
    assert (await me(client, suspended))["pending_email"] is None


async def test_resending_and_changing_are_rate_limited(settings: Settings) -> None:
    async with mail_site(
        settings, rate_limits_enabled=True, rate_limit_email_verification="2/hour"
    ) as live:
        member = await live.forum.member()
        assert (await live.client.post("/me/email/verification", headers=member.headers)).is_success
        assert (await change_address(live.client, member, NEW_ADDRESS)).is_success
        response = await change_address(live.client, member, "third@example.org")
        problem(response, 429, "rate-limited")
        assert int(response.headers["retry-after"]) >= 1
        assert (await me(live.client, member))["pending_email"] == NEW_ADDRESS


# REQUIRE_VERIFIED_EMAIL


async def unverified_writes(live: Site, member: Member, thread: dict[str, Any]) -> list[Response]:
    client = live.client
    return [
        await client.post(
            "/threads",
            json={"category": thread["category"]["slug"], "title": "Hello all", "body": "Hi!"},
            headers=member.headers,
        ),
        await client.post(
            f"/threads/{thread['id']}/posts", json={"body": "Same here"}, headers=member.headers
        ),
        await client.post(
            f"/posts/{thread['first_post']['id']}/flags",
            json={"reason": "spam"},
            headers=member.headers,
        ),
        await client.post(
            "/me/tokens", json={"name": "bot", "scopes": ["read"]}, headers=member.headers
        ),
    ]


async def test_with_verification_required_an_unverified_member_only_reads(
    settings: Settings, server: SmtpServer
) -> None:
    async with mail_site(settings, server, require_verified_email=True) as live:
        admin = await live.forum.admin()  # made by create-admin: its address is vouched for
        thread = await live.forum.thread(admin)
        member = await live.forum.member()

        for response in await unverified_writes(live, member, thread):
            body = problem(response, 403, "email-unverified")
            assert member.email in body["detail"]
        # Reads work, and so does everything that gets the address verified or corrected.
        for path in (
            "/me",
            "/threads",
            f"/threads/{thread['id']}",
            f"/threads/{thread['id']}/posts",
        ):
            assert (await live.client.get(path, headers=member.headers)).status_code == 200
        assert (await live.client.post("/me/email/verification", headers=member.headers)).is_success
        assert (await change_address(live.client, member, NEW_ADDRESS)).status_code == 200
        assert (
            await live.client.post(
                "/me/password",
                json={"current_password": PASSWORD, "new_password": "another good passphrase"},
                headers=member.headers,
            )
        ).status_code == 200

        assert (await verify(live.client, await verification_token(server, NEW_ADDRESS))).is_success
        for response in await unverified_writes(live, member, thread):
            assert response.status_code == 201, response.text


async def test_without_verification_required_unverified_members_write(
    client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    assert (await me(client, member))["email_verified"] is False
    thread = await forum.thread(member)
    assert thread["id"]
