"""The forum: categories, threads, posts, their revisions and reactions."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Protocol

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.db import Base, UTCDateTime, utcnow


class _HasAuthor(Protocol):
    @property
    def author(self) -> User: ...


class AuthorFields:
    """The author's public fields under the flat names that the hot reads' rows carry
    (forum/queries.py), so one presenter serves those rows and entities alike."""

    @property
    def author_username(self: _HasAuthor) -> str:
        return self.author.username

    @property
    def author_display_name(self: _HasAuthor) -> str:
        return self.author.display_name

    @property
    def author_role(self: _HasAuthor) -> str:
        return self.author.role

    @property
    def author_deleted_at(self: _HasAuthor) -> datetime | None:
        return self.author.deleted_at


class ReactionKind(enum.StrEnum):
    heart = "heart"
    hug = "hug"
    same = "same"
    thanks = "thanks"
    laugh = "laugh"


class CategoryKind(enum.StrEnum):
    forum = "forum"  # a category of the forum's, listed by GET /categories
    group = "group"  # a local group's thread list (app/meetups), its slug the group's
    meetups = "meetups"  # the discussion threads of meet-ups without a group


class Category(Base):
    __tablename__ = "categories"
    __table_args__ = (Index("ix_categories_position", "position", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(
        String(16), default=CategoryKind.forum.value, server_default=CategoryKind.forum.value
    )
    thread_count: Mapped[int] = mapped_column(Integer, default=0)
    post_count: Mapped[int] = mapped_column(Integer, default=0)
    last_post_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Thread(AuthorFields, Base):
    __tablename__ = "threads"
    __table_args__ = (
        # One index per keyset order the thread list offers (see forum/service.py).
        Index("ix_threads_active", "is_deleted", "last_post_at", "id"),
        Index("ix_threads_new", "is_deleted", "created_at", "id"),
        Index(
            "ix_threads_category_active",
            "category_id",
            "is_deleted",
            "is_pinned",
            "last_post_at",
            "id",
        ),
        Index(
            "ix_threads_category_new", "category_id", "is_deleted", "is_pinned", "created_at", "id"
        ),
        Index("ix_threads_author", "author_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(String(200))
    content_warning: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_post_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Posts that are not deleted; `last_number` only ever grows, so numbers are never reused.
    post_count: Mapped[int] = mapped_column(Integer, default=0)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
    is_pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    is_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    is_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Pseudonyms handed out in this thread ("Anonymous 1", "Anonymous 2", …): the next
    # anonymous author takes `anonymous_count + 1`, by an atomic UPDATE … RETURNING.
    anonymous_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    category: Mapped[Category] = relationship(lazy="raise")
    author: Mapped[User] = relationship(lazy="raise")

    @property
    def category_slug(self) -> str:
        return self.category.slug

    @property
    def category_name(self) -> str:
        return self.category.name

    @property
    def category_kind(self) -> str:
        return self.category.kind


class Post(AuthorFields, Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("thread_id", "number"),
        Index("ix_posts_author", "author_id", "created_at"),
        Index("ix_posts_reply_to", "reply_to_id"),
        # Unread counts (forum/reading.py) subtract the few posts a reader does not count
        # from a thread's numbers: deleted and hidden ones from this small partial index,
        # their own and blocked authors' from the next.
        Index(
            "ix_posts_unseen",
            "thread_id",
            "number",
            postgresql_where=text("is_deleted OR is_hidden"),
            sqlite_where=text("is_deleted = 1 OR is_hidden = 1"),
        ),
        Index("ix_posts_author_thread", "author_id", "thread_id", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    # An anonymous post's per-thread pseudonym: 0 is the anonymous thread's original poster,
    # 1, 2, … other anonymous authors in order of their first anonymous post there; NULL for
    # posts under the author's name.
    anonymous_ordinal: Mapped[int | None] = mapped_column(Integer, default=None)
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden_reason: Mapped[str | None] = mapped_column(String(500), default=None)
    # Hidden by reaching the flag threshold (not by a moderator): a dismiss un-hides it.
    hidden_by_flags: Mapped[bool] = mapped_column(Boolean, default=False)
    is_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    thread: Mapped[Thread] = relationship(lazy="raise")
    author: Mapped[User] = relationship(lazy="raise")
    reply_to: Mapped[Post | None] = relationship(remote_side=[id], lazy="raise")


class PostRevision(Base):
    """A body a post had before an edit; `number` counts a post's revisions from 1."""

    __tablename__ = "post_revisions"
    __table_args__ = (UniqueConstraint("post_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    editor: Mapped[User] = relationship(lazy="raise")


class Reaction(Base):
    __tablename__ = "reactions"
    __table_args__ = (
        CheckConstraint("kind IN ('heart', 'hug', 'same', 'thanks', 'laugh')", name="kind_known"),
        Index("ix_reactions_user", "user_id"),
    )

    post_id: Mapped[int] = mapped_column(
        ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ThreadState(Base):
    """A member's relation to a thread: how far they have read (`last_read_number`, which
    only moves forwards) and the subscription level they chose or were given (NULL: none
    yet, which notifies as "normal"). Authors watch their own threads; a reply sets
    "watching" unless the member chose a level here already (or prefers "normal")."""

    __tablename__ = "thread_states"
    __table_args__ = (
        CheckConstraint(
            "subscription IN ('watching', 'normal', 'muted')", name="subscription_known"
        ),
        # The watchers of a thread, for the notification fan-out.
        Index(
            "ix_thread_states_watching",
            "thread_id",
            "user_id",
            postgresql_where=text("subscription = 'watching'"),
            sqlite_where=text("subscription = 'watching'"),
        ),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True
    )
    last_read_number: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    subscription: Mapped[str | None] = mapped_column(String(8), default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
