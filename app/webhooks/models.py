"""Webhooks: the endpoints an administrator registered, and each event's delivery to each."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, UTCDateTime, utcnow
from app.worker.jobs import JobColumns

MAX_URL_CHARS = 2000
MAX_SECRET_CHARS = 200


class Webhook(Base):
    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(MAX_URL_CHARS))
    # The event kinds it is sent (EventKind values).
    events: Mapped[list[str]] = mapped_column(JSON)
    # Kept as given: deliveries are signed with it (HMAC). Never shown again by the API.
    secret: Mapped[str] = mapped_column(String(MAX_SECRET_CHARS))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WebhookDelivery(JobColumns, Base):
    """One event for one webhook: a job (app/worker/jobs.py) that POSTs it until a 2xx or
    until the retry window closes. `data` is rendered when the event is dispatched and kept,
    so every attempt and a redelivery send what happened then."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'failed', 'succeeded', 'dead')", name="status_known"
        ),
        # An endpoint's deliveries, newest first (keyset on id).
        Index("ix_webhook_deliveries_webhook", "webhook_id", "id"),
        # The worker's queue: only deliveries still to be attempted, soonest first.
        Index(
            "ix_webhook_deliveries_due",
            "next_attempt_at",
            postgresql_where=text("next_attempt_at IS NOT NULL"),
            sqlite_where=text("next_attempt_at IS NOT NULL"),
        ),
        # Pruning finished deliveries past their retention.
        Index("ix_webhook_deliveries_finished", "finished_at"),
    )

    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    # The outbox event's stable id: X-Village-Delivery, the receiver's de-duplication key.
    event_id: Mapped[str] = mapped_column(String(36))
    event_kind: Mapped[str] = mapped_column(String(40))
    event_created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    last_response_code: Mapped[int | None] = mapped_column(Integer, default=None)

    webhook: Mapped[Webhook] = relationship(lazy="raise")
