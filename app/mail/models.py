"""The outgoing mail queue: one row per message, a worker job (app/worker/jobs.py)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, query_expression

from app.db import Base
from app.worker.jobs import JobColumns


class OutgoingMail(JobColumns, Base):
    """A message waiting to be sent, or sent (its body blanked) until it is pruned."""

    __tablename__ = "outgoing_mail"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'failed', 'succeeded', 'dead')", name="status_known"
        ),
        # The worker's queue: only messages still to be attempted, soonest first.
        Index(
            "ix_outgoing_mail_due",
            "next_attempt_at",
            postgresql_where=text("next_attempt_at IS NOT NULL"),
            sqlite_where=text("next_attempt_at IS NOT NULL"),
        ),
        # Pruning sent and dead messages past their retention.
        Index("ix_outgoing_mail_finished", "finished_at"),
    )

    # The member it is for, when it is for one: their mail goes when their account does.
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), default=None, index=True
    )
    kind: Mapped[str] = mapped_column(String(40))  # e.g. "password_reset", for the log
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # The post a message is about (a reply, a mention), if any: its send check (queue.py)
    # reads it right before sending. No foreign key: a post erased since is a reason not to
    # send, not a reason to lose the row's record.
    post_id: Mapped[int | None] = mapped_column(Integer, default=None)
    # RFC 8058 one-click unsubscribe URL (List-Unsubscribe), for messages that have one.
    list_unsubscribe: Mapped[str | None] = mapped_column(String(500), default=None)
    # Not a column: why the message must not be sent any more (NULL: send it), computed by
    # the registered send checks when the worker claims the row (queue.py).
    send_refusal: Mapped[str | None] = query_expression()
