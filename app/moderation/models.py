"""Moderation: flags, the review queue, warnings and moderator notes (the audit log is the
kernel's: app/events/models.py)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.db import Base, UTCDateTime, utcnow


class FlagReason(enum.StrEnum):
    """Why a member reports a post. `safety` means someone may be at risk: those posts come
    first in the review queue. `other` needs a note saying what is wrong."""

    spam = "spam"
    abusive = "abusive"
    off_topic = "off_topic"
    safety = "safety"  # someone may be at risk: always first in the queue
    other = "other"


class FlagStatus(enum.StrEnum):
    """A report's state: `open` until a moderator reviews the post, then `upheld` (the post
    was hidden or deleted) or `dismissed` (it stays)."""

    open = "open"
    upheld = "upheld"
    dismissed = "dismissed"


class Flag(Base):
    __tablename__ = "flags"
    __table_args__ = (
        CheckConstraint(
            "reason IN ('spam', 'abusive', 'off_topic', 'safety', 'other')", name="reason_known"
        ),
        CheckConstraint("status IN ('open', 'upheld', 'dismissed')", name="status_known"),
        # One open flag per member per post, enforced by the database under concurrency.
        Index(
            "uq_flags_open_per_flagger",
            "post_id",
            "flagger_id",
            unique=True,
            postgresql_where=text("status = 'open'"),
            sqlite_where=text("status = 'open'"),
        ),
        Index("ix_flags_post_status", "post_id", "status"),
        Index("ix_flags_flagger_created", "flagger_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    flagger_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(500), default=None)
    status: Mapped[str] = mapped_column(String(16), default=FlagStatus.open.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    flagger: Mapped[User] = relationship(lazy="raise")


SAFETY_PRIORITY, NORMAL_PRIORITY = 0, 1


class QueueItem(Base):
    """A post with open flags, waiting for a moderator. The row exists exactly while the
    post has open flags; its counters change atomically with each flag, so the decision to
    auto-hide is taken once, however many flags arrive at the same moment."""

    __tablename__ = "moderation_queue"
    __table_args__ = (
        # The queue's exact order: safety first, then the longest waiting.
        Index("ix_moderation_queue_order", "priority", "first_flagged_at", "post_id"),
    )

    post_id: Mapped[int] = mapped_column(
        ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    open_flags: Mapped[int] = mapped_column(Integer, default=0)
    spam_flags: Mapped[int] = mapped_column(Integer, default=0)
    # 0 when a report says someone may be at risk (those come first), else 1. A number that
    # sorts ascending, like the rest of the order, so one plain index serves the queue.
    priority: Mapped[int] = mapped_column(Integer, default=1)
    first_flagged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    claimed_by: Mapped[User | None] = relationship(lazy="raise")

    @property
    def has_safety(self) -> bool:
        return self.priority == SAFETY_PRIORITY


class Warning(Base):
    __tablename__ = "warnings"
    __table_args__ = (Index("ix_warnings_user", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    moderator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(1000))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    moderator: Mapped[User] = relationship(foreign_keys=[moderator_id], lazy="raise")


class ModeratorNote(Base):
    """A private note about a member, seen only by moderators."""

    __tablename__ = "moderator_notes"
    __table_args__ = (Index("ix_moderator_notes_user", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship(foreign_keys=[author_id], lazy="raise")
