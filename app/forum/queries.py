"""The statements of the hot reads (thread list, posts page), built once at import.

They select the columns a page shows, not ORM entities: loading entities was most of a
page's CPU (bench/ profiles), and they run on the session's connection, not through the
ORM session. The joined columns are labelled with the names the entities answer to too
(`author_username`, `category_slug`: models.py), so `thread_json` and `post_json` present
rows and entities alike. Values arrive as bound parameters: a request only binds and runs.

bench/ceiling.py sends PostgreSQL the SQL these compile to, verbatim; change both together
(tests/bench/test_ceiling_matches.py compares them).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    false,
    func,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy.orm import aliased

from app.accounts.models import User
from app.forum.models import Category, Post, Reaction, ReactionKind, Thread

# A select of rows of any shape.
RowSelect = Select[*tuple[Any, ...]]

# A thread that is not deleted: the one filter for "live threads", in every read and every
# conditional write (a deleted thread and everything in it is gone for every route).
LIVE_THREAD: ColumnElement[bool] = Thread.is_deleted == false()
# The ids of live threads, for filtering posts by the thread they are in.
LIVE_THREAD_IDS = select(Thread.id).where(LIVE_THREAD)

AUTHOR = (
    User.username.label("author_username"),
    User.display_name.label("author_display_name"),
    User.role.label("author_role"),
    # Set once the author left (DELETE /me): the item then names nobody.
    User.deleted_at.label("author_deleted_at"),
)

THREAD_ROWS = (
    select(
        Thread.id,
        Thread.author_id,
        Thread.anonymous,
        Thread.title,
        Thread.content_warning,
        Thread.created_at,
        Thread.last_post_at,
        Thread.post_count,
        Thread.is_pinned,
        Thread.is_locked,
        Thread.category_id,
        Category.slug.label("category_slug"),
        Category.name.label("category_name"),
        Category.kind.label("category_kind"),
        *AUTHOR,
    )
    .join(Category, Category.id == Thread.category_id)
    .join(User, User.id == Thread.author_id)
)


def thread_order(sort: str, in_category: bool) -> tuple[Any, ...]:
    """The keyset columns of each order of the thread list; each has an index (models.py)."""
    time_column = Thread.last_post_at if sort == "active" else Thread.created_at
    if in_category:  # pinned threads first within a category
        return (Thread.is_pinned, time_column, Thread.id)
    return (time_column, Thread.id)


@cache
def thread_page(sort: str, in_category: bool, after: bool) -> RowSelect:
    """A page of the thread list. Parameters: `limit`; `category_id` when `in_category`;
    the cursor's values when `after` (`thread_cursor_params`)."""
    columns = thread_order(sort, in_category)
    statement = THREAD_ROWS.where(LIVE_THREAD)
    if in_category:
        statement = statement.where(Thread.category_id == bindparam("category_id"))
    if after:
        cursor = [bindparam(_after(column), type_=column.type) for column in columns]
        statement = statement.where(tuple_(*columns) < tuple_(*cursor))
    return statement.order_by(*(column.desc() for column in columns)).limit(
        bindparam("limit", type_=Integer)
    )


def thread_cursor_params(columns: tuple[Any, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    """The parameters of `thread_page(…, after=True)` for a cursor's values."""
    return {_after(column): value for column, value in zip(columns, values, strict=True)}


def _after(column: Any) -> str:
    return f"after_{column.key}"


THREAD_IS_LIVE = select(Thread.id).where(Thread.id == bindparam("thread_id"), LIVE_THREAD)

# The post a reply answers, for its number.
_REPLIED = aliased(Post)

# Each kind's count of a post's reactions, in the post's own row (one statement a page, not
# two: bench/ measured the round trip), in name order: the order `reactions` lists them in.
REACTION_KINDS = tuple(sorted(kind.value for kind in ReactionKind))


def _reaction_count(kind: str) -> Any:
    return (
        select(func.count())
        .select_from(Reaction)
        # The kind is one of ours, written into the SQL: no parameter to bind per request.
        .where(Reaction.post_id == Post.id, Reaction.kind == literal_column(f"'{kind}'"))
        .correlate(Post)
        .scalar_subquery()
        .label(f"reactions_{kind}")
    )


REACTION_COLUMNS = tuple(f"reactions_{kind}" for kind in REACTION_KINDS)

POST_ROWS = (
    select(
        Post.id,
        Post.thread_id,
        Post.number,
        Post.author_id,
        Post.anonymous,
        Post.anonymous_ordinal,
        Post.body,
        Post.body_html,
        Post.reply_to_id,
        Post.created_at,
        Post.edited_at,
        Post.is_hidden,
        Post.hidden_reason,
        Post.hidden_by_flags,
        Post.is_deleted,
        _REPLIED.number.label("reply_to_number"),
        *AUTHOR,
        *(_reaction_count(kind) for kind in REACTION_KINDS),
    )
    .join(User, User.id == Post.author_id)
    .outerjoin(_REPLIED, _REPLIED.id == Post.reply_to_id)
)

# A page of a live thread's posts, in `number` order straight from the (thread_id, number)
# index. The join checks the thread in the same statement: only an empty page needs
# `THREAD_IS_LIVE` to tell a missing thread from the end of one.
_POSTS_IN_THREAD = POST_ROWS.join(Thread, Thread.id == Post.thread_id).where(
    Post.thread_id == bindparam("thread_id"), LIVE_THREAD
)
POST_PAGE = _POSTS_IN_THREAD.order_by(Post.number).limit(bindparam("limit", type_=Integer))
POST_PAGE_AFTER = (
    _POSTS_IN_THREAD.where(Post.number > bindparam("after"))
    .order_by(Post.number)
    .limit(bindparam("limit", type_=Integer))
)
# The `limit` posts just before post `before`, last first (the caller puts them in order):
# the same index, walked backwards.
POST_PAGE_BEFORE = (
    _POSTS_IN_THREAD.where(Post.number < bindparam("before"))
    .order_by(Post.number.desc())
    .limit(bindparam("limit", type_=Integer))
)

# Reactions of a set of posts (`post_ids`), in a fixed order so a post's bytes (and ETag)
# do not depend on the plan: for a post read without `POST_ROWS`.
REACTION_COUNTS: RowSelect = (
    Select(Reaction.post_id, Reaction.kind, func.count())
    .where(Reaction.post_id.in_(bindparam("post_ids", expanding=True)))
    .group_by(Reaction.post_id, Reaction.kind)
    .order_by(Reaction.post_id, Reaction.kind)
)
MY_REACTIONS: RowSelect = (
    Select(Reaction.post_id, Reaction.kind)
    .where(
        Reaction.post_id.in_(bindparam("post_ids", expanding=True)),
        Reaction.user_id == bindparam("user_id"),
    )
    .order_by(Reaction.post_id, Reaction.kind)
)
