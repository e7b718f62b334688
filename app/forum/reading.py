"""Reading state: how far each member has read each thread, how much of it is new to them, and
how much they want to hear of it (their subscription).

One row per member and thread (`ThreadState`), written only by conditional upserts:

- `mark_read` moves `last_read_number` forwards and never back (`INSERT … ON CONFLICT DO
  UPDATE … WHERE old < new`), so double taps, retries and a stale tab reporting an older
  position change nothing. A number past the thread's last post is clamped to it (a client
  cannot mark unwritten posts read, and needs no error for racing the thread's end).
- `set_subscription` records a chosen level; `watch_new_thread` and `watch_on_reply` give the
  author and repliers "watching" unless they chose otherwise.

What a member "can see" when posts are counted for them is `visible_to_reader`, the ONE
rule of this module (also the notification fan-out's, which may import it): a post that is
not deleted; not hidden, unless the reader wrote it or moderates; and not by an author the
reader blocked, except an anonymous post (counting it out would tell the reader who wrote
it). `unread_count` is the posts after `last_read_number` that the reader can see and did not
write themselves (what you wrote you have read).

The counts of a page of threads come from one statement whatever its size. It does not
count the unread posts one by one (the threads at the top of the list are the long ones):
it subtracts the few posts a reader does not count from the thread's `last_number` (see
`_UNREAD`), so its cost follows the deleted, hidden, own and blocked posts, not the thread's
length. It runs in one snapshot, where `last_number` and the posts agree (a reply writes both
in one transaction), so under concurrent replies every count is exact for some moment.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    and_,
    bindparam,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.accounts.models import SubscriptionLevel, User, UserBlock
from app.db import dialect_insert, utcnow
from app.errors import NotFound
from app.forum import policy, queries
from app.forum.models import Post, Thread, ThreadState
from app.forum.schemas import ReadingState


def visible_to_reader(
    post: Any = Post,
    reader_id: Any = None,
    reader_moderates: Any = None,
) -> ColumnElement[bool]:
    """The posts a reader can see, as a SQL condition on `post` (the Post entity or an alias).
    `reader_id` and `reader_moderates` default to the bound parameters of those names, so a
    statement built once serves every reader."""
    if reader_id is None:
        reader_id = bindparam("reader_id", type_=Integer)
    if reader_moderates is None:
        reader_moderates = bindparam("reader_moderates", type_=Boolean)
    blocked = exists().where(
        UserBlock.blocker_id == reader_id, UserBlock.blocked_id == post.author_id
    )
    return and_(
        post.is_deleted == false(),
        or_(post.is_hidden == false(), post.author_id == reader_id, reader_moderates),
        or_(post.anonymous == true(), ~blocked),
    )


def reader_params(reader: User) -> dict[str, Any]:
    """The bound parameters of `visible_to_reader` for `reader`."""
    return {"reader_id": reader.id, "reader_moderates": policy.is_moderator(reader)}


_STATE = and_(ThreadState.thread_id == Thread.id, ThreadState.user_id == bindparam("reader_id"))
_READ_UP_TO = func.coalesce(ThreadState.last_read_number, 0)
_READER = bindparam("reader_id", type_=Integer)
_MODERATES = bindparam("reader_moderates", type_=Boolean)


def _after_mark(*conditions: ColumnElement[bool]) -> Any:
    """How many of the thread's posts after the read mark meet `conditions`."""
    return (
        select(func.count())
        .select_from(Post)
        .where(Post.thread_id == Thread.id, Post.number > _READ_UP_TO, *conditions)
        .correlate(Thread, ThreadState)
        .scalar_subquery()
    )


# The definition: the posts after the mark that the reader can see and did not write.
# Its cost follows the unread posts (thousands in a long thread never opened), so pages use
# `_UNREAD` below; tests/forum/test_reading_counts.py holds the two equal.
UNREAD_BY_DEFINITION = _after_mark(Post.author_id != _READER, visible_to_reader())

_BLOCKED_AUTHORS = select(UserBlock.blocked_id).where(UserBlock.blocker_id == _READER)
# The same number, cheaply: every number from 1 to `last_number` is a post (a delete keeps
# the row), so the posts after the mark are `last_number - mark`, less the few the reader
# does not count, in four disjoint sets read from small indexes (models.py): deleted;
# hidden, by someone else, for a reader who does not moderate; their own; and named posts
# of authors they blocked that they would otherwise see.
_UNREAD = (
    Thread.last_number
    - _READ_UP_TO
    - _after_mark(Post.is_deleted == true())
    - _after_mark(
        Post.is_deleted == false(), Post.is_hidden == true(), Post.author_id != _READER, ~_MODERATES
    )
    - _after_mark(Post.author_id == _READER, Post.is_deleted == false())
    - _after_mark(
        Post.author_id.in_(_BLOCKED_AUTHORS),
        Post.is_deleted == false(),
        Post.anonymous == false(),
        or_(Post.is_hidden == false(), _MODERATES),
    )
)

