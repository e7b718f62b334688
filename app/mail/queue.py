"""Outgoing mail as a worker job queue: each attempt sends one queued message through the
configured backend; a failure is retried with exponential back-off until
EMAIL_RETRY_WINDOW_SECONDS after the first attempt, then the message is dead."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy.sql.base import ExecutableOption

from app.config import Settings
from app.mail.backends import Backend, PermanentFailure, SendFailure, backend_for
from app.mail.compose import to_message
from app.mail.models import OutgoingMail
from app.worker.jobs import Outcome, RetryPolicy


class MailQueue:
    name: ClassVar[str] = "mail"
    model = OutgoingMail
    options: tuple[ExecutableOption, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.retry = RetryPolicy(
            base_seconds=settings.email_retry_base_seconds,
            max_delay_seconds=settings.email_retry_max_delay_seconds,
            window_seconds=settings.email_retry_window_seconds,
        )
        self.sender = settings.email_from
        self.backend: Backend = backend_for(settings)

    async def perform(self, job: OutgoingMail) -> Outcome:
        try:
            await self.backend.send(to_message(job, self.sender))
        except PermanentFailure as exc:
            return Outcome(ok=False, error=str(exc), give_up=True)
        except SendFailure as exc:
            return Outcome(ok=False, error=str(exc))
        # Sent: the body is blanked. It holds single-use links whose tokens the database
        # keeps only as digests, so that a backup or a read of the tables cannot use them;
        # a kept copy of the text would undo that.
        return Outcome(ok=True, values={"body": ""})

    async def aclose(self) -> None:
        return None
