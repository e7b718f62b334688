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
from app.pagination import Page
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
    """A category as a thread names it."""

    model_config = ConfigDict(from_attributes=True)

    id: int = Field(description="The category's id; it never changes.", examples=[3])
    slug: str = Field(
        description="Its name in addresses and filters (`GET /threads?category=`): lower-case "
        "letters, digits and single hyphens. An administrator may change it.",
        examples=["sleep"],
    )
    name: str = Field(description="The name to show.", examples=["Sleep"])


class ThreadCategoryRef(CategoryRef):
    """A thread's category: `kind` says where its list is shown (a forum category at
    /c/{slug}, a local group's at /groups/{slug}, or the meet-ups' discussions)."""

    kind: CategoryKind = Field(
        description="`forum`: one of `GET /categories`; `group`: a local group's thread list "
        "(`slug` is the group's); `meetups`: where meet-ups' discussions live.",
        examples=["forum"],
    )


class CategoryRead(CategoryRef):
    """A forum category, with the counts of what members can see in it."""

    description: str = Field(
        description="What belongs here, in Markdown (the source of `description_html`).",
        examples=["Naps, nights and early mornings."],
    )
    position: int = Field(
        description="Where it comes in `GET /categories` (lower first; ties by id).",
        examples=[10],
    )
    thread_count: int = Field(description="Threads in it that are not deleted.", examples=[128])
    post_count: int = Field(
        description="Posts in those threads that are not deleted (first posts included).",
        examples=[1904],
    )
    last_post_at: datetime | None = Field(
        description="When its latest post was written; null while it has none.",
        examples=["2025-03-14T09:26:53Z"],
    )

    @computed_field(  # type: ignore[prop-decorator]
        description="The description rendered and sanitised as a post's body is: HTML a "
        "client may insert into a page as it is.",
        examples=["<p>Naps, nights and early mornings.</p>"],
    )
    @property
    def description_html(self) -> str:
        return render_description(self.description)


class CategoryCreate(RequestBody):
    """A new forum category."""

    slug: Slug = Field(
        description="Unique among categories and local groups: lower-case letters, digits "
        "and single hyphens, at most 50 characters.",
        examples=["sleep"],
    )
    name: CategoryName = Field(description="The name to show, one line.", examples=["Sleep"])
    description: Description = Field(
        default="", description="What belongs here, in Markdown.", examples=["Naps and nights."]
    )
    position: Position | None = Field(
        default=None,
        description="Where it comes in the list (lower first); omitted: after the others.",
        examples=[10],
    )


class CategoryUpdate(RequestBody):
    """The fields to change; those omitted (or null) stay as they are."""

    slug: Slug | None = Field(
        default=None, description="A new slug (old addresses stop working).", examples=["sleep"]
    )
    name: CategoryName | None = Field(default=None, description="A new name.", examples=["Sleep"])
    description: Description | None = Field(
        default=None, description="A new description, in Markdown.", examples=["Naps."]
    )
    position: Position | None = Field(
        default=None, description="A new place in the list (lower first).", examples=[20]
    )


# Threads


class ThreadRead(BaseModel):
    """A thread as the viewer may see it: its author is null when it is anonymous (except
    to its author and moderators) or when its author left, and the reading fields are the
    signed-in viewer's own."""

    id: int = Field(description="The thread's id; it never changes.", examples=[42])
    category: ThreadCategoryRef = Field(description="Where the thread is listed.")
    title: str = Field(description="One line, 3–200 characters.", examples=["Sleep regression"])
    author: UserRef | None = Field(
        description="Who started it; null when it is anonymous (except to its author and to "
        "moderators) and when its author left the forum."
    )
    author_deleted: bool = Field(
        description="Its author left the forum. Never true of an anonymous thread, which "
        "looks like every other one.",
        examples=[False],
    )
    anonymous: bool = Field(
        description="Started anonymously: its author is named only to themselves and to "
        "moderators.",
        examples=[False],
    )
    is_mine: bool = Field(
        description="The signed-in viewer started it (false for everyone else and guests).",
        examples=[False],
    )
    created_at: datetime = Field(
        description="When it was started.", examples=["2025-03-14T09:26:53Z"]
    )
    last_post_at: datetime = Field(
        description="When its latest post was written: the order of `sort=active`.",
        examples=["2025-03-15T21:04:10Z"],
    )
    post_count: int = Field(
        description="Its posts that are not deleted, the first one included.", examples=[12]
    )
    is_pinned: bool = Field(
        description="Moderators pinned it: it comes first in its category's list.",
        examples=[False],
    )
    is_locked: bool = Field(
        description="Moderators locked it: only moderators can reply or edit its posts.",
        examples=[False],
    )
    content_warning: str | None = Field(
        description="What a reader may want to know before opening it (clients fold the "
        "thread behind it); null for none.",
        examples=["Pregnancy loss"],
    )
    last_read_number: int | None = Field(
        description="The signed-in viewer's last read post number (0: never opened); null "
        "for guests. Moved with `PUT /threads/{thread_id}/read`.",
        examples=[7],
    )
    unread_count: int | None = Field(
        description="Posts after `last_read_number` that the viewer can see; null for guests.",
        examples=[5],
    )
    subscription: SubscriptionLevel | None = Field(
        description="The viewer's chosen notification level for it; null when none was "
        "chosen (it notifies as `normal`) and for guests.",
        examples=["watching"],
    )

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
    """How far you have read a thread."""

    last_read_number: int = Field(
        ge=0,
        le=MAX_ID,
        description="The number of the last post read. The mark only moves forwards, and a "
        "number past the thread's last post counts as its last.",
        examples=[12],
    )


