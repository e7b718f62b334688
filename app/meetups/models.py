"""Local groups, meet-ups, RSVPs and calendar keys.

A group's threads live in a category of its own (`categories.kind = 'group'`, the group's
slug): the forum's thread list, counters and indexes serve it unchanged. A meet-up's
discussion thread is in its group's category, or in the one `kind = 'meetups'` category
when it has no group.

Counters (`member_count`, `going_count`, `waitlist_count`, …) change only by atomic
`UPDATE … SET x = x ± 1` in the transaction that changes the row they count."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    Boolean,
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
from app.meetups.areas import MAX_AREA_CHARS


class MeetupKind(enum.StrEnum):
    playgroup = "playgroup"
    coffee = "coffee"
    park = "park"
    class_ = "class"
    online = "online"
    other = "other"


class RsvpStatus(enum.StrEnum):
    going = "going"
    maybe = "maybe"
    not_going = "not_going"
    pending = "pending"  # asked to go; waits for the host's yes (requires_approval)


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (
        # GET /groups?area=: a prefix of the area's key, then by slug (keyset).
        Index("ix_groups_area", "area_key", "slug"),
        CheckConstraint("member_count >= 0", name="member_count_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The same slug as its category's (categories.slug is unique across both).
    slug: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    area: Mapped[str] = mapped_column(String(MAX_AREA_CHARS))
    area_key: Mapped[str] = mapped_column(String(MAX_AREA_CHARS))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class GroupMember(Base):
    __tablename__ = "group_members"
    __table_args__ = (Index("ix_group_members_user", "user_id", "group_id"),)

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Meetup(Base):
    __tablename__ = "meetups"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('playgroup', 'coffee', 'park', 'class', 'online', 'other')",
            name="kind_known",
        ),
        CheckConstraint("capacity IS NULL OR capacity >= 1", name="capacity_positive"),
        # The promise of the waitlist, held by the database too.
        CheckConstraint(
            "capacity IS NULL OR going_count <= capacity", name="going_within_capacity"
        ),
        CheckConstraint(
            "going_count >= 0 AND maybe_count >= 0 AND waitlist_count >= 0 AND pending_count >= 0",
            name="counts_not_negative",
        ),
        # Upcoming first (keyset on starts_at, id), everywhere, by area and by group.
        Index("ix_meetups_upcoming", "starts_at", "id"),
        # By a prefix of the area (LIKE 'key%'): pattern ops so that PostgreSQL reads it as
        # a range under any collation (migration b13a0e1f0d06).
        Index(
            "ix_meetups_area",
            "area_key",
            "starts_at",
            "id",
            postgresql_ops={"area_key": "varchar_pattern_ops"},
        ),
        Index("ix_meetups_group", "group_id", "starts_at", "id"),
        Index("ix_meetups_host", "host_id", "starts_at"),
        # The reminder job's due meet-ups: not yet reminded, by start.
        Index(
            "ix_meetups_unreminded",
            "starts_at",
            postgresql_where=text("reminded_at IS NULL"),
            sqlite_where=text("reminded_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), default=None)
    # A real person: meet-ups are never hosted anonymously.
    host_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Its discussion thread, made with it.
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id"), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The exact place: shown to signed-in members only (visitors see `area`).
    venue: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(MAX_AREA_CHARS))
    area_key: Mapped[str] = mapped_column(String(MAX_AREA_CHARS))
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    going_count: Mapped[int] = mapped_column(Integer, default=0)
    maybe_count: Mapped[int] = mapped_column(Integer, default=0)
    waitlist_count: Mapped[int] = mapped_column(Integer, default=0)
    pending_count: Mapped[int] = mapped_column(Integer, default=0)
    # The last waitlist ticket handed out: the next waitlisted answer takes
    # `waitlist_seq + 1` by UPDATE … RETURNING, so arrival order is the tickets' order.
    waitlist_seq: Mapped[int] = mapped_column(Integer, default=0)
    requires_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    is_cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Hidden with its discussion thread's opening post (reports, or a moderator's hand).
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    # iCalendar SEQUENCE: bumped by every change a calendar shows (RFC 5545 3.8.7.4).
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # When the day-before reminder was claimed (once, whatever the number of workers).
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    host: Mapped[User] = relationship(lazy="raise")
    group: Mapped[Group | None] = relationship(lazy="raise")


class Rsvp(Base):
    """A member's answer to a meet-up: one row per member and meet-up."""

    __tablename__ = "rsvps"
    __table_args__ = (
        CheckConstraint(
            "status IN ('going', 'maybe', 'not_going', 'pending')", name="status_known"
        ),
        # Only a `going` answer waits on the waitlist, and it holds a ticket while it does.
        CheckConstraint(
            "(waitlisted AND status = 'going' AND waitlist_ticket IS NOT NULL)"
            " OR (NOT waitlisted AND waitlist_ticket IS NULL)",
            name="waitlist_consistent",
        ),
        # The waitlist in arrival order: the first to promote, a member's position.
        Index(
            "ix_rsvps_waitlist",
            "meetup_id",
            "waitlist_ticket",
            unique=True,
            postgresql_where=text("waitlisted"),
            sqlite_where=text("waitlisted = 1"),
        ),
        # A member's calendar feed and export: their answers.
        Index("ix_rsvps_user", "user_id", "status"),
        # Who to tell of a change, a cancellation, a reminder.
        Index("ix_rsvps_meetup_status", "meetup_id", "status"),
        # The host's list (GET /meetups/{id}/rsvps): each section in the order of answering.
        Index("ix_rsvps_answers", "meetup_id", "status", "waitlisted", "updated_at", "user_id"),
    )

    meetup_id: Mapped[int] = mapped_column(
        ForeignKey("meetups.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(16))
    waitlisted: Mapped[bool] = mapped_column(Boolean, default=False)
    waitlist_ticket: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(lazy="raise")


class CalendarKey(Base):
    """A member's private calendar-feed key (GET /me/calendar.ics?key=): stored as its
    SHA-256, separate from every other credential, replaced or revoked at will."""

    __tablename__ = "calendar_keys"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
