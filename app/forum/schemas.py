"""Request and response bodies of the forum routes, and the one place per resource where
visibility is applied: `ThreadRead.present` and `PostRead.present` take the viewer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, computed_field
from sqlalchemy import Row

from app.accounts.models import SubscriptionLevel, User
from app.accounts.schemas import UserRef
from app.db import MAX_ID
from app.forum import policy
from app.forum.annotations import MyFlag
from app.forum.models import CategoryKind, Post, ReactionKind, Thread
from app.forum.rendering import render_description
from app.validation import HasText, OneLine, RequestBody

MAX_BODY_CHARS = 20_000


# Bodies keep their white space (it is Markdown) but may not be only white space.
Body = Annotated[str, Field(min_length=1, max_length=MAX_BODY_CHARS), HasText]
Title = Annotated[str, Field(min_length=3, max_length=200), OneLine]
ContentWarning = Annotated[str, Field(min_length=1, max_length=200), OneLine]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=50)]
CategoryName = Annotated[str, Field(min_length=1, max_length=80), OneLine]
Description = Annotated[str, Field(max_length=1000)]
Position = Annotated[int, Field(ge=0, le=1_000_000)]
ThreadSort = Literal["active", "new"]


# Categories


class CategoryRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    name: str


class ThreadCategoryRef(CategoryRef):
    """A thread's category: `kind` says where its list is shown (a forum category at
    /c/{slug}, a local group's at /groups/{slug}, or the meet-ups' discussions)."""

    kind: CategoryKind


class CategoryRead(CategoryRef):
    description: str
    position: int
    thread_count: int
    post_count: int
    last_post_at: datetime | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def description_html(self) -> str:
        """The description's Markdown as sanitised HTML, as a post's body is rendered."""
        return render_description(self.description)


class CategoryCreate(RequestBody):
    slug: Slug
    name: CategoryName
    description: Description = ""
    position: Position | None = None


class CategoryUpdate(RequestBody):
    slug: Slug | None = None
    name: CategoryName | None = None
    description: Description | None = None
    position: Position | None = None


# Threads


class ThreadRead(BaseModel):
    id: int
    category: ThreadCategoryRef
    title: str
    author: UserRef | None
    # The author left the forum (never said of an anonymous thread).
    author_deleted: bool
    anonymous: bool
    # The signed-in viewer started it (false for everyone else and for visitors).
    is_mine: bool
    created_at: datetime
    last_post_at: datetime
    post_count: int
    is_pinned: bool
    is_locked: bool
    content_warning: str | None
    # The signed-in viewer's reading state (null for visitors): the last post number they
    # read (0: never opened), the posts after it they can see, and their subscription level
    # (null: none chosen, which notifies as "normal").
    last_read_number: int | None
    unread_count: int | None
    subscription: SubscriptionLevel | None

    @classmethod
    def present(
        cls, thread: ThreadLike, viewer: User | None, reading: ReadingState | None = None
    ) -> ThreadRead:
        return cls.model_validate(thread_json(thread, viewer, reading))


# What the presenters read: an ORM entity, or a row of forum/queries.py's selects, which
# answers to the same names (`author_username`, `category_slug`).
ThreadLike = Thread | Row[Any]
PostLike = Post | Row[Any]


def _author_json(item: ThreadLike | PostLike, viewer: User | None) -> dict[str, Any] | None:
    """The author as `viewer` may see them: None for an anonymous item (unless the viewer
    wrote it or moderates) and for an author who left."""
    left = item.author_deleted_at is not None
    if not policy.can_see_author(viewer, item.author_id, item.anonymous, left):
        return None
    return {
        "id": item.author_id,
        "username": item.author_username,
        "display_name": item.author_display_name,
        "role": item.author_role,
    }


def _author_left(item: ThreadLike | PostLike) -> bool:
    return policy.shows_author_left(item.anonymous, item.author_deleted_at is not None)


def thread_json(
    thread: ThreadLike, viewer: User | None, reading: ReadingState | None = None
) -> dict[str, Any]:
    """A thread as `viewer` may see it, as `ThreadRead`'s fields in plain JSON types: pages
    serialise these straight to bytes, with no model built per item. `reading` is the
    viewer's reading state of it (forum/reading.py)."""
    return {
        "id": thread.id,
        "category": {
            "id": thread.category_id,
            "slug": thread.category_slug,
            "name": thread.category_name,
            "kind": thread.category_kind,
        },
        "title": thread.title,
        "author": _author_json(thread, viewer),
        "author_deleted": _author_left(thread),
        "anonymous": thread.anonymous,
        "is_mine": policy.is_author(viewer, thread.author_id),
        "created_at": thread.created_at,
        "last_post_at": thread.last_post_at,
        "post_count": thread.post_count,
        "is_pinned": thread.is_pinned,
        "is_locked": thread.is_locked,
        "content_warning": thread.content_warning,
        **reading_json(viewer, reading),
    }


