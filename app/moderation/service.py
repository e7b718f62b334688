"""Moderation rules: flags and auto-hide, the review queue, moderator actions on posts and
members, warnings, notes, and reading the audit log. Every action writes its audit entries
(through `emit`) in its own transaction, and every one checks its permission here
(moderation/policy.py), whoever calls it.

Hiding, un-hiding and resolving are conditional state changes (`UPDATE … WHERE <old state>`):
only the request that changed the state logs it, so concurrent identical requests leave
one entry. Row locks follow the forum's order (forum/service.py): the thread, then the
queue item, then the post."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, case, delete, func, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from app.accounts import service as accounts_service
from app.accounts.leaving import DELETED_NAME
from app.accounts.models import User
from app.accounts.policy import is_suspended
from app.config import Settings
from app.db import dialect_insert, utcnow
from app.errors import Conflict, Forbidden, NotFound, UnprocessableEntity
from app.events import (
    Action,
    Audit,
    AuditEntry,
    FlagCreated,
    FlagResolved,
    PostHidden,
    PostUnhidden,
    Target,
    UserSuspended,
    UserUnsuspended,
    emit,
)
from app.events.audit import AuditAction, AuditTarget
from app.forum import policy as forum_policy
from app.forum import service as forum_service
from app.forum.models import Category, Post, Thread
from app.forum.schemas import PostView
from app.moderation import policy
from app.moderation.models import (
    NORMAL_PRIORITY,
    SAFETY_PRIORITY,
    Flag,
    FlagReason,
    FlagStatus,
    ModeratorNote,
    QueueItem,
    Warning,
)
from app.moderation.schemas import FlagCreate, ResolveAction
from app.pagination import decode_cursor, keyset_page


class AlreadyFlagged(Conflict):
    slug, title = "already-flagged", "You have already reported this post"
    advice = (
        "Your earlier report on this post is still open: a moderator will review it. Show "
        "it as reported (`my_flag` on the post) rather than offering to report it again."
    )


class NothingToResolve(Conflict):
    slug, title = "nothing-to-resolve", "This post has no open reports"
    advice = (
        "The post is not in the review queue: another moderator (or the post's deletion) "
        "has already resolved its reports. Drop it from your list and read the queue again."
    )


class ClaimedByAnother(Conflict):
    slug, title = "claimed", "Another moderator is working on this"
    advice = (
        "Another moderator has claimed this queue item; `detail` names them. Only they can "
        "resolve or release it: skip it, or ask them. Claim an item before reviewing it so "
        "that no two moderators review the same post."
    )


class OutOfRank(Forbidden):
    slug, title = "out-of-rank", "You cannot do this to that member"
    advice = (
        "Moderators suspend and warn members; administrators also moderators; nobody "
        "themselves. Do not retry: ask an administrator if the action is needed."
    )


MODERATORS_ONLY = "Only moderators can do this."


def _require(allowed: bool, detail: str = MODERATORS_ONLY) -> None:
    if not allowed:
        raise Forbidden(detail)


@dataclass(frozen=True)
class AutoHideRule:
    """Members' reports hide a post at `threshold` open flags; a new member's post, and any
    anonymous post, already at `new_member_spam_flags` spam flags."""

    threshold: int  # open flags from distinct members
    new_member_spam_flags: int  # spam flags that hide a new member's post at once
    new_member_hours: int

    @classmethod
    def from_settings(cls, settings: Settings) -> AutoHideRule:
        return cls(
            threshold=settings.flag_hide_threshold,
            new_member_spam_flags=settings.new_member_spam_flags_to_hide,
            new_member_hours=settings.new_member_hours,
        )


# Flags


async def flag_post(
    session: AsyncSession, actor: User, post_id: int, data: FlagCreate, rule: AutoHideRule
) -> Flag:
    post, thread = await forum_service.get_post_for_write(session, post_id)
    if post.is_deleted:
        raise forum_service.PostDeleted("A deleted post cannot be reported.")
    if not policy.can_flag(actor, post):
        raise Forbidden("You cannot report your own post. You can edit or delete it instead.")
    # A thread delete closes the open flags in it: it waits for this one, or this for it.
    if not await forum_service.keep_thread_alive(session, thread.id):
        raise NotFound(f"There is no post {post_id}.")
    already = await session.scalar(
        select(Flag.id).where(
            Flag.post_id == post.id, Flag.flagger_id == actor.id, Flag.status == FlagStatus.open
        )
    )
    if already is not None:
        raise AlreadyFlagged("You have already reported this post; a moderator will look.")
    now = utcnow()
    flag = Flag(
        post_id=post.id,
        flagger_id=actor.id,
        reason=data.reason.value,
        note=data.note,
        status=FlagStatus.open.value,
        created_at=now,
    )
    session.add(flag)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:  # the same member, twice at the same moment
        raise AlreadyFlagged("You have already reported this post.") from exc
    open_flags, spam_flags = await _count_into_queue(session, post.id, data.reason, now)
    created = FlagCreated(
        thread_id=thread.id, flag_id=flag.id, post_id=post.id, reason=data.reason.value
    )
    await emit(session, actor, created)
    await _auto_hide_if_due(session, post, open_flags, spam_flags, rule, now)
    flag.flagger = actor
    return flag


async def get_flag(session: AsyncSession, viewer: User, post_id: int, flag_id: int) -> Flag:
    """A report on `post_id`, for its reporter or a moderator (anyone else: 404)."""
    flag = await session.scalar(
        select(Flag)
        .options(joinedload(Flag.flagger))
        .where(Flag.id == flag_id, Flag.post_id == post_id)
    )
    if flag is None or not policy.can_view_flag(viewer, flag.flagger_id):
        raise NotFound(f"There is no report {flag_id} on post {post_id}.")
    return flag


async def _count_into_queue(
    session: AsyncSession, post_id: int, reason: FlagReason, now: datetime
) -> tuple[int, int]:
    """Adds the flag to the post's queue item in one atomic upsert and returns the counts
    after it. Concurrent flags on one post serialise on this row."""
    is_spam, is_safety = reason == FlagReason.spam, reason == FlagReason.safety
    insert = dialect_insert(session)
    table = QueueItem.__table__
    statement = insert(QueueItem).values(
        post_id=post_id,
        open_flags=1,
        spam_flags=int(is_spam),
        priority=SAFETY_PRIORITY if is_safety else NORMAL_PRIORITY,
        first_flagged_at=now,
    )
    upsert = statement.on_conflict_do_update(
        index_elements=[table.c.post_id],
        set_={
            "open_flags": table.c.open_flags + 1,
            "spam_flags": table.c.spam_flags + int(is_spam),
            "priority": case(
                (statement.excluded.priority < table.c.priority, statement.excluded.priority),
                else_=table.c.priority,
            ),
        },
    ).returning(table.c.open_flags, table.c.spam_flags)
    row = (await session.execute(upsert)).one()
    return int(row[0]), int(row[1])


async def _auto_hide_if_due(
    session: AsyncSession,
    post: Post,
    open_flags: int,
    spam_flags: int,
    rule: AutoHideRule,
    now: datetime,
) -> None:
    # An anonymous post is hidden as soon as a new member's, whoever wrote it: if its author's
    # tenure decided, how fast reports hid it would tell members that its author is new.
    sooner = post.anonymous or await _by_new_member(session, post.author_id, rule, now)
    due = open_flags >= rule.threshold or (sooner and spam_flags >= rule.new_member_spam_flags)
    if not due:
        return
    reasons = Counter(
        await session.scalars(
            select(Flag.reason).where(Flag.post_id == post.id, Flag.status == FlagStatus.open)
        )
    )
    summary = ", ".join(f"{reason}×{count}" for reason, count in reasons.most_common())
    reason = f"auto: {sum(reasons.values())} flags: {summary}"
    if sooner and open_flags < rule.threshold:
        reason += " (anonymous post)" if post.anonymous else " (new member)"
    # Conditional: of any number of concurrent flags, exactly one hides the post.
    if await forum_service.hide_post(session, post.id, reason, by_reports=True):
        await emit(
            session,
            None,
            PostHidden(thread_id=post.thread_id, post_id=post.id, reason=reason, automatic=True),
            audit=Audit(Action.post_auto_hide, Target.post, post.id, reason),
        )


async def _by_new_member(
    session: AsyncSession, author_id: int, rule: AutoHideRule, now: datetime
) -> bool:
    author = await session.get(User, author_id)
    return author is not None and forum_policy.is_new_member(author, rule.new_member_hours, now)


# The queue

# Safety reports first, then the longest waiting; ix_moderation_queue_order matches it.
QUEUE_ORDER = (QueueItem.priority, QueueItem.first_flagged_at, QueueItem.post_id)


@dataclass(frozen=True)
class QueueEntry:
    item: QueueItem
    view: PostView
    flags: list[Flag]
    thread_title: str


@dataclass(frozen=True)
class QueuePage:
    entries: list[QueueEntry]
    next_cursor: str | None


async def list_queue(
    session: AsyncSession, moderator: User, limit: int, cursor: str | None
) -> QueuePage:
    """Posts with open flags: any with a safety flag first, then the longest waiting."""
    _require(policy.can_review_reports(moderator))
    conditions: list[ColumnElement[bool]] = []
    if cursor is not None:
        after = decode_cursor(cursor, (int, datetime, int))
        conditions.append(tuple_(*QUEUE_ORDER) > tuple_(*after))
    rows = await session.scalars(
        select(QueueItem)
        .options(joinedload(QueueItem.claimed_by))
        .where(*conditions)
        .order_by(*QUEUE_ORDER)
        .limit(limit + 1)
    )
    items, next_cursor = keyset_page(
        rows.all(), limit, lambda item: (item.priority, item.first_flagged_at, item.post_id)
    )
    post_ids = [item.post_id for item in items]
    views = await forum_service.post_views_by_id(session, moderator, post_ids)
    titles = await _thread_titles(session, {view.post.thread_id for view in views.values()})
    flags_by_post: dict[int, list[Flag]] = {post_id: [] for post_id in post_ids}
    if post_ids:
        for flag in await session.scalars(
            select(Flag)
            .options(joinedload(Flag.flagger))
            .where(Flag.post_id.in_(post_ids), Flag.status == FlagStatus.open)
            .order_by(Flag.id)
        ):
            flags_by_post[flag.post_id].append(flag)
    entries = [
        QueueEntry(
            item,
            views[item.post_id],
            flags_by_post[item.post_id],
            titles[views[item.post_id].post.thread_id],
        )
        for item in items
        if item.post_id in views
    ]
    return QueuePage(entries, next_cursor)


async def _thread_titles(session: AsyncSession, thread_ids: set[int]) -> dict[int, str]:
    if not thread_ids:
        return {}
    rows = await session.execute(
        select(Thread.id, Thread.title).where(Thread.id.in_(sorted(thread_ids)))
    )
    return dict(rows.all())


async def count_queue(session: AsyncSession, moderator: User) -> int:
    """Posts waiting for a moderator: the items of `list_queue`, counted."""
    _require(policy.can_review_reports(moderator))
    return await session.scalar(select(func.count()).select_from(QueueItem)) or 0


async def _queue_item(session: AsyncSession, post_id: int) -> QueueItem:
    item = await session.get(QueueItem, post_id, with_for_update=True)
    if item is None:
        raise NotFound(f"Post {post_id} is not in the review queue.")
    return item


async def _claimed_by_another(
    session: AsyncSession, holder_id: int | None, *, releasing: bool = False
) -> ClaimedByAnother:
    """The 409 names who holds the item, so the moderator knows whom to ask."""
    holder = await session.get(User, holder_id) if holder_id is not None else None
    who = f"{holder.display_name} (@{holder.username})" if holder else "Another moderator"
    if releasing:
        return ClaimedByAnother(f"{who} holds this report; only they can release it.")
    return ClaimedByAnother(f"{who} has claimed this report.")


async def claim(session: AsyncSession, moderator: User, post_id: int) -> None:
    _require(policy.can_review_reports(moderator))
    item = await _queue_item(session, post_id)
    if item.claimed_by_id == moderator.id:
        return
    if item.claimed_by_id is not None:
        raise await _claimed_by_another(session, item.claimed_by_id)
    item.claimed_by_id = moderator.id
    item.claimed_at = utcnow()
    await emit(session, moderator, audit=Audit(Action.queue_claim, Target.post, post_id))
    await session.flush()


async def release(session: AsyncSession, moderator: User, post_id: int) -> None:
    _require(policy.can_review_reports(moderator))
    item = await _queue_item(session, post_id)
    if item.claimed_by_id is None:
        return
    if not policy.can_release_claim(moderator, item.claimed_by_id):
        raise await _claimed_by_another(session, item.claimed_by_id, releasing=True)
    item.claimed_by_id = None
    item.claimed_at = None
    await emit(session, moderator, audit=Audit(Action.queue_release, Target.post, post_id))
    await session.flush()


async def resolve(
    session: AsyncSession,
    moderator: User,
    post_id: int,
    action: ResolveAction,
    note: str | None,
) -> PostView:
    """Closes every open flag on the post: dismissed for `dismiss` (which also un-hides a
    post the flags hid), upheld for `hide` and `delete`. Of concurrent reviews the first
    takes the queue item; the others find nothing left to resolve (409)."""
    _require(policy.can_review_reports(moderator))
    _, thread = await forum_service.get_post_for_write(session, post_id)
    if await forum_service.lock_live_thread(session, thread.id) is None:
        raise NotFound(f"There is no post {post_id}.")
    item = await session.get(QueueItem, post_id, with_for_update=True, populate_existing=True)
    if item is None:
        raise NothingToResolve("This post has no open reports to resolve.")
    if item.claimed_by_id not in (None, moderator.id):
        raise await _claimed_by_another(session, item.claimed_by_id)
    status = FlagStatus.dismissed if action == "dismiss" else FlagStatus.upheld
    now = utcnow()
    closed_rows = (
        await session.execute(
            update(Flag)
            .where(Flag.post_id == post_id, Flag.status == FlagStatus.open)
            .values(status=status.value, resolved_at=now)
            .returning(Flag.id, Flag.flagger_id)
            .execution_options(synchronize_session=False)
        )
    ).all()
    closed = [flag_id for flag_id, _ in closed_rows]
    reporters = sorted({flagger_id for _, flagger_id in closed_rows})
    flag_action = Action.flag_dismissed if action == "dismiss" else Action.flag_upheld
    for flag_id in closed:
        await emit(session, None, audit=Audit(flag_action, Target.flag, flag_id))
    await session.execute(delete(QueueItem).where(QueueItem.post_id == post_id))
    await emit(
        session,
        moderator,
        FlagResolved(
            thread_id=thread.id,
            post_id=post_id,
            action=action,
            flag_ids=closed,
            reporter_ids=reporters,
        ),
        audit=Audit(
            Action.post_resolve, Target.post, post_id, f"{action}: {note}" if note else action
        ),
    )
    if action == "dismiss":
        if await forum_service.unhide_post(session, post_id, only_by_reports=True):
            await emit(session, moderator, PostUnhidden(thread_id=thread.id, post_id=post_id))
    elif action == "hide":
        reason = note or "Hidden by a moderator after review."
        if await forum_service.hide_post(session, post_id, reason):
            hidden = PostHidden(thread_id=thread.id, post_id=post_id, reason=reason)
            await emit(session, moderator, hidden)
    elif action == "delete":
        await forum_service.delete_post(session, moderator, post_id, reason=note)
    await session.flush()
    return await forum_service.get_post_view(session, moderator, post_id)


async def hide_post(session: AsyncSession, moderator: User, post_id: int, reason: str) -> PostView:
    """Hiding a post as it already is (hidden by hand, for this reason) logs nothing."""
    _require(policy.can_hide_posts(moderator))
    _, thread = await forum_service.get_post_for_write(session, post_id)
    if await forum_service.hide_post(session, post_id, reason):
        await emit(
            session,
            moderator,
            PostHidden(thread_id=thread.id, post_id=post_id, reason=reason),
            audit=Audit(Action.post_hide, Target.post, post_id, reason),
        )
    return await forum_service.get_post_view(session, moderator, post_id)


async def unhide_post(session: AsyncSession, moderator: User, post_id: int) -> PostView:
    _require(policy.can_hide_posts(moderator))
    _, thread = await forum_service.get_post_for_write(session, post_id)
    if await forum_service.unhide_post(session, post_id):
        await emit(
            session,
            moderator,
            PostUnhidden(thread_id=thread.id, post_id=post_id),
            audit=Audit(Action.post_unhide, Target.post, post_id),
        )
    return await forum_service.get_post_view(session, moderator, post_id)


# Members


async def _target(session: AsyncSession, actor: User, username: str) -> User:
    """The member a moderator disciplines (suspend, unsuspend, warn)."""
    target = await accounts_service.get_by_username(session, username)
    if not policy.can_discipline(actor, target):
        raise OutOfRank(
            "Moderators act on members, and administrators on moderators too; never on yourself."
        )
    return target


async def suspend(
    session: AsyncSession, moderator: User, username: str, until: datetime, reason: str
) -> User:
    if until <= utcnow():
        raise UnprocessableEntity("A suspension must end in the future.", loc=("body", "until"))
    target = await _target(session, moderator, username)
    target.suspended_until = until
    target.suspension_reason = reason
    await emit(
        session,
        moderator,
        UserSuspended(user_id=target.id, until=until, reason=reason),
        audit=Audit(
            Action.user_suspend, Target.user, target.id, f"until {until.isoformat()}: {reason}"
        ),
    )
    await session.flush()
    return target


async def suspension_of(session: AsyncSession, moderator: User, username: str) -> User:
    """A member who is suspended now; 404 when they are not."""
    _require(policy.can_see_member_record(moderator))
    target = await accounts_service.get_by_username(session, username)
    if not is_suspended(target, utcnow()):
        raise NotFound(f"{target.username} is not suspended.")
    return target


async def unsuspend(session: AsyncSession, moderator: User, username: str) -> None:
    target = await _target(session, moderator, username)
    if target.suspended_until is None:
        return
    target.suspended_until = None
    target.suspension_reason = None
    await emit(
        session,
        moderator,
        UserUnsuspended(user_id=target.id),
        audit=Audit(Action.user_unsuspend, Target.user, target.id),
    )
    await session.flush()


async def warn(session: AsyncSession, moderator: User, username: str, reason: str) -> Warning:
    target = await _target(session, moderator, username)
    warning = Warning(user_id=target.id, moderator_id=moderator.id, reason=reason,
                      created_at=utcnow())  # fmt: skip
    session.add(warning)
    await emit(session, moderator, audit=Audit(Action.user_warn, Target.user, target.id, reason))
    await session.flush()
    warning.moderator = moderator
    return warning


async def warnings_of(session: AsyncSession, user_id: int) -> list[Warning]:
    """A member's warnings, for the member themselves (`/me/warnings`) and their record."""
    return list(
        await session.scalars(
            select(Warning)
            .options(joinedload(Warning.moderator))
            .where(Warning.user_id == user_id)
            .order_by(Warning.created_at.desc(), Warning.id.desc())
        )
    )


