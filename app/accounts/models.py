"""Accounts: users and their refresh tokens."""

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
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class Role(enum.StrEnum):
    member = "member"
    moderator = "moderator"
    admin = "admin"


class Scope(enum.StrEnum):
    read = "read"
    write = "write"
    moderate = "moderate"
    # Administrator powers (roles, categories, webhooks): a token needs it as a moderator's
    # needs `moderate`, so a bot's read/write token can never make anyone an admin.
    admin = "admin"


ALL_SCOPES = frozenset(scope.value for scope in Scope)


class EmailDigest(enum.StrEnum):
    off = "off"
    daily = "daily"


class SubscriptionLevel(enum.StrEnum):
    """How much a member hears of a thread: every new post, only what is addressed to them
    (replies, mentions, quotes), or nothing at all."""

    watching = "watching"
    normal = "normal"
    muted = "muted"


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('member', 'moderator', 'admin')", name="role_known"),
        CheckConstraint("email_digest IN ('off', 'daily')", name="email_digest_known"),
        CheckConstraint(
            "default_subscription IN ('watching', 'normal')", name="default_subscription_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30))
    # Lower-cased copies carry the uniqueness, so "Mum_Of_Two" and "mum_of_two" clash.
    username_key: Mapped[str] = mapped_column(String(30), unique=True)
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(50))
    bio: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(16), default=Role.member.value)
    # Public posts only: anonymous posts never count here.
    post_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    suspension_reason: Mapped[str | None] = mapped_column(String(1000), default=None)
    # Email verification: a new address waits in `pending_email` until its link is used.
    email_verified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    pending_email: Mapped[str | None] = mapped_column(String(254), default=None)
    # Set when the member left (DELETE /me): the row stays so posts and audit entries keep
    # their author's id, but everything that identified the person is erased.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Preferences (GET/PATCH /me/preferences): which emails bring the member back, and the
    # level a thread gets when they reply in it without having chosen one.
    email_replies: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    email_mentions: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Meet-ups she answered: changed, cancelled, off the waitlist, tomorrow's reminder.
    email_meetups: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    email_digest: Mapped[str] = mapped_column(
        String(8), default=EmailDigest.off.value, server_default=text("'off'")
    )
    default_subscription: Mapped[str] = mapped_column(
        String(8),
        default=SubscriptionLevel.watching.value,
        server_default=text("'watching'"),
    )

    # Not a column: what the credential of the current request allows. A password sign-in
    # allows everything the role does; a personal access token only its scopes.
    scopes = ALL_SCOPES
    signed_in_with_token = False

    def has_scope(self, scope: Scope) -> bool:
        return scope.value in self.scopes

    @property
    def is_moderator(self) -> bool:
        return self.role in (Role.moderator, Role.admin)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.admin


class RefreshToken(Base):
    """One refresh token of a login family. Each refresh marks the token used and issues the
    next one in the same family; presenting a used token revokes the whole family."""

    __tablename__ = "refresh_tokens"
    __table_args__ = (Index("ix_refresh_tokens_family", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    family_id: Mapped[str] = mapped_column(String(32))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class PersonalAccessToken(Base):
    """A long-lived token for scripts and bots; only its SHA-256 digest is stored."""

    __tablename__ = "personal_access_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Space-separated scope names, e.g. "read write".
    scopes: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(self.scopes.split())


class TokenPurpose(enum.StrEnum):
    reset = "reset"
    verify_email = "verify_email"


class AccountToken(Base):
    """A single-use link sent by email: a password reset, or the proof that a member reads
    `email` (the address being verified). Only the SHA-256 digest of the secret is kept."""

    __tablename__ = "account_tokens"
    __table_args__ = (
        CheckConstraint("purpose IN ('reset', 'verify_email')", name="purpose_known"),
        Index("ix_account_tokens_user", "user_id", "purpose"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class UserBlock(Base):
    """`blocker` no longer hears from `blocked`: their posts come collapsed, and they cannot
    mention, quote-notify or reply-notify the blocker. Private: nothing tells `blocked`."""

    __tablename__ = "user_blocks"
    __table_args__ = (
        CheckConstraint("blocker_id <> blocked_id", name="not_self"),
        Index("ix_user_blocks_blocked", "blocked_id"),
    )

    blocker_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    blocked_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
