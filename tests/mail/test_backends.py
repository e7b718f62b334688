"""The other two backends: console (the default: a local forum needs no mail server) writes
the whole message to the log; file writes each message as an .eml file into a folder."""

from __future__ import annotations

import logging
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import Settings
from tests.mail.fixtures import FORUM_NAME, PUBLIC_URL, mail_site, stored_mail
from tests.webhooks.receiver import until


def test_console_is_the_default() -> None:
    assert Settings(_env_file=None).email_backend == "console"  # type: ignore[call-arg]


def test_an_smtp_send_must_end_within_the_workers_lease() -> None:
    # A lease that ran out mid-send would let a second worker send the same message.
    short = {"worker_lease_seconds": 15, "smtp_timeout_seconds": 20}
    with pytest.raises(ValidationError, match="SMTP_TIMEOUT_SECONDS"):
        Settings(email_backend="smtp", **short)  # type: ignore[arg-type]
    assert Settings(email_backend="console", **short).worker_lease_seconds == 15  # type: ignore[arg-type]


async def test_the_console_backend_writes_the_whole_message_to_the_log(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.mail")
    async with mail_site(settings, email_backend="console") as site:
        response = await site.client.post(
            "/auth/register",
            json={"username": "Ana_B", "email": "ana@example.org", "password": "x" * 12},
        )
        assert response.status_code == 201, response.text

        async def sent() -> bool:
            return (await stored_mail(site.app))[0].status == "succeeded"

        await until(sent)

    (logged,) = [r.getMessage() for r in caplog.records if r.name == "app.mail.backends"]
    assert "To: ana@example.org" in logged
    assert "From: Village Test <hello@village.test>" in logged
    assert f"Subject: Confirm your email address for {FORUM_NAME}" in logged
    # The text itself, decoded, so the link can be copied out of the log whole.
    assert f"{PUBLIC_URL}/verify-email?token=vev_" in logged
    assert "=3D" not in logged
    assert FORUM_NAME in logged.split("\n-- \n")[1]
    assert "You received this email because this address was used to sign up" in logged


async def test_the_file_backend_writes_one_eml_file_per_message(
    settings: Settings, tmp_path: Path
) -> None:
    outbox = tmp_path / "mail" / "outbox"  # made when first needed
    async with mail_site(settings, email_backend="file", email_file_path=outbox) as site:
        await site.forum.member("Ben_C")
        await site.forum.member("Cleo_D")

        await until(lambda: len(list(outbox.glob("*.eml"))) == 2)

    files = sorted(outbox.iterdir())
    assert all(path.suffix == ".eml" for path in files)  # no partial file left behind
    messages = []
    for path in files:
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        messages.append(message)
    assert sorted(str(m["To"]) for m in messages) == ["ben_c@example.org", "cleo_d@example.org"]
    for message in messages:
        assert message["Subject"] == f"Confirm your email address for {FORUM_NAME}"
        assert f"{PUBLIC_URL}/verify-email?token=" in message.get_content()


async def test_a_folder_that_cannot_be_written_is_a_failed_attempt(
    settings: Settings, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    async with mail_site(settings, email_backend="file", email_file_path=blocker) as site:
        await site.forum.member()

        async def failed() -> bool:
            rows = await stored_mail(site.app)
            return rows[0].status == "failed"

        await until(failed)
        (row,) = await stored_mail(site.app)
        assert row.last_error is not None and "could not write" in row.last_error
        assert row.body  # kept for the next attempt