class SubscriptionChoice(RequestBody):
    """How much you hear of a thread."""

    level: SubscriptionLevel = Field(
        description="`watching`: a notification for every new post; `normal`: only for what "
        "is addressed to you (replies to you, mentions); `muted`: none.",
        examples=["watching"],
    )


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

    category: Slug | None = Field(
        default=None,
        description="The slug of a forum category (`GET /categories`); an unknown one is 404.",
        examples=["sleep"],
    )
    group: Slug | None = Field(
        default=None,
        description="The slug of a local group, for a thread in its own list.",
        examples=["leeds-north"],
    )
    title: Title = Field(description="One line, 3–200 characters.", examples=["Sleep regression"])
    body: Body = Field(
        description="The first post, in Markdown (up to 20,000 characters).",
        examples=["Our 4-month-old wakes every hour. Did this pass for you?"],
    )
    anonymous: StrictBool = Field(
        default=False,
        description="Start it anonymously: other members see it, and its posts by you, as "
        '"Anonymous (original poster)". Your replies in it are anonymous by default.',
        examples=[False],
    )
    content_warning: ContentWarning | None = Field(
        default=None,
        description="A short warning readers see before opening it.",
        examples=["Pregnancy loss"],
    )


class ThreadUpdate(RequestBody):
    """The fields to change; those omitted (or null) stay as they are. The author or a
    moderator may rename; only moderators move, pin or lock."""

    title: Title | None = Field(default=None, description="A new title.", examples=["Solved"])
    category: Slug | None = Field(
        default=None,
        description="Move it to this forum category (moderators); an unknown one is 404.",
        examples=["feeding"],
    )
    is_pinned: StrictBool | None = Field(
        default=None, description="Pin or unpin it (moderators).", examples=[True]
    )
    is_locked: StrictBool | None = Field(
        default=None, description="Lock or unlock it (moderators).", examples=[True]
    )


# Posts


class PostNumberRef(BaseModel):
    """The post this one replies to, by id and by its number in the thread."""

    id: int = Field(description="The post's id.", examples=[311])
    number: int = Field(description="Its number in the thread.", examples=[4])


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
    """A post's reactions as they are after yours changed, so a client need not read the
    post again."""

    reactions: dict[ReactionKind, int] = Field(
        description="How many members reacted with each kind; a kind nobody chose is absent.",
        examples=[{"heart": 3, "hug": 1}],
    )
    my_reactions: list[ReactionKind] = Field(
        description="The kinds you reacted with.", examples=[["heart"]]
    )

    @classmethod
    def of(cls, view: PostView) -> ReactionsRead:
        return cls.model_validate({"reactions": view.reactions, "my_reactions": view.my_reactions})


