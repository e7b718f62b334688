"""Shared helpers of the mail and account-lifecycle tests: an app whose lifespan runs (so
its in-process worker sends the mail) pointed at a real SMTP server the test started, with
quick retries, and the links read out of the messages that server received."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from app.config import Settings
from app.mail.models import OutgoingMail
from app.main import create_app
from tests.helpers import Forum
from tests.mail.smtp import Received, SmtpServer
from tests.moderation.fixtures import Site, http_client
from tests.webhooks.receiver import until

PUBLIC_URL = "https://village.test"
FORUM_NAME = "Village Test Forum"

# Seconds, not hours: the worker looks often, and a failed send comes back quickly.
QUICK = {
    "worker_in_process": True,
    "worker_poll_seconds": 0.05,
    "email_retry_base_seconds": 0.2,
    "email_retry_max_delay_seconds": 0.4,
    "email_retry_window_seconds": 60.0,
    "smtp_timeout_seconds": 5.0,
    "worker_lease_seconds": 30.0,
    "worker_shutdown_seconds": 2.0,
    "public_url": PUBLIC_URL,
    "forum_name": FORUM_NAME,
    "email_from": "Village Test <hello@village.test>",
}


@asynccontextmanager
async def mail_site(
    settings: Settings, server: SmtpServer | None = None, **overrides: Any
) -> AsyncIterator[Site]:
    """An app on the test's database whose worker runs in process and sends its mail to
    `server` (or as `overrides` say)."""
    mail = server.settings if server is not None else {}
    app = create_app(settings.model_copy(update={**QUICK, **mail, **overrides}))
    async with app.router.lifespan_context(app), http_client(app) as client:
        yield Site(app, client, Forum(app, client))


SUBJECTS = {
    "reset": f"Reset your {FORUM_NAME} password",
    "verify": f"Confirm your email address for {FORUM_NAME}",
    "changed": f"Your {FORUM_NAME} email address was changed",
}


async def mail_to(server: SmtpServer, address: str, about: str, *, count: int = 1) -> Received:
    """The latest message to `address` about `about` (a key of SUBJECTS), once `count` such
    messages have arrived."""

    def arrived() -> list[Received]:
        return [m for m in server.to(address) if m.subject == SUBJECTS[about]]

    await until(lambda: len(arrived()) >= count)
    return arrived()[-1]


def link_token(message: Received, path: str) -> str:
    """The token of the link to `path` in a message's text."""
    found = re.findall(re.escape(f"{PUBLIC_URL}{path}?token=") + r"([A-Za-z0-9_\-]+)", message.text)
    assert len(found) == 1, message.text
    token: str = found[0]
    return token


async def stored_mail(app: FastAPI) -> list[OutgoingMail]:
    async with app.state.database.sessionmaker() as session:
        return list(await session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)))
