"""The outgoing mail queue: one row per message, a worker job (app/worker/jobs.py)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

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
