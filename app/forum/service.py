"""Forum rules: categories, threads, posts, revisions and reactions.

Counters (`post_count`, `thread_count`, `last_post_at`, a thread's `last_number`) change by
atomic `UPDATE … SET x = x + 1 … RETURNING` in the transaction that writes the row they
count; a reply's `number` comes from that RETURNING, so concurrent replies never share one.

Deleting, restoring and moving are conditional: the state changes in an `UPDATE … WHERE
<old state>` (or on a row locked first, then read afresh), and only the request whose
statement changed it moves counters and writes the audit entry; a concurrent twin finds it
done and writes nothing. `village check-counters` (forum/counters.py) recounts every
counter from rows.

Rows are locked in one order, so concurrent writers wait for each other instead of
deadlocking: the thread, then the review-queue item, then the post, then categories by id,
then members by id. (On SQLite `FOR UPDATE` is not rendered: writers take turns anyway.)
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    and_,
    case,
    delete,
    false,
    func,
    not_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import joinedload

from app.accounts.blocks import blocked_among
from app.accounts.models import User
from app.config import Settings
from app.db import dialect_insert, one_statement, records, utcnow
from app.errors import Conflict, Forbidden, NotFound, ThreadLocked, UnprocessableEntity
from app.events import (
    Action,
    Audit,
    PostCreated,
    PostUpdated,
    Target,
    ThreadCreated,
    ThreadDeleted,
    ThreadUpdated,
    emit,
)
from app.events import PostDeleted as PostDeletedEvent
from app.forum import policy, queries, reading
from app.forum.annotations import load_my_flags
from app.forum.mentions import render_body
from app.forum.models import (
    Category,
    CategoryKind,
    Post,
    PostRevision,
    Reaction,
    ReactionKind,
    Thread,
)
from app.forum.schemas import (
    CategoryCreate,
    CategoryUpdate,
    PostCreate,
    PostView,
    ThreadCreate,
    ThreadSort,
    ThreadUpdate,
)
from app.pagination import decode_cursor, encode_cursor, keyset_page

NO_SYNC: dict[str, Any] = {"synchronize_session": False}


class CategorySlugTaken(Conflict):
    slug, title = "category-exists", "A category with this slug exists"
    advice = (
        "Another category or a local group already has this slug (slugs are unique across "
        "both). Choose another slug."
    )


class ThreadNotMovable(Conflict):
    slug, title = "thread-not-movable", "This thread cannot move to another category"
    advice = (
        "The thread belongs to a local group or to a meet-up, and stays there: only threads "
        "in forum categories move. Do not retry."
    )


class PostDeleted(Conflict):
    slug, title = "post-deleted", "This post has been deleted"
    advice = (
        "The post was deleted, so it can no longer be edited, reacted to or reported. Read "
        "the thread again to show it as deleted."
    )


class PostErased(Conflict):
    slug, title = "post-erased", "This post was erased"
    advice = (
        "Its author erased the post when they left the forum: nothing of it is kept, so it "
        "cannot be restored. Do not retry."
    )


class DuplicatePost(Conflict):
    slug, title = "duplicate-post", "You just posted this"
    advice = (
        "The same member posted the same body here (or the same title and body as a new "
        "thread) a few minutes ago: this looks like a double submit, and the first one "
        "stands. To post it again on purpose, change it a little or wait a few minutes; to "
        "retry safely after a lost answer, send an `Idempotency-Key`."
    )


class NewMemberLimit(Forbidden):
    slug, title = "new-member-limit", "New members have a few limits at first"
    advice = (
        "In a member's first hours the forum allows only a few threads and replies "
        "(`detail` says how many, and `GET /me` shows the limits and when they lift). Wait "
        "until then; do not retry before."
    )


class TooManyLinks(UnprocessableEntity):
    slug, title = "too-many-links", "Too many links for a new member"
    advice = (
        "In a member's first hours a post may carry only a few links (`detail` says how "
        "many). Keep the text and remove some links, or post it once the limit lifts."
    )


def posting_limits(settings: Settings) -> policy.PostingLimits:
    """The new-member and duplicate-post limits in force, from the settings."""
    return policy.PostingLimits(
        new_member_hours=settings.new_member_hours,
        max_threads=settings.new_member_max_threads,
        max_replies=settings.new_member_max_replies,
        max_links=settings.new_member_max_links,
        duplicate_window=timedelta(minutes=settings.duplicate_post_minutes),
    )


# Categories


# The forum's own categories: those of local groups and meet-ups (their `kind`) are listed,
# read and written through their own routes, never as categories.
FORUM_CATEGORY: ColumnElement[bool] = Category.kind == CategoryKind.forum.value


async def list_categories(session: AsyncSession) -> list[Category]:
    return list(
        await session.scalars(
            select(Category).where(FORUM_CATEGORY).order_by(Category.position, Category.id)
        )
    )


async def get_category(session: AsyncSession, slug: str) -> Category:
    category = await session.scalar(select(Category).where(Category.slug == slug, FORUM_CATEGORY))
    if category is None:
        raise NotFound(f"There is no category {slug!r}.")
    return category


async def get_group_category(session: AsyncSession, slug: str) -> Category | None:
    """The thread list of the local group `slug` (None when there is no such group)."""
    category: Category | None = await session.scalar(
        select(Category).where(Category.slug == slug, Category.kind == CategoryKind.group.value)
    )
    return category


async def create_unlisted_category(
    session: AsyncSession, slug: str, name: str, kind: CategoryKind, description: str = ""
) -> Category | None:
    """A category that GET /categories does not list (a local group's thread list, the
    meet-ups' discussions), or None when the slug is taken: slugs are unique across forum
    categories, groups and the meet-ups' category. One conditional INSERT (ON CONFLICT DO
    NOTHING), so of concurrent twins exactly one makes it."""
    insert = dialect_insert(session)
    category_id = await session.scalar(
        insert(Category)
        .values(
            slug=slug,
            name=name,
            description=description,
            position=0,
            kind=kind.value,
            thread_count=0,
            post_count=0,
            created_at=utcnow(),
        )
        .on_conflict_do_nothing()
        .returning(Category.id)
    )
    if category_id is None:
        return None
    return await session.get_one(Category, category_id)


async def create_category(session: AsyncSession, actor: User, data: CategoryCreate) -> Category:
    _require(policy.can_manage_categories(actor), "Only administrators can manage categories.")
    position = data.position
    if position is None:  # append after the last one
        position = (await session.scalar(select(func.max(Category.position))) or 0) + 1
    category = Category(
        slug=data.slug,
        name=data.name,
        description=data.description,
        position=position,
        thread_count=0,
        post_count=0,
    )
    session.add(category)
    await _flush_unique(session, CategorySlugTaken(f"The slug {data.slug!r} is taken."))
    await emit(session, actor, audit=Audit(Action.category_create, Target.category, category.id))
    return category


async def update_category(
    session: AsyncSession, actor: User, slug: str, data: CategoryUpdate
) -> Category:
    _require(policy.can_manage_categories(actor), "Only administrators can manage categories.")
    category = await get_category(session, slug)
    for name, value in data.model_dump(exclude_none=True).items():
        setattr(category, name, value)
    await _flush_unique(session, CategorySlugTaken(f"The slug {data.slug!r} is taken."))
    await emit(session, actor, audit=Audit(Action.category_update, Target.category, category.id))
    return category


# Threads


@dataclass(frozen=True)
class ThreadPage:
    threads: list[Row[Any]]
    next_cursor: str | None


async def list_threads(
    session: AsyncSession,
    *,
    category_slug: str | None,
    sort: ThreadSort,
    limit: int,
    cursor: str | None,
    reader: User | None = None,
    group_slug: str | None = None,
) -> ThreadPage:
    """A page of threads as rows of `queries.THREAD_ROWS`; for a signed-in `reader` with
    their reading state of each in the same statement (`reading.member_thread_page`). A
    local group's list (`group_slug`) is its category's, pinned threads first alike."""
    if category_slug is not None and group_slug is not None:
        raise UnprocessableEntity("Give a category or a group, not both.", loc=("query", "group"))
    in_category = category_slug is not None or group_slug is not None
    params: dict[str, Any] = {"limit": limit + 1}
    if category_slug is not None:
        params["category_id"] = (await get_category(session, category_slug)).id
    elif group_slug is not None:
        group_category = await get_group_category(session, group_slug)
        if group_category is None:
            raise NotFound(f"There is no group {group_slug!r}.")
        params["category_id"] = group_category.id
    columns = queries.thread_order(sort, in_category)
    if cursor is not None:
        shape = (bool, datetime, int) if in_category else (datetime, int)
        params |= queries.thread_cursor_params(columns, decode_cursor(cursor, shape))
    statement = queries.thread_page(sort, in_category, cursor is not None)
    if reader is not None:
        statement = reading.member_thread_page(sort, in_category, cursor is not None)
        params |= reading.reader_params(reader)
    # One statement (a category's list read its category first, in the request's transaction).
    async with one_statement(session) as connection:
        rows = records(await connection.execute(statement, params))
    threads, next_cursor = keyset_page(
        rows, limit, lambda row: tuple(getattr(row, column.key) for column in columns)
    )
    return ThreadPage(threads, next_cursor)


async def get_thread(session: AsyncSession, thread_id: int, *, lock: bool = False) -> Thread:
    """A thread that exists and is not deleted, with its author and category loaded;
    `lock` takes its row lock first and then reads it as the last writer left it."""
    statement = (
        select(Thread)
        .options(joinedload(Thread.author), joinedload(Thread.category))
        .where(Thread.id == thread_id, queries.LIVE_THREAD)
    )
    if lock:
        # Lock, then read in a statement of its own: a statement that waits for a lock
        # re-reads only the locked row, not the rows joined to it (the old category).
        if await lock_live_thread(session, thread_id) is None:
            raise NotFound(f"There is no thread {thread_id}.")
        statement = statement.execution_options(populate_existing=True)
    thread = await session.scalar(statement)
    if thread is None:
        raise NotFound(f"There is no thread {thread_id}.")
    return thread


async def lock_live_thread(session: AsyncSession, thread_id: int) -> int | None:
    """Takes the thread's row lock (first of all locks, see the module's docstring) and
    returns its category, or None when it has been deleted meanwhile."""
    category_id: int | None = await session.scalar(
        select(Thread.category_id)
        .where(Thread.id == thread_id, queries.LIVE_THREAD)
        .with_for_update(key_share=True)
    )
    return category_id


async def keep_thread_alive(session: AsyncSession, thread_id: int) -> bool:
    """Holds off the thread's deletion until this transaction ends (a key-share lock, which
    neither replies nor other holders wait for); False when it is deleted already."""
    held = await session.scalar(
        select(Thread.id)
        .where(Thread.id == thread_id, queries.LIVE_THREAD)
        .with_for_update(read=True, key_share=True)
    )
    return held is not None


async def create_thread(
    session: AsyncSession, actor: User, data: ThreadCreate, limits: policy.PostingLimits
) -> tuple[Thread, PostView]:
    category = await _new_thread_category(session, data)
    now = utcnow()
    body_html = await render_body(session, actor, data.body)
    if policy.is_new_member(actor, limits.new_member_hours, now):
        await _check_new_member(session, actor, limits, body_html, new_thread=True)
    await _refuse_duplicate(
        session, actor, limits, data.body, now, Thread.title == data.title, thread_id=None
    )
    return await _insert_thread(
        session,
        actor,
        category,
        data.title,
        data.body,
        body_html,
        now,
        anonymous=data.anonymous,
        content_warning=data.content_warning,
    )


async def create_linked_thread(
    session: AsyncSession, actor: User, category: Category, title: str, body: str
) -> tuple[Thread, PostView]:
    """A thread that another domain opens with a resource of its own (a meet-up's
    discussion) in a category it chose: named, counted, watched and announced like any
    thread, without the member limits of `create_thread` (the caller keeps its own)."""
    now = utcnow()
    body_html = await render_body(session, actor, body)
    return await _insert_thread(session, actor, category, title, body, body_html, now)


async def revise_linked_thread(
    session: AsyncSession,
    editor: User,
    thread_id: int,
    *,
    title: str | None = None,
    body: str | None = None,
) -> None:
    """The resource a thread was opened with changed (a meet-up edited): the thread takes
    its new `title`, its opening post its new `body`, the replaced body kept as a revision
    by `editor`. A deleted thread changes nothing. Locks the thread, then the post."""
    if await lock_live_thread(session, thread_id) is None:
        return
    if title is not None:
        renamed = await session.scalar(
            update(Thread)
            .where(Thread.id == thread_id, Thread.title != title)
            .values(title=title)
            .returning(Thread.id)
            .execution_options(**NO_SYNC)
        )
        if renamed is not None:
            await emit(session, editor, ThreadUpdated(thread_id=thread_id, changed=["title"]))
    if body is None:
        return
    post = await session.scalar(
        select(Post)
        .where(Post.thread_id == thread_id, Post.number == 1)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    )
    if post is None or post.body == body:
        return
    revisions = await session.scalar(
        select(func.max(PostRevision.number)).where(PostRevision.post_id == post.id)
    )
    now = utcnow()
    session.add(
        PostRevision(
            post_id=post.id,
            number=(revisions or 0) + 1,
            body=post.body,
            editor_id=editor.id,
            created_at=now,
        )
    )
    post.body = body
    post.body_html = await render_body(session, editor, body)
    post.edited_at = now
    await session.flush()
    await emit(session, editor, PostUpdated(thread_id=thread_id, post_id=post.id))


async def _insert_thread(
    session: AsyncSession,
    actor: User,
    category: Category,
    title: str,
    body: str,
    body_html: str,
    now: datetime,
    *,
    anonymous: bool = False,
    content_warning: str | None = None,
) -> tuple[Thread, PostView]:
    thread = Thread(
        category_id=category.id,
        author_id=actor.id,
        anonymous=anonymous,
        title=title,
        content_warning=content_warning,
        created_at=now,
        last_post_at=now,
        post_count=1,
        last_number=1,
        is_pinned=False,
        is_locked=False,
        is_deleted=False,
        anonymous_count=0,
    )
    session.add(thread)
    await session.flush()
    # An anonymous thread's first post is its original poster's: pseudonym 0.
    ordinal = ORIGINAL_POSTER if anonymous else None
    post = _new_post(thread.id, 1, actor, body, body_html, ordinal, None, now)
    session.add(post)
    await session.execute(
        update(Category)
        .where(Category.id == category.id)
        .values(
            thread_count=Category.thread_count + 1,
            post_count=Category.post_count + 1,
            last_post_at=_latest(Category.last_post_at, now),
        )
        .execution_options(**NO_SYNC)
    )
    await count_public_post(session, actor.id, anonymous, +1)
    await session.flush()
    await reading.watch_new_thread(session, actor, thread.id)  # authors watch their threads
    await emit(
        session,
        actor,
        ThreadCreated(thread_id=thread.id, category_id=category.id, first_post_id=post.id),
    )
    await emit(session, actor, PostCreated(thread_id=thread.id, post_id=post.id, number=1))
    thread.category = category
    thread.author = actor
    post.author = actor
    return thread, PostView(post)


async def update_thread(
    session: AsyncSession, actor: User, thread_id: int, data: ThreadUpdate
) -> Thread:
    """Renames, pins, locks or moves a thread. Its row is locked before it is read, so each
    change is decided on its current state: of concurrent identical requests the first
    changes it (and logs it) and the others find nothing left to change."""
    thread = await get_thread(session, thread_id, lock=True)
    _require(
        policy.can_rename_thread(actor, thread),
        "Only the author or a moderator can change this thread.",
    )
    changed: list[str] = []
    if data.title is not None and data.title != thread.title:
        if not policy.is_author(actor, thread.author_id):
            rename = Audit(Action.thread_rename, Target.thread, thread.id, data.title)
            await emit(session, actor, audit=rename)
        thread.title = data.title
        changed.append("title")
    moderator_fields = {
        name: value
        for name, value in data.model_dump(exclude_none=True).items()
        if name in ("category", "is_pinned", "is_locked")
    }
    if moderator_fields:
        _require(
            policy.can_moderate_threads(actor), "Only moderators can move, pin or lock threads."
        )
    if data.is_pinned is not None and data.is_pinned != thread.is_pinned:
        thread.is_pinned = data.is_pinned
        action = Action.thread_pin if data.is_pinned else Action.thread_unpin
        await emit(session, actor, audit=Audit(action, Target.thread, thread.id))
        changed.append("is_pinned")
    if data.is_locked is not None and data.is_locked != thread.is_locked:
        thread.is_locked = data.is_locked
        action = Action.thread_lock if data.is_locked else Action.thread_unlock
        await emit(session, actor, audit=Audit(action, Target.thread, thread.id))
        changed.append("is_locked")
    if data.category is not None and data.category != thread.category.slug:
        if thread.category.kind != CategoryKind.forum.value:
            raise ThreadNotMovable(
                "This thread belongs to a local group or a meet-up; it stays where it is."
            )
        source = thread.category.slug
        await _move_thread(session, thread, await _category_for_write(session, data.category))
        move = Audit(Action.thread_move, Target.thread, thread.id, f"{source} → {data.category}")
        await emit(session, actor, audit=move)
        changed.append("category")
    await session.flush()
    if changed:
        await emit(session, actor, ThreadUpdated(thread_id=thread.id, changed=changed))
    return thread


async def _move_thread(session: AsyncSession, thread: Thread, target: Category) -> None:
    """Moves a thread whose row the caller has locked; the two categories are updated in
    id order, so moves in opposite directions do not deadlock."""
    source_id = thread.category_id
    shifts = {source_id: (-1, -thread.post_count), target.id: (+1, thread.post_count)}
    for category_id in sorted(shifts):
        await shift_category_counts(session, category_id, *shifts[category_id])
    thread.category_id = target.id
    thread.category = target
    await session.flush()
    for category_id in sorted(shifts):
        await _recompute_category_last_post(session, category_id)


async def delete_thread(session: AsyncSession, actor: User, thread_id: int) -> None:
    """Soft delete: the thread and its posts disappear from every list and page.

    A thread already deleted when this request looks is 404; one deleted by a concurrent
    request after it looked is done already (204), and this request writes nothing."""
    _require(policy.can_moderate_threads(actor), "Only moderators can delete threads.")
    await get_thread(session, thread_id)
    # The strong lock (not `lock_live_thread`'s) also waits for `keep_thread_alive` holders.
    await session.execute(select(Thread.id).where(Thread.id == thread_id).with_for_update())
    deleted = (
        await session.execute(
            update(Thread)
            .where(Thread.id == thread_id, queries.LIVE_THREAD)
            .values(is_deleted=True)
            .returning(Thread.category_id, Thread.post_count)
            .execution_options(**NO_SYNC)
        )
    ).first()
    if deleted is None:
        return
    category_id, post_count = deleted
    # Moderation closes the open reports in the thread, in response (moderation/handlers.py).
    await emit(
        session,
        actor,
        ThreadDeleted(thread_id=thread_id),
        audit=Audit(Action.thread_delete, Target.thread, thread_id),
    )
    await shift_category_counts(session, category_id, -1, -post_count)
    await _shift_member_counts(session, thread_id, -1)
    await _recompute_category_last_post(session, category_id)


async def restore_thread(session: AsyncSession, actor: User, thread_id: int) -> Thread:
    """Undoes `delete_thread`: the thread and the posts that were standing in it count again
    in its category and for their authors. Restoring a thread that is not deleted changes
    nothing; of concurrent restores the first acts and the others find it done. The reports
    its delete upheld stay upheld."""
    _require(policy.can_restore(actor), "Only moderators can restore threads.")
    # The strong lock, as a delete takes it: a restore and a delete take turns.
    locked = await session.scalar(select(Thread.id).where(Thread.id == thread_id).with_for_update())
    if locked is None:
        raise NotFound(f"There is no thread {thread_id}.")
    restored = (
        await session.execute(
            update(Thread)
            .where(Thread.id == thread_id, Thread.is_deleted == true())
            .values(is_deleted=False)
            .returning(Thread.category_id, Thread.post_count)
            .execution_options(**NO_SYNC)
        )
    ).first()
    if restored is not None:
        category_id, post_count = restored
        await emit(
            session,
            actor,
            ThreadUpdated(thread_id=thread_id, changed=["is_deleted"]),
            audit=Audit(Action.thread_restore, Target.thread, thread_id),
        )
        await shift_category_counts(session, category_id, +1, +post_count)
        await _shift_member_counts(session, thread_id, +1)
        await _recompute_category_last_post(session, category_id)
    return await get_thread(session, thread_id)


async def _shift_member_counts(session: AsyncSession, thread_id: int, sign: int) -> None:
    """Members' public post counts lose (-1) or regain (+1) their posts standing in a thread
    that is deleted or restored; members are updated in id order (the lock order)."""
    standing = (
        select(Post.author_id, func.count().label("n"))
        .where(Post.thread_id == thread_id, Post.is_deleted == false(), Post.anonymous == false())
        .group_by(Post.author_id)
        .order_by(Post.author_id)
    )
    for author_id, count in (await session.execute(standing)).all():
        await session.execute(
            update(User)
            .where(User.id == author_id)
            .values(post_count=User.post_count + sign * count)
            .execution_options(**NO_SYNC)
        )


async def _category_for_write(session: AsyncSession, slug: str) -> Category:
    """A forum category named in a body (a group's is not one: it is named as `group`); an
    unknown one is 404, as every missing resource is."""
    category = await session.scalar(select(Category).where(Category.slug == slug, FORUM_CATEGORY))
    if category is None:
        raise NotFound(f"There is no category {slug!r}.")
    return category


async def _new_thread_category(session: AsyncSession, data: ThreadCreate) -> Category:
    """Where a new thread goes: the forum category `category` or the local group `group`'s
    thread list (any signed-in member may post there), exactly one of the two given."""
    given = data.model_fields_set
    if "category" in given and "group" in given:
        raise UnprocessableEntity("Give a category or a group, not both.", loc=("body", "group"))
    if data.group is not None:
        category = await get_group_category(session, data.group)
        if category is None:
            raise UnprocessableEntity(f"There is no group {data.group!r}.", loc=("body", "group"))
        return category
    if data.category is None:
        raise UnprocessableEntity(
            "Give the thread a category (or a group).", loc=("body", "category")
        )
    return await _category_for_write(session, data.category)


async def shift_category_counts(
    session: AsyncSession, category_id: int, threads: int, posts: int
) -> None:
    await session.execute(
        update(Category)
        .where(Category.id == category_id)
        .values(
            thread_count=Category.thread_count + threads, post_count=Category.post_count + posts
        )
        .execution_options(**NO_SYNC)
    )


async def _recompute_category_last_post(session: AsyncSession, category_id: int) -> None:
    latest = (
        select(func.max(Thread.last_post_at))
        .where(Thread.category_id == category_id, queries.LIVE_THREAD)
        .scalar_subquery()
    )
    await session.execute(
        update(Category)
        .where(Category.id == category_id)
        .values(last_post_at=latest)
        .execution_options(**NO_SYNC)
    )


async def count_public_post(
    session: AsyncSession, author_id: int, anonymous: bool, delta: int
) -> None:
    """A member's public `post_count`; anonymous posts never count, so it cannot unmask them."""
    if anonymous:
        return
    await session.execute(
        update(User)
        .where(User.id == author_id)
        .values(post_count=User.post_count + delta)
        .execution_options(**NO_SYNC)
    )


# Posts


@dataclass(frozen=True)
class PostPage:
    views: list[PostView]
    next_cursor: str | None


# The anonymous ordinal of an anonymous thread's original poster ("Anonymous (original
# poster)"); other anonymous authors are numbered from 1 (`_pseudonym`).
ORIGINAL_POSTER = 0


def _new_post(
    thread_id: int,
    number: int,
    author: User,
    body: str,
    body_html: str,
    anonymous_ordinal: int | None,
    reply_to_id: int | None,
    now: datetime,
) -> Post:
    """A new post; anonymous exactly when it has a pseudonym (`anonymous_ordinal`)."""
    return Post(
        thread_id=thread_id,
        number=number,
        author_id=author.id,
        anonymous=anonymous_ordinal is not None,
        anonymous_ordinal=anonymous_ordinal,
        body=body,
        body_html=body_html,
        reply_to_id=reply_to_id,
        created_at=now,
        is_hidden=False,
        hidden_by_flags=False,
        is_deleted=False,
    )


async def _pseudonym(session: AsyncSession, thread: Thread, author: User) -> int:
    """The author's anonymous ordinal in the thread: 0 for the original poster of an
    anonymous thread, the one they already have there, or else the thread's next number.

    The caller holds the thread's row lock (its reply's UPDATE of the thread took it), so
    two members' first anonymous replies take turns: the second reads the count the first
    raised, and a member's second reply finds the first's ordinal, committed meanwhile (each
    statement reads afresh). Numbers are never shared or skipped."""
    if policy.replies_anonymously(author, thread):
        return ORIGINAL_POSTER
    held = await session.scalar(
        select(Post.anonymous_ordinal)
        .where(
            Post.thread_id == thread.id,
            Post.author_id == author.id,
            Post.anonymous_ordinal.is_not(None),
        )
        .limit(1)
    )
    if held is not None:
        return held
    counted = await session.execute(
        update(Thread)
        .where(Thread.id == thread.id)
        .values(anonymous_count=Thread.anonymous_count + 1)
        .returning(Thread.anonymous_count)
        .execution_options(**NO_SYNC)
    )
    ordinal: int = counted.scalar_one()
    return ordinal


async def list_posts(
    session: AsyncSession,
    viewer: User | None,
    thread_id: int,
    limit: int,
    cursor: str | None,
    *,
    from_number: int | None = None,
    before_number: int | None = None,
) -> PostPage:
    """A page of posts by number in at most four statements whatever its size: the posts
    with authors and reply numbers (which checks the thread), reaction counts, and for a
    signed-in viewer their own reactions and reports. An empty page asks whether the thread
    is there at all.

    Where it starts, by `number` from the (thread_id, number) index, never OFFSET: after the
    cursor's post, at `from_number` (a jump), or the `limit` posts before `before_number`
    (earlier posts above a jump, still in ascending order). `next_cursor` always continues
    after the page's last post."""
    params: dict[str, Any] = {"thread_id": thread_id, "limit": limit + 1}
    statement = queries.POST_PAGE
    if cursor is not None:
        (params["after"],) = decode_cursor(cursor, (int,))
        statement = queries.POST_PAGE_AFTER
    elif from_number is not None:
        params["after"] = from_number - 1
        statement = queries.POST_PAGE_AFTER
    elif before_number is not None:
        params |= {"before": before_number, "limit": limit}
        views = await _post_views(session, viewer, queries.POST_PAGE_BEFORE, params)
        if not views and await session.scalar(queries.THREAD_IS_LIVE, params) is None:
            raise NotFound(f"There is no thread {thread_id}.")
        views.reverse()
        last = views[-1].post.number if views else None
        return PostPage(views, encode_cursor(last) if last is not None else None)
    views = await _post_views(session, viewer, statement, params)
    if not views and await session.scalar(queries.THREAD_IS_LIVE, params) is None:
        raise NotFound(f"There is no thread {thread_id}.")
    return PostPage(*keyset_page(views, limit, lambda view: (view.post.number,)))


async def _post_views(
    session: AsyncSession,
    viewer: User | None,
    statement: queries.RowSelect,
    params: dict[str, Any] | None = None,
) -> list[PostView]:
    """Posts (a select from `queries.POST_ROWS`) with their reactions. A visitor's page is
    that one statement (`one_statement`: no transaction needed); a member's adds their own
    reactions, reports and blocks, read in the request's transaction."""
    if viewer is None:
        async with one_statement(session) as connection:
            rows = records(await connection.execute(statement, params))
        return [_post_view(row) for row in rows]
    connection = await session.connection()
    rows = records(await connection.execute(statement, params))
    views = [_post_view(row) for row in rows]
    await _attach_my_reactions(connection, viewer, views)
    await _attach_my_flags(connection, viewer, views)
    await _attach_blocked_authors(connection, viewer, views)
    return views


_REACTION_COUNTS = operator.attrgetter(*queries.REACTION_COLUMNS)  # the five in one call


def _post_view(row: Any) -> PostView:
    """A row of `queries.POST_ROWS` as a view, its reaction counts from the row's columns."""
    counts = _REACTION_COUNTS(row)
    reactions = {kind: n for kind, n in zip(queries.REACTION_KINDS, counts, strict=True) if n}
    return PostView(row, row.reply_to_number, reactions)


async def _attach_blocked_authors(
    connection: AsyncConnection, viewer: User, views: list[PostView]
) -> None:
    """`is_blocked_author` in one statement for the page. Anonymous posts are never asked
    about: collapsing one would tell the viewer who wrote it."""
    named = {view.post.author_id for view in views if not view.post.anonymous}
    blocked = await blocked_among(connection, viewer.id, named)
    for view in views:
        view.is_blocked_author = not view.post.anonymous and view.post.author_id in blocked


async def _attach_reactions(
    connection: AsyncConnection, viewer: User | None, views: list[PostView]
) -> None:
    by_id = {view.post.id: view for view in views}
    if not by_id:
        return
    params: dict[str, Any] = {"post_ids": list(by_id)}
    for post_id, kind, count in await connection.execute(queries.REACTION_COUNTS, params):
        by_id[post_id].reactions[kind] = count
    if viewer is not None:
        await _attach_my_reactions(connection, viewer, views)


async def _attach_my_reactions(
    connection: AsyncConnection, viewer: User, views: list[PostView]
) -> None:
    by_id = {view.post.id: view for view in views}
    if not by_id:
        return
    params = {"post_ids": list(by_id), "user_id": viewer.id}
    for post_id, kind in await connection.execute(queries.MY_REACTIONS, params):
        by_id[post_id].my_reactions.append(kind)


async def _attach_my_flags(
    connection: AsyncConnection, viewer: User, views: list[PostView]
) -> None:
    """The viewer's own report on each post, from the domain that keeps reports (the forum
    does not know it: forum/annotations.py)."""
    if not views:
        return
    flags = await load_my_flags(connection, viewer, [view.post.id for view in views])
    for view in views:
        view.my_flag = flags.get(view.post.id)


async def post_views_by_id(
    session: AsyncSession, viewer: User | None, post_ids: list[int]
) -> dict[int, PostView]:
    """Several posts at once (for the moderation queue), in a bounded number of statements."""
    if not post_ids:
        return {}
    views = await _post_views(session, viewer, queries.POST_ROWS.where(Post.id.in_(post_ids)))
    return {view.post.id: view for view in views}


async def get_post_view(session: AsyncSession, viewer: User | None, post_id: int) -> PostView:
    """A post in a thread that is not deleted (a deleted post keeps its place, emptied)."""
    views = await _post_views(
        session,
        viewer,
        queries.POST_ROWS.where(Post.id == post_id, Post.thread_id.in_(queries.LIVE_THREAD_IDS)),
    )
    if not views:
        raise NotFound(f"There is no post {post_id}.")
    return views[0]


async def get_post_for_write(
    session: AsyncSession, post_id: int, *, lock: bool = False
) -> tuple[Post, Thread]:
    """A post in a thread that is not deleted; `lock` takes the post's row lock first and
    then reads it as the last writer left it (not the thread's: callers that change
    counters lock the thread first, with `lock_live_thread`)."""
    statement = (
        select(Post, Thread)
        .join(Thread, Thread.id == Post.thread_id)
        .where(Post.id == post_id, queries.LIVE_THREAD)
    )
    if lock:
        await session.execute(
            select(Post.id).where(Post.id == post_id).with_for_update(key_share=True)
        )
        statement = statement.execution_options(populate_existing=True)
    row = (await session.execute(statement)).first()
    if row is None:
        raise NotFound(f"There is no post {post_id}.")
    return row[0], row[1]


async def create_post(
    session: AsyncSession,
    actor: User,
    thread_id: int,
    data: PostCreate,
    limits: policy.PostingLimits,
) -> PostView:
    thread = await get_thread(session, thread_id)
    if not policy.can_reply(actor, thread):
        raise ThreadLocked("This thread is locked, so no new replies can be added.")
    anonymous = (
        data.anonymous if data.anonymous is not None else policy.replies_anonymously(actor, thread)
    )
    now = utcnow()
    body_html = await render_body(session, actor, data.body)
    if policy.is_new_member(actor, limits.new_member_hours, now):
        await _check_new_member(session, actor, limits, body_html, new_thread=False)
    await _refuse_duplicate(session, actor, limits, data.body, now, None, thread_id=thread_id)
    reply_to_number = None
    if data.reply_to is not None:
        reply_to_number = await session.scalar(
            select(Post.number).where(Post.id == data.reply_to, Post.thread_id == thread_id)
        )
        if reply_to_number is None:
            raise UnprocessableEntity(
                f"Post {data.reply_to} is not in this thread.", loc=("body", "reply_to")
            )
    # Conditional: a thread deleted meanwhile takes no reply. The category comes from this
    # statement too, as a move may have committed since the thread was read.
    counted = (
        await session.execute(
            update(Thread)
            .where(Thread.id == thread_id, queries.LIVE_THREAD)
            .values(
                last_number=Thread.last_number + 1,
                post_count=Thread.post_count + 1,
                last_post_at=_latest(Thread.last_post_at, now),
            )
            .returning(Thread.last_number, Thread.category_id)
            .execution_options(**NO_SYNC)
        )
    ).first()
    if counted is None:
        raise NotFound(f"There is no thread {thread_id}.")
    number, category_id = counted
    # After the UPDATE above, which holds the thread's row lock (see `_pseudonym`).
    ordinal = await _pseudonym(session, thread, actor) if anonymous else None
    post = _new_post(thread_id, number, actor, data.body, body_html, ordinal, data.reply_to, now)
    session.add(post)
    await session.execute(
        update(Category)
        .where(Category.id == category_id)
        .values(
            post_count=Category.post_count + 1, last_post_at=_latest(Category.last_post_at, now)
        )
        .execution_options(**NO_SYNC)
    )
    await count_public_post(session, actor.id, anonymous, +1)
    await session.flush()
    await reading.watch_on_reply(session, actor, thread_id)
    await emit(session, actor, PostCreated(thread_id=thread_id, post_id=post.id, number=number))
    post.author = actor
    return PostView(post, reply_to_number)


async def edit_post(
    session: AsyncSession, actor: User, post_id: int, body: str, limits: policy.PostingLimits
) -> PostView:
    """Concurrent edits of one post take turns on its row lock: each keeps the body it
    replaced as the next revision, so the history is one unbroken chain."""
    post, thread = await get_post_for_write(session, post_id, lock=True)
    _require(policy.can_edit_post(actor, post), "Only the author or a moderator can edit this.")
    if post.is_deleted:
        raise PostDeleted("A deleted post cannot be edited.")
    if not policy.can_reply(actor, thread):
        raise ThreadLocked("This thread is locked, so its posts cannot be edited.")
    if body != post.body:
        body_html = await render_body(session, actor, body)
        if policy.is_new_member(actor, limits.new_member_hours, utcnow()):
            _check_links(limits, body_html)  # an edit cannot add what a new post could not
        revisions = await session.scalar(
            select(func.max(PostRevision.number)).where(PostRevision.post_id == post.id)
        )
        session.add(
            PostRevision(
                post_id=post.id,
                number=(revisions or 0) + 1,
                body=post.body,
                editor_id=actor.id,
                created_at=utcnow(),
            )
        )
        post.body = body
        post.body_html = body_html
        post.edited_at = utcnow()
        by_author = policy.is_author(actor, post.author_id)
        await emit(
            session,
            actor,
            PostUpdated(thread_id=thread.id, post_id=post.id),
            audit=None if by_author else Audit(Action.post_edit, Target.post, post.id),
        )
        await session.flush()
    return await get_post_view(session, actor, post.id)


async def delete_post(
    session: AsyncSession, actor: User, post_id: int, reason: str | None = None
) -> None:
    """Soft delete: the post keeps its number and place; its body is no longer shown.

    Deleting a deleted post, or one whose thread a concurrent request deleted, changes
    nothing (204). The thread's row is locked before the post's, so a post delete and its
    thread's delete take turns and subtract each post once."""
    post, thread = await get_post_for_write(session, post_id)
    _require(policy.can_delete_post(actor, post), "Only the author or a moderator can delete this.")
    if post.is_deleted:
        return
    category_id = await lock_live_thread(session, thread.id)
    if category_id is None:
        return
    deleted = (
        await session.execute(
            update(Post)
            .where(Post.id == post.id, Post.is_deleted == false())
            .values(is_deleted=True, deleted_at=utcnow())
            .returning(Post.author_id, Post.anonymous)
            .execution_options(**NO_SYNC)
        )
    ).first()
    if deleted is None:
        return
    author_id, anonymous = deleted
    # Moderation closes the open reports on the post, in response (moderation/handlers.py).
    by_author = policy.is_author(actor, author_id)
    await emit(
        session,
        actor,
        PostDeletedEvent(
            thread_id=thread.id, post_id=post.id, reason=None if by_author else reason
        ),
        audit=None if by_author else Audit(Action.post_delete, Target.post, post.id),
    )
    await session.execute(
        update(Thread)
        .where(Thread.id == thread.id)
        .values(post_count=Thread.post_count - 1)
        .execution_options(**NO_SYNC)
    )
    await shift_category_counts(session, category_id, 0, -1)
    await count_public_post(session, author_id, anonymous, -1)
    await session.flush()


async def restore_post(session: AsyncSession, actor: User, post_id: int) -> PostView:
    """Undoes `delete_post`: the post shows its body again and counts again in its thread,
    its category and (named) for its author. Restoring a post that is not deleted changes
    nothing; of concurrent restores the first acts and the others find it done. A post in a
    deleted thread is gone with it (404): restore the thread. Locks as `delete_post` does,
    the thread's row first."""
    _require(policy.can_restore(actor), "Only moderators can restore posts.")
    post, thread = await get_post_for_write(session, post_id)
    if post.is_deleted:
        if post.body == "":  # emptied when its author left and asked for their posts erased
            raise PostErased("Its author erased this post when they left; it cannot come back.")
        category_id = await lock_live_thread(session, thread.id)
        if category_id is None:
            raise NotFound(f"There is no post {post_id}.")
        await _restore_post(session, actor, post.id, thread.id, category_id)
    return await get_post_view(session, actor, post_id)


async def _restore_post(
    session: AsyncSession, actor: User, post_id: int, thread_id: int, category_id: int
) -> None:
    restored = (
        await session.execute(
            update(Post)
            .where(Post.id == post_id, Post.is_deleted == true())
            .values(is_deleted=False, deleted_at=None)
            .returning(Post.author_id, Post.anonymous)
            .execution_options(**NO_SYNC)
        )
    ).first()
    if restored is None:  # a concurrent restore did it
        return
    author_id, anonymous = restored
    await emit(
        session,
        actor,
        PostUpdated(thread_id=thread_id, post_id=post_id, restored=True),
        audit=Audit(Action.post_restore, Target.post, post_id),
    )
    # A delete leaves the thread's `last_post_at` as it was, so it is still right.
    await session.execute(
        update(Thread)
        .where(Thread.id == thread_id)
        .values(post_count=Thread.post_count + 1)
        .execution_options(**NO_SYNC)
    )
    await shift_category_counts(session, category_id, 0, +1)
    await count_public_post(session, author_id, anonymous, +1)
    await session.flush()


async def hide_post(
    session: AsyncSession, post_id: int, reason: str, *, by_reports: bool = False
) -> bool:
    """Hides the post; True when this changed it (the caller then emits and logs). Hiding
    by members' reports only hides a visible post, so of concurrent reports exactly one
    does; a moderator's hand also re-hides one hidden by reports or for another reason."""
    if by_reports:
        condition = Post.is_hidden == false()
    else:
        condition = not_(
            and_(
                Post.is_hidden == true(),
                Post.hidden_by_flags == false(),
                Post.hidden_reason.is_not_distinct_from(reason),
            )
        )
    return await _set_hidden(session, post_id, condition, True, reason, by_reports)


async def unhide_post(
    session: AsyncSession, post_id: int, *, only_by_reports: bool = False
) -> bool:
    """Shows a hidden post again (`only_by_reports`: only if reports hid it); True when
    this changed it."""
    condition = Post.hidden_by_flags == true() if only_by_reports else Post.is_hidden == true()
    return await _set_hidden(session, post_id, condition, False, None, False)


async def _set_hidden(
    session: AsyncSession,
    post_id: int,
    condition: ColumnElement[bool],
    hidden: bool,
    reason: str | None,
    by_reports: bool,
) -> bool:
    changed = await session.scalar(
        update(Post)
        .where(Post.id == post_id, condition)
        .values(is_hidden=hidden, hidden_reason=reason, hidden_by_flags=by_reports)
        .returning(Post.id)
        .execution_options(**NO_SYNC)
    )
    return changed is not None


async def list_revisions(session: AsyncSession, actor: User, post_id: int) -> list[PostRevision]:
    post, _ = await get_post_for_write(session, post_id)
    _require(
        policy.can_view_revisions(actor, post),
        "Only the author or a moderator can see a post's earlier versions.",
    )
    return list(
        await session.scalars(
            select(PostRevision)
            .options(joinedload(PostRevision.editor))
            .where(PostRevision.post_id == post.id)
            .order_by(PostRevision.number)
        )
    )


async def set_reaction(
    session: AsyncSession, actor: User, post_id: int, kind: ReactionKind, present: bool
) -> PostView:
    """Adds or removes the actor's reaction; doing it twice changes nothing (idempotent).
    Returns the post with its reactions as they are now, so a client need not read it again."""
    post, _ = await get_post_for_write(session, post_id)
    if present and post.is_deleted:
        raise PostDeleted("A deleted post cannot be reacted to.")
    if present:
        values = {
            "post_id": post.id,
            "user_id": actor.id,
            "kind": kind.value,
            "created_at": utcnow(),
        }
        insert = dialect_insert(session)
        await session.execute(insert(Reaction).values(**values).on_conflict_do_nothing())
    else:
        await session.execute(
            delete(Reaction).where(
                and_(
                    Reaction.post_id == post.id,
                    Reaction.user_id == actor.id,
                    Reaction.kind == kind.value,
                )
            )
        )
    view = PostView(post)
    await _attach_reactions(await session.connection(), actor, [view])
    return view


# New members and duplicates


async def _check_new_member(
    session: AsyncSession,
    actor: User,
    limits: policy.PostingLimits,
    body_html: str,
    *,
    new_thread: bool,
) -> None:
    _check_links(limits, body_html)
    if new_thread:
        made = await session.scalar(
            select(func.count()).select_from(Thread).where(Thread.author_id == actor.id)
        )
        allowed, what = limits.max_threads, "threads"
    else:
        made = await session.scalar(
            select(func.count())
            .select_from(Post)
            .where(Post.author_id == actor.id, Post.number > 1)
        )
        allowed, what = limits.max_replies, "replies"
    if (made or 0) >= allowed:
        raise NewMemberLimit(
            f"In your first {limits.new_member_hours} hours you can post up to {allowed} "
            f"{what}. Thank you for joining: this limit lifts soon."
        )


def _check_links(limits: policy.PostingLimits, body_html: str) -> None:
    links = body_html.count("<a ")
    if links > limits.max_links:
        raise TooManyLinks(
            f"In your first {limits.new_member_hours} hours a post may have at most "
            f"{limits.max_links} links (this one has {links}).",
            loc=("body", "body"),
        )


async def _refuse_duplicate(
    session: AsyncSession,
    actor: User,
    limits: policy.PostingLimits,
    body: str,
    now: datetime,
    same_title: ColumnElement[bool] | None,
    *,
    thread_id: int | None,
) -> None:
    """The same body by the same member in the same thread (or, for a new thread, the same
    title and body) within a few minutes is a double submit, not a second post."""
    conditions = [
        Post.author_id == actor.id,
        Post.created_at > now - limits.duplicate_window,
        Post.body == body,
        Post.is_deleted == false(),
    ]
    statement = select(Post.id).where(*conditions).limit(1)
    if thread_id is not None:
        statement = statement.where(Post.thread_id == thread_id)
    if same_title is not None:
        statement = statement.join(Thread, Thread.id == Post.thread_id).where(
            same_title, Post.number == 1, queries.LIVE_THREAD
        )
    if await session.scalar(statement) is not None:
        raise DuplicatePost(
            "You posted exactly this a moment ago. If you meant to post it again, change it "
            "a little or wait a few minutes."
        )


# Helpers


def _latest(column: Any, now: datetime) -> Any:
    """`last_post_at` never moves backwards: concurrent writers take `now` before they wait
    for the row lock, so the last to commit may carry the older time."""
    return case((column > now, column), else_=now)


def _require(allowed: bool, detail: str) -> None:
    if not allowed:
        raise Forbidden(detail)


async def _flush_unique(session: AsyncSession, problem: Conflict) -> None:
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise problem from exc
