"""Where a message goes (EMAIL_BACKEND): the log (console, the default, so a local forum
needs no mail server), an SMTP server (smtp), or one .eml file per message in a folder
(file, as Django's file backend: the browser tests read their mail there).

A backend raises `SendFailure` for a failure worth retrying and `PermanentFailure` for one
that no retry can mend (the server refused the recipient for good)."""

from __future__ import annotations

import asyncio
import logging
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import aiosmtplib

from app.config import Settings
from app.db import utcnow

logger = logging.getLogger(__name__)


class SendFailure(Exception):
    """Not sent this time; worth another try."""


class PermanentFailure(SendFailure):
    """Refused for good (a 5xx for the recipient): not tried again."""


class Backend(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class ConsoleBackend:
    """Writes the whole message to the log, its text decoded so that links can be copied."""

    async def send(self, message: EmailMessage) -> None:
        headers = "\n".join(f"{name}: {value}" for name, value in message.items())
        body = message.get_content()
        logger.info("email (EMAIL_BACKEND=console, not sent):\n%s\n\n%s", headers, body)


class FileBackend:
    """Writes each message to its own .eml file in `directory` (made when missing). The file
    appears whole: it is written under a temporary name and then renamed."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def send(self, message: EmailMessage) -> None:
        try:
            await asyncio.to_thread(self._write, bytes(message))
        except OSError as exc:
            raise SendFailure(f"could not write to {self.directory}: {exc.strerror}") from exc

    def _write(self, data: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{utcnow():%Y%m%d-%H%M%S-%f}-{uuid.uuid4().hex[:8]}"
        partial = self.directory / f".{name}.part"
        partial.write_bytes(data)
        partial.rename(self.directory / f"{name}.eml")


class SmtpBackend:
    """One SMTP session per message (aiosmtplib), bounded as a whole by
    SMTP_TIMEOUT_SECONDS. With SMTP_STARTTLS the session must be encrypted before the
    credentials or the message are sent."""

    def __init__(self, settings: Settings) -> None:
        self.host = settings.smtp_host
        self.port = settings.smtp_port
        self.username = settings.smtp_username
        self.password = settings.smtp_password
        self.starttls = settings.smtp_starttls
        self.timeout = settings.smtp_timeout_seconds

    async def send(self, message: EmailMessage) -> None:
        try:
            async with asyncio.timeout(self.timeout):
                await aiosmtplib.send(
                    message,
                    hostname=self.host,
                    port=self.port,
                    username=self.username,
                    password=self.password,
                    start_tls=self.starttls,
                    timeout=self.timeout,
                )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refusals = "; ".join(f"{r.code} {r.message}" for r in exc.recipients)
            if all(refusal.code >= 500 for refusal in exc.recipients):
                raise PermanentFailure(f"recipient refused: {refusals}") from exc
            raise SendFailure(f"recipient deferred: {refusals}") from exc
        except TimeoutError as exc:
            raise SendFailure(f"no answer within {self.timeout:g} s") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise SendFailure(f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc


def backend_for(settings: Settings) -> Backend:
    if settings.email_backend == "smtp":
        return SmtpBackend(settings)
    if settings.email_backend == "file":
        return FileBackend(settings.email_file_path)
    if settings.environment == "production":
        logger.warning(
            "EMAIL_BACKEND is console: emails (with their reset links) go to the log, "
            "not to the members. Set EMAIL_BACKEND=smtp."
        )
    return ConsoleBackend()