@dataclass(frozen=True)
class ReadingState:
    """A member's reading state of one thread (forum/reading.py loads it)."""

    last_read_number: int = 0
    unread_count: int = 0
    subscription: str | None = None


def reading_json(viewer: User | None, reading: ReadingState | None) -> dict[str, Any]:
    """The viewer's reading state of a thread: nulls for a visitor; for a member with no
    state loaded (a thread they never opened), nothing read and nothing chosen."""
    if viewer is None:
        return {"last_read_number": None, "unread_count": None, "subscription": None}
    state = reading or ReadingState()
    return {
        "last_read_number": state.last_read_number,
        "unread_count": state.unread_count,
        "subscription": state.subscription,
    }


class ReadMark(RequestBody):
    """`PUT /threads/{id}/read`: the number of the last post read."""

    last_read_number: int = Field(ge=0, le=MAX_ID)


class SubscriptionChoice(RequestBody):
    """`PUT /threads/{id}/subscription`."""

    level: SubscriptionLevel


def _one_place(schema: dict[str, Any]) -> None:
    """The document's ThreadCreate: `category` or `group`, exactly one, and not null."""
    for name in ("category", "group"):
        field_schema = schema["properties"][name]
        options = field_schema.pop("anyOf")
        field_schema.update(next(o for o in options if o.get("type") == "string"))
    schema["oneOf"] = [{"required": ["category"]}, {"required": ["group"]}]


class ThreadCreate(RequestBody):
    """In a forum category (`category`) or in a local group's thread list (`group`): one of
    the two, never both."""

    model_config = ConfigDict(json_schema_extra=_one_place)

    category: Slug | None = None
    group: Slug | None = None
    title: Title
    body: Body
    anonymous: StrictBool = False
    content_warning: ContentWarning | None = None


class ThreadUpdate(RequestBody):
    title: Title | None = None
    category: Slug | None = None
    is_pinned: StrictBool | None = None
    is_locked: StrictBool | None = None


# Posts


class PostNumberRef(BaseModel):
    id: int
    number: int


@dataclass
class PostView:
    """A post with what its page loaded beside it, ready to be shown to a viewer."""

    post: PostLike
    reply_to_number: int | None = None
    reactions: dict[str, int] = field(default_factory=dict)
    my_reactions: list[str] = field(default_factory=list)
    # The viewer's own report on it (loaded for a signed-in viewer: forum/annotations.py).
    my_flag: MyFlag | None = None
    # The viewer blocked its author (the web app collapses it).
    is_blocked_author: bool = False


class ReactionsRead(BaseModel):
    """A post's reaction counts and the viewer's own, as they are after a reaction changed."""

    reactions: dict[ReactionKind, int]
    my_reactions: list[ReactionKind]

    @classmethod
    def of(cls, view: PostView) -> ReactionsRead:
        return cls.model_validate({"reactions": view.reactions, "my_reactions": view.my_reactions})


class MyFlagRead(BaseModel):
    """The viewer's own report on a post: `reason` and `status` as the report routes use."""

    id: int
    reason: str
    status: str


HiddenBy = Literal["reports", "moderator"]
ORIGINAL_POSTER_LABEL = "Anonymous (original poster)"