async def warnings_for_username(
    session: AsyncSession, moderator: User, username: str
) -> list[Warning]:
    _require(policy.can_see_member_record(moderator))
    target = await accounts_service.get_by_username(session, username)
    return await warnings_of(session, target.id)


async def add_note(
    session: AsyncSession, moderator: User, username: str, body: str
) -> ModeratorNote:
    _require(policy.can_see_member_record(moderator))
    target = await accounts_service.get_by_username(session, username)
    note = ModeratorNote(user_id=target.id, author_id=moderator.id, body=body,
                         created_at=utcnow())  # fmt: skip
    session.add(note)
    await emit(session, moderator, audit=Audit(Action.user_note, Target.user, target.id))
    await session.flush()
    note.author = moderator
    return note


async def notes_for_username(
    session: AsyncSession, moderator: User, username: str
) -> list[ModeratorNote]:
    _require(policy.can_see_member_record(moderator))
    target = await accounts_service.get_by_username(session, username)
    return list(
        await session.scalars(
            select(ModeratorNote)
            .options(joinedload(ModeratorNote.author))
            .where(ModeratorNote.user_id == target.id)
            .order_by(ModeratorNote.created_at.desc(), ModeratorNote.id.desc())
        )
    )


# The audit log


@dataclass(frozen=True)
class LogPage:
    entries: list[AuditEntry]
    next_cursor: str | None
    # A human name for each entry's target, by (target_type, target_id): `target_labels`.
    labels: dict[tuple[str, int], str] = field(default_factory=dict)


