"""The notifications table: one row per member told of one thing."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class NotificationKind(enum.StrEnum):
    reply = "reply"  # someone replied to your post (reply_to)
    mention = "mention"  # @username in a post
    quote = "quote"  # your post quoted
    watching = "watching"  # a new post in a thread you watch
    moderation = "moderation"  # your report resolved; your post hidden, restored or deleted
    meetup = "meetup"  # a meet-up you answered changed or was cancelled, you left its
    # waitlist or were approved, or it is tomorrow (action says which)


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('reply', 'mention', 'quote', 'watching', 'moderation', 'meetup')",
            name="kind_known",
        ),
        # The member's list, newest first (keyset on id).
        Index("ix_notifications_user", "user_id", "id"),
        # Their unread count, and GET /notifications?unread=true.
        Index(
            "ix_notifications_unread",
            "user_id",
            "id",
            postgresql_where=text("read_at IS NULL"),
            sqlite_where=text("read_at IS NULL"),
        ),
        # Exactly once: an event tells a member of it at most once (the worker may meet an
        # event again after a crash; the insert then finds the row there).
        Index("ix_notifications_source", "user_id", "source_event_id", unique=True),
        Index("ix_notifications_post", "post_id"),
        Index("ix_notifications_thread", "thread_id"),
        Index("ix_notifications_meetup", "meetup_id"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    thread_id: Mapped[int | None] = mapped_column(
        ForeignKey("threads.id", ondelete="CASCADE"), default=None
    )
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="CASCADE"), default=None
    )
    # A `meetup` notification's meet-up (its `thread_id` is the meet-up's discussion). No
    # foreign key: the column was added without rebuilding the table, and meet-ups are
    # cancelled, never deleted.
    meetup_id: Mapped[int | None] = mapped_column(Integer, default=None)
    # Who did it; NULL when nobody may be named (an anonymous post, a moderator's action).
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    # An anonymous actor's per-thread pseudonym ("Anonymous 2"), shown instead of a name.
    anonymous_label: Mapped[str | None] = mapped_column(String(40), default=None)
    # A moderation notification's action ("hidden", "restored", "deleted", "flag_resolved")
    # and the reason given to the member.
    action: Mapped[str | None] = mapped_column(String(24), default=None)
    reason: Mapped[str | None] = mapped_column(String(500), default=None)
    # The outbox event (OutboxEvent.id) it was made from.
    source_event_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
