"""The kernel's tables: the outbox of domain events and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from app.accounts.models import User


class OutboxEvent(Base):
    """One domain event, written in the transaction of the change it records: it exists
    exactly when that change committed.

    `id` orders events for live streams (the SSE `id:` and `Last-Event-ID`); `event_id` is
    the stable identity consumers de-duplicate on (webhooks' `X-Village-Delivery`).
    `dispatched_at` is set once `village worker` has handed the event to every durable
    consumer; rows are pruned after the retention period."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_thread", "thread_id", "id"),
        # The worker's queue: only undispatched rows, oldest first.
        Index(
            "ix_outbox_undispatched",
            "id",
            postgresql_where=text("dispatched_at IS NULL"),
            sqlite_where=text("dispatched_at IS NULL"),
        ),
        Index("ix_outbox_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    thread_id: Mapped[int | None] = mapped_column(Integer, default=None)
    actor_id: Mapped[int | None] = mapped_column(Integer, default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class AuditEntry(Base):
    """One moderation or administration action, by a person or (actor NULL) by the system.
    Append-only: no route updates or deletes an entry."""

    __tablename__ = "moderation_log"
    __table_args__ = (
        Index("ix_moderation_log_actor", "actor_id", "id"),
        Index("ix_moderation_log_action", "action", "id"),
        Index("ix_moderation_log_target", "target_type", "target_id", "id"),
        # `GET /moderation/log?since=`: a recent window is found without walking the log.
        Index("ix_moderation_log_created", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    action: Mapped[str] = mapped_column(String(40))
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(1000), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User | None] = relationship(lazy="raise")
