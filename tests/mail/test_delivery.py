"""Mail end to end: the app's own worker (its lifespan, as `village serve` runs it on SQLite)
sends what the requests queued to a real SMTP server on 127.0.0.1 (aiosmtpd), through the
public API only; the queue is looked at in the database where only it shows."""

from __future__ import annotations

import asyncio

from app.config import Settings
from tests.mail.fixtures import FORUM_NAME, PUBLIC_URL, link_token, mail_site, mail_to, stored_mail
from tests.mail.smtp import SmtpServer, smtp_server
from tests.webhooks.receiver import until


async def test_a_message_is_plain_text_names_the_forum_and_says_why(settings: Settings) -> None:
    with smtp_server() as server:
        async with mail_site(settings, server) as site:
            member = await site.forum.member("Jess_T")
            response = await site.client.post("/auth/password-reset", json={"email": member.email})
            assert response.status_code == 202, response.text
            received = await mail_to(server, member.email, "reset")

    message = received.message
    assert received.rcpt_tos == [member.email]
    assert received.mail_from == "hello@village.test"
    assert message["From"] == "Village Test <hello@village.test>"
    assert message["To"] == member.email
    assert message["Subject"] == f"Reset your {FORUM_NAME} password"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Date"].datetime.tzinfo is not None
    assert message["Message-ID"].endswith("@village.test>")
    # One part, plain text: nothing a mail client must render.
    assert not message.is_multipart()
    assert message.get_content_type() == "text/plain"
    text = received.text
    token = link_token(received, "/reset-password")
    assert f"{PUBLIC_URL}/reset-password?token={token}" in text
    assert "within the next hour" in text
    assert FORUM_NAME in text.split("\n-- \n")[1]  # the signature names the forum …
    assert "You received this email because someone asked to reset the password" in text


async def test_a_sent_message_keeps_no_link(settings: Settings) -> None:
    with smtp_server() as server:
        async with mail_site(settings, server) as site:
            member = await site.forum.member()
            await mail_to(server, member.email, "verify")

            async def recorded() -> bool:
                return all(row.status == "succeeded" for row in await stored_mail(site.app))

            await until(recorded)
            (row,) = await stored_mail(site.app)
            assert row.kind == "verify_email"
            assert row.to_address == member.email
            assert row.body == ""  # blanked: it held a single-use link
            assert row.attempts == 1
            assert row.next_attempt_at is None and row.finished_at is not None


async def test_a_send_while_the_server_is_down_is_retried_until_it_is_up(
    settings: Settings,
) -> None:
    server = SmtpServer()  # not started: connections are refused
    try:
        async with mail_site(settings, server) as site:
            member = await site.forum.member()

            async def failed_twice() -> bool:
                rows = await stored_mail(site.app)
                return rows[0].status == "failed" and rows[0].attempts >= 2

            await until(failed_twice)
            (row,) = await stored_mail(site.app)
            assert row.last_error and "Connect" in row.last_error, row.last_error
            assert row.body  # kept until it is sent

            server.start()
            received = await mail_to(server, member.email, "verify")
            token = link_token(received, "/verify-email")

            async def succeeded() -> bool:
                return (await stored_mail(site.app))[0].status == "succeeded"

            await until(succeeded)
            await asyncio.sleep(0.3)  # a second copy would have come by now
            assert len(server.to(member.email)) == 1
            response = await site.client.post("/auth/verify-email", json={"token": token})
            assert response.status_code == 204, response.text
    finally:
        server.stop()


async def test_a_recipient_refused_for_good_is_not_tried_again(settings: Settings) -> None:
    with smtp_server() as server:
        server.refuse("gone@example.org")
        async with mail_site(settings, server) as site:
            response = await site.client.post(
                "/auth/register",
                json={"username": "gone", "email": "gone@example.org", "password": "x" * 12},
            )
            assert response.status_code == 201, response.text

            async def dead() -> bool:
                return (await stored_mail(site.app))[0].status == "dead"

            await until(dead)
            (row,) = await stored_mail(site.app)
            assert row.attempts == 1
            assert row.last_error is not None and "550" in row.last_error
            assert server.messages() == []