class MyFlagRead(BaseModel):
    """The viewer's own report on a post: `reason` and `status` as the report routes use."""

    id: int = Field(
        description="The report's id (`GET /posts/{post_id}/flags/{flag_id}`).", examples=[9]
    )
    reason: str = Field(description="Why you reported it.", examples=["spam"])
    status: str = Field(
        description="`open` while moderators have not decided, then `upheld` or `dismissed`.",
        examples=["open"],
    )


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
    """A post as the viewer may see it. Its author is null when it is anonymous (except to
    its author and moderators) or when its author left; a hidden post's body is empty except
    to its author and moderators, and a deleted post's to everyone. Insert only `body_html`
    into a page: it is the one sanitised HTML."""

    id: int = Field(description="The post's id; it never changes.", examples=[314])
    thread_id: int = Field(description="The thread it is in.", examples=[42])
    number: int = Field(
        description="Its place in the thread, from 1 (the thread's first post); numbers are "
        "never reused, and a deleted post keeps its number.",
        examples=[5],
    )
    author: UserRef | None = Field(
        description="Who wrote it; null when it is anonymous (except to its author and to "
        "moderators) and when its author left the forum."
    )
    author_deleted: bool = Field(
        description="Its author left the forum. Never true of an anonymous post, which looks "
        "like every other one.",
        examples=[False],
    )
    anonymous: bool = Field(description="Written anonymously.", examples=[False])
    anonymous_label: str | None = Field(
        description="An anonymous post's pseudonym in this thread: `Anonymous (original "
        "poster)` for the anonymous thread's author, else `Anonymous 1`, `Anonymous 2`, … in "
        "order of each anonymous author's first anonymous post here. Stable within the thread "
        "and meaningless across threads; null for a post under a name.",
        examples=["Anonymous 1"],
    )
    is_mine: bool = Field(
        description="The signed-in viewer wrote it (false for everyone else and guests).",
        examples=[False],
    )
    body: str = Field(
        description="The Markdown source, for editing and quoting; empty when the post is "
        "deleted, or hidden from this viewer. Never insert it into a page as HTML.",
        examples=["Same here — it passed after **two weeks**."],
    )
    body_html: str = Field(
        description="The body rendered and sanitised by the server: the only HTML a client "
        "may insert into a page as it is. Empty when `body` is.",
        examples=["<p>Same here — it passed after <strong>two weeks</strong>.</p>"],
    )
    reply_to: PostNumberRef | None = Field(
        description="The post in this thread it replies to; null when none."
    )
    created_at: datetime = Field(
        description="When it was written.", examples=["2025-03-15T21:04:10Z"]
    )
    edited_at: datetime | None = Field(
        description="When its body last changed; null if never edited (its earlier versions: "
        "`GET /posts/{post_id}/revisions`).",
        examples=[None],
    )
    is_hidden: bool = Field(
        description="Hidden from readers by moderation; its body is shown only to its author "
        "and moderators.",
        examples=[False],
    )
    hidden_by: HiddenBy | None = Field(
        description="Why it is hidden: `reports` (pending review after members' reports) or "
        "`moderator` (a moderator's decision); null when it is not hidden.",
        examples=[None],
    )
    hidden_reason: str | None = Field(
        description="The reason given for hiding it, shown to its author and moderators; "
        "null for everyone else and when it is not hidden.",
        examples=[None],
    )
    is_deleted: bool = Field(
        description="Deleted by its author or a moderator: it keeps its place, with an empty body.",
        examples=[False],
    )
    reactions: dict[ReactionKind, int] = Field(
        description="How many members reacted with each kind; a kind nobody chose is absent.",
        examples=[{"heart": 3, "hug": 1}],
    )
    my_reactions: list[ReactionKind] = Field(
        description="The kinds the signed-in viewer reacted with (empty for guests).",
        examples=[["heart"]],
    )
    my_flag: MyFlagRead | None = Field(
        description="The signed-in viewer's own report on it; null when they made none."
    )
    is_blocked_author: bool = Field(
        description='The signed-in viewer blocked its author (the web app folds it: "Post '
        'from someone you blocked"). Never true of an anonymous post seen by a member, '
        "which would unmask its author.",
        examples=[False],
    )

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
    """The new thread, with its first post."""

    first_post: PostRead = Field(description="The thread's first post (number 1).")


class PostCreate(RequestBody):
    """A reply."""

    body: Body = Field(
        description="Markdown, up to 20,000 characters; `@username` mentions notify (at most "
        "10 members).",
        examples=["Same here — it passed after **two weeks**."],
    )
    reply_to: int | None = Field(
        default=None,
        ge=1,
        le=MAX_ID,
        description="The id (not the number) of the post in this thread it answers.",
        examples=[311],
    )
    # Omitted: anonymous exactly when the author started this thread anonymously, so a
    # reply there never unmasks them by default. An explicit false is honoured.
    anonymous: StrictBool | None = Field(
        default=None,
        description="Post anonymously. Omitted: anonymous exactly when you started this "
        "thread anonymously, so a reply never unmasks you by default; an explicit `false` "
        "is honoured.",
        examples=[None],
    )


class PostUpdate(RequestBody):
    """A post's new body; the one it replaces is kept as a revision."""

    body: Body = Field(
        description="Markdown, up to 20,000 characters.", examples=["Edited: it passed."]
    )


class RevisionRead(BaseModel):
    """An earlier version of a post's body, kept when it was edited."""

    number: int = Field(description="1 for the original body, then each edit's.", examples=[1])
    body: str = Field(description="The body as it was, in Markdown.", examples=["First draft"])
    created_at: datetime = Field(
        description="When this version was replaced.", examples=["2025-03-15T21:10:00Z"]
    )
    editor: UserRef = Field(description="Who replaced it (the author or a moderator).")


class RenderRequest(RequestBody):
    """Markdown to preview."""

    body: Annotated[str, Field(max_length=MAX_BODY_CHARS)] = Field(
        description="Markdown, up to 20,000 characters.", examples=["**Bold** and a list:\n- one"]
    )


class RenderResponse(BaseModel):
    """The preview."""

    html: str = Field(
        description="Sanitised HTML, as a post with this body would have as `body_html`; "
        "safe to insert into a page. Mentions and quotes are not resolved here.",
        examples=["<p><strong>Bold</strong> and a list:</p>\n<ul>\n<li>one</li>\n</ul>"],
    )


class ThreadPage(Page[ThreadRead]):
    """A page of threads: pinned first (in a category or group), then by latest activity
    (`sort=active`) or newest first (`sort=new`)."""


class PostPage(Page[PostRead]):
    """A page of a thread's posts, in number order."""
