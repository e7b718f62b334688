"""Outgoing mail as a worker job queue: each attempt sends one queued message through the
configured backend; a failure is retried with exponential back-off until
EMAIL_RETRY_WINDOW_SECONDS after the first attempt, then the message is dead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, case, null
from sqlalchemy.orm import with_expression
from sqlalchemy.sql.base import ExecutableOption

from app.config import Settings
from app.mail.backends import Backend, PermanentFailure, SendFailure, backend_for
from app.mail.compose import to_message
from app.mail.models import OutgoingMail
from app.worker.jobs import Outcome, RetryPolicy

# A send check: a SQL expression over the outgoing_mail row (correlated subqueries welcome)
# that is NULL when the message may go, else the reason it must not.
SendCheck = Callable[[], ColumnElement[Any]]
_send_checks: dict[str, SendCheck] = {}
NOT_SENT = "not sent: "


def register_send_check(kind: str, check: SendCheck) -> None:
    """Registers the check of messages of `kind` (domains, on import: app/domains.py). It is
    evaluated as the worker claims each attempt, right before the send: a message whose
    cause went away (its post hidden since) is then finished unsent — status `succeeded`
    with `last_error` "not sent: <reason>" (no new status: SQLite cannot alter the CHECK)."""
    _send_checks[kind] = check


def _refusal() -> ColumnElement[Any] | None:
    if not _send_checks:
        return None
    whens = [(OutgoingMail.kind == kind, check()) for kind, check in _send_checks.items()]
    return case(*whens, else_=null())


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
        refusal = _refusal()
        if refusal is not None:
            self.options = (with_expression(OutgoingMail.send_refusal, refusal),)

    async def perform(self, job: OutgoingMail) -> Outcome:
        if job.send_refusal:
            return Outcome(
                ok=True,
                error=f"{NOT_SENT}{job.send_refusal}",
                values={"body": "", "list_unsubscribe": None},
            )
        try:
            await self.backend.send(to_message(job, self.sender))
        except PermanentFailure as exc:
            return Outcome(ok=False, error=str(exc), give_up=True)
        except SendFailure as exc:
            return Outcome(ok=False, error=str(exc))
        # Sent: the body is blanked. It holds single-use links whose tokens the database
        # keeps only as digests, so that a backup or a read of the tables cannot use them;
        # a kept copy of the text would undo that.
        return Outcome(ok=True, values={"body": "", "list_unsubscribe": None})

    async def aclose(self) -> None:
        return None