def anonymous_label(anonymous: bool, ordinal: int | None) -> str | None:
    """An anonymous post's per-thread pseudonym: ordinal 0 is the anonymous thread's original
    poster, 1, 2, … the other anonymous authors there in order of their first anonymous post.
    Numbered per thread, so "Anonymous 1" here says nothing about "Anonymous 1" elsewhere."""
    if not anonymous:
        return None
    if ordinal == 0:
        return ORIGINAL_POSTER_LABEL
    return f"Anonymous {ordinal}" if ordinal is not None else "Anonymous"


def hidden_by(is_hidden: bool, by_reports: bool) -> HiddenBy | None:
    if not is_hidden:
        return None
    return "reports" if by_reports else "moderator"


class PostRead(BaseModel):
    id: int
    thread_id: int
    number: int
    author: UserRef | None
    # The author left the forum (never said of an anonymous post).
    author_deleted: bool
    anonymous: bool
    # "Anonymous (original poster)", "Anonymous 1", …; null for a post under a name.
    anonymous_label: str | None
    # The signed-in viewer wrote it (false for everyone else and for visitors).
    is_mine: bool
    body: str
    body_html: str
    reply_to: PostNumberRef | None
    created_at: datetime
    edited_at: datetime | None
    is_hidden: bool
    # Hidden pending review after members' reports, or by a moderator's decision.
    hidden_by: HiddenBy | None
    hidden_reason: str | None
    is_deleted: bool
    reactions: dict[ReactionKind, int]
    my_reactions: list[ReactionKind]
    my_flag: MyFlagRead | None
    # The signed-in viewer blocked its author: the web app collapses it ("Post from someone
    # you blocked"). Never true of an anonymous post seen by a member (it would unmask it).
    is_blocked_author: bool

    @classmethod
    def present(cls, view: PostView, viewer: User | None) -> PostRead:
        return cls.model_validate(post_json(view, viewer))


def post_json(view: PostView, viewer: User | None) -> dict[str, Any]:
    """A post as `viewer` may see it (author, hidden and deleted bodies), as `PostRead`'s
    fields in plain JSON types."""
    post = view.post
    shows_hidden = policy.can_see_hidden_body(viewer, post.author_id)
    shows_body = not post.is_deleted and (not post.is_hidden or shows_hidden)
    reply_to_id = post.reply_to_id
    return {
        "id": post.id,
        "thread_id": post.thread_id,
        "number": post.number,
        "author": _author_json(post, viewer),
        "author_deleted": _author_left(post),
        "anonymous": post.anonymous,
        "anonymous_label": anonymous_label(post.anonymous, post.anonymous_ordinal),
        "is_mine": policy.is_author(viewer, post.author_id),
        "body": post.body if shows_body else "",
        "body_html": post.body_html if shows_body else "",
        "reply_to": {"id": reply_to_id, "number": view.reply_to_number}
        if reply_to_id is not None and view.reply_to_number is not None
        else None,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "is_hidden": post.is_hidden,
        "hidden_by": hidden_by(post.is_hidden, post.hidden_by_flags),
        "hidden_reason": post.hidden_reason if shows_hidden else None,
        "is_deleted": post.is_deleted,
        "reactions": view.reactions,
        "my_reactions": view.my_reactions,
        "my_flag": view.my_flag,
        "is_blocked_author": view.is_blocked_author,
    }


class ThreadCreated(ThreadRead):
    first_post: PostRead


class PostCreate(RequestBody):
    body: Body
    reply_to: int | None = Field(default=None, ge=1, le=MAX_ID)
    # Omitted: anonymous exactly when the author started this thread anonymously, so a
    # reply there never unmasks them by default. An explicit false is honoured.
    anonymous: StrictBool | None = None


class PostUpdate(RequestBody):
    body: Body


class RevisionRead(BaseModel):
    number: int
    body: str
    created_at: datetime
    editor: UserRef


class RenderRequest(RequestBody):
    body: Annotated[str, Field(max_length=MAX_BODY_CHARS)]


class RenderResponse(BaseModel):
    html: str