async def read_log(
    session: AsyncSession,
    moderator: User,
    *,
    actor: str | None,
    action: AuditAction | None,
    target_type: AuditTarget | None,
    since: datetime | None,
    limit: int,
    cursor: str | None,
) -> LogPage:
    """Newest first, keyset-paged on the entry id; `actor` filters by a username, `since`
    keeps the entries written at or after that time. The filters only narrow the rows the
    id order runs over, so a cursor stays right whatever they are."""
    _require(policy.can_read_audit_log(moderator))
    conditions: list[ColumnElement[bool]] = []
    if actor is not None:
        actor_id = await session.scalar(select(User.id).where(User.username_key == actor.lower()))
        if actor_id is None:
            return LogPage([], None)
        conditions.append(AuditEntry.actor_id == actor_id)
    if action is not None:
        conditions.append(AuditEntry.action == action)
    if target_type is not None:
        conditions.append(AuditEntry.target_type == target_type)
    if since is not None:
        conditions.append(AuditEntry.created_at >= since)
    if cursor is not None:
        (before,) = decode_cursor(cursor, (int,))
        conditions.append(AuditEntry.id < before)
    rows = await session.scalars(
        select(AuditEntry)
        .options(joinedload(AuditEntry.actor))
        .where(*conditions)
        .order_by(AuditEntry.id.desc())
        .limit(limit + 1)
    )
    entries, next_cursor = keyset_page(rows.all(), limit, lambda entry: (entry.id,))
    return LogPage(entries, next_cursor, await target_labels(session, entries))