# The reader's state of each of a page's threads (`thread_ids`), one row per thread that
# exists, in one statement: threads by primary key, their state row if any, and the count.
READING_STATES = (
    select(
        Thread.id,
        _READ_UP_TO.label("last_read_number"),
        ThreadState.subscription,
        _UNREAD.label("unread_count"),
    )
    .select_from(Thread)
    .outerjoin(ThreadState, _STATE)
    .where(Thread.id.in_(bindparam("thread_ids", expanding=True)))
)


@cache
def member_thread_page(sort: str, in_category: bool, after: bool) -> queries.RowSelect:
    """`queries.thread_page` with the reader's state of each thread as three more columns,
    in the same statement: a member's page costs no round trip more than a visitor's. The
    counts are computed for the page's rows only (after the LIMIT, from the index order)."""
    return (
        queries.thread_page(sort, in_category, after)
        .outerjoin(ThreadState, _STATE)
        .add_columns(
            _READ_UP_TO.label("last_read_number"),
            ThreadState.subscription,
            _UNREAD.label("unread_count"),
        )
    )


def state_of_row(row: Any) -> ReadingState:
    """The reading state in a row of `member_thread_page` or `READING_STATES`."""
    return ReadingState(row.last_read_number, row.unread_count, row.subscription)


async def reading_states(
    connection: AsyncConnection | AsyncSession, reader: User | None, thread_ids: list[int]
) -> dict[int, ReadingState]:
    """The reader's state of each thread (none for a visitor or an empty page)."""
    if reader is None or not thread_ids:
        return {}
    params = {"thread_ids": thread_ids, **reader_params(reader)}
    rows = await connection.execute(READING_STATES, params)
    return {row.id: state_of_row(row) for row in rows}


async def reading_state(
    session: AsyncSession, reader: User | None, thread_id: int
) -> ReadingState | None:
    """The reader's state of one thread (None for a visitor)."""
    if reader is None:
        return None
    return (await reading_states(session, reader, [thread_id])).get(thread_id, ReadingState())


# What a thread's author has when they start it: their first post read, watching.
NEW_THREAD_STATE = ReadingState(1, 0, SubscriptionLevel.watching.value)


async def _live_last_number(session: AsyncSession, thread_id: int) -> int:
    last_number = await session.scalar(
        select(Thread.last_number).where(Thread.id == thread_id, queries.LIVE_THREAD)
    )
    if last_number is None:
        raise NotFound(f"There is no thread {thread_id}.")
    return last_number


async def mark_read(session: AsyncSession, reader: User, thread_id: int, number: int) -> None:
    """Moves the reader's mark to `number` (clamped to the thread's last post) if that is
    further than where it is; never backwards. 404 for a thread missing or deleted."""
    number = min(number, await _live_last_number(session, thread_id))
    insert = dialect_insert(session)
    statement = insert(ThreadState).values(
        user_id=reader.id, thread_id=thread_id, last_read_number=number, updated_at=utcnow()
    )
    # The WHERE makes it conditional: an older position (or the same) writes nothing.
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ThreadState.user_id, ThreadState.thread_id],
            set_={
                "last_read_number": statement.excluded.last_read_number,
                "updated_at": statement.excluded.updated_at,
            },
            where=ThreadState.last_read_number < statement.excluded.last_read_number,
        )
    )


async def set_subscription(
    session: AsyncSession, reader: User, thread_id: int, level: SubscriptionLevel
) -> None:
    """Records the level the member chose for the thread (404 for a thread missing or
    deleted); choosing twice is choosing once."""
    await _live_last_number(session, thread_id)
    insert = dialect_insert(session)
    statement = insert(ThreadState).values(
        user_id=reader.id, thread_id=thread_id, subscription=level.value, updated_at=utcnow()
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ThreadState.user_id, ThreadState.thread_id],
            set_={
                "subscription": statement.excluded.subscription,
                "updated_at": statement.excluded.updated_at,
            },
        )
    )


async def watch_new_thread(session: AsyncSession, author: User, thread_id: int) -> None:
    """The author of a new thread watches it and has read its first post (their own)."""
    session.add(
        ThreadState(
            user_id=author.id,
            thread_id=thread_id,
            last_read_number=NEW_THREAD_STATE.last_read_number,
            subscription=NEW_THREAD_STATE.subscription,
            updated_at=utcnow(),
        )
    )
    await session.flush()


async def watch_on_reply(session: AsyncSession, author: User, thread_id: int) -> None:
    """A reply makes its author watch the thread, unless they chose a level for it already
    or prefer "normal" (`default_subscription`). Anonymous replies too: the row is the
    member's own and nobody else reads it."""
    if author.default_subscription != SubscriptionLevel.watching.value:
        return
    insert = dialect_insert(session)
    statement = insert(ThreadState).values(
        user_id=author.id,
        thread_id=thread_id,
        subscription=SubscriptionLevel.watching.value,
        updated_at=utcnow(),
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ThreadState.user_id, ThreadState.thread_id],
            set_={"subscription": statement.excluded.subscription},
            where=ThreadState.subscription.is_(None),
        )
    )