async def target_labels(
    session: AsyncSession, entries: list[AuditEntry]
) -> dict[tuple[str, int], str]:
    """A human name for each entry's target, as a moderator sees it (a deleted thread keeps
    its title): a thread's title; "post 12 in “Sleep regression help”" with the post's
    number in its thread; "report 7 on post 12 in “…”"; a username ("Deleted member" once
    the member left); a category's name. At most one statement per kind of target, however
    long the page. A target that is gone keeps its kind and id ("post 83")."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for entry in entries:
        wanted[entry.target_type].append(entry.target_id)
    flag_posts: dict[int, int] = {}
    if wanted[Target.flag]:
        flag_rows = await session.execute(
            select(Flag.id, Flag.post_id).where(Flag.id.in_(set(wanted[Target.flag])))
        )
        flag_posts = dict(flag_rows.all())
    # Posts and threads by primary key in separate statements (a join lets the planner sort
    # posts by thread for a merge join); the threads' titles serve both kinds of target.
    post_places: dict[int, tuple[int, int]] = {}
    if post_ids := set(wanted[Target.post]) | set(flag_posts.values()):
        post_rows = await session.execute(
            select(Post.id, Post.number, Post.thread_id).where(Post.id.in_(post_ids))
        )
        post_places = {id_: (number, thread_id) for id_, number, thread_id in post_rows}
    titles: dict[int, str] = {}
    if thread_ids := set(wanted[Target.thread]) | {t for _, t in post_places.values()}:
        thread_rows = await session.execute(
            select(Thread.id, Thread.title).where(Thread.id.in_(thread_ids))
        )
        titles = {thread_id: title for thread_id, title in thread_rows}
    posts = {
        id_: f"post {number} in “{titles[thread_id]}”"
        for id_, (number, thread_id) in post_places.items()
        if thread_id in titles
    }
    labels: dict[tuple[str, int], str] = {
        (Target.post.value, id_): label for id_, label in posts.items()
    }
    for flag_id, post_id in flag_posts.items():
        if post_id in posts:
            labels[Target.flag.value, flag_id] = f"report {flag_id} on {posts[post_id]}"
    labels |= {
        (Target.thread.value, id_): titles[id_] for id_ in wanted[Target.thread] if id_ in titles
    }
    if wanted[Target.category]:
        category_rows = await session.execute(
            select(Category.id, Category.name).where(Category.id.in_(set(wanted[Target.category])))
        )
        labels |= {(Target.category.value, id_): name for id_, name in category_rows}
    if wanted[Target.user]:
        user_rows = await session.execute(
            select(User.id, User.username, User.deleted_at).where(
                User.id.in_(set(wanted[Target.user]))
            )
        )
        labels |= {
            (Target.user.value, id_): DELETED_NAME if left else username
            for id_, username, left in user_rows
        }
    for entry in entries:
        key = (entry.target_type, entry.target_id)
        labels.setdefault(key, f"{entry.target_type} {entry.target_id}")
    return labels
