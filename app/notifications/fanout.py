"""Notifications made from committed events, by the worker (handlers.py registers
`fan_out` as a durable consumer): never in the request, so a reply to a thread with 10,000
watchers costs its writer what any reply costs.

Each event becomes at most ONE `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING` of all
its notifications, whatever their number: the database picks the recipients, so no row is
loaded into Python per member. `source_event_id` (the outbox row's id) is unique per member,
so an event met twice (a worker that died after inserting, before marking the event
dispatched, rolls both back; a re-dispatch) tells nobody twice. What was inserted is
announced by ONE `NotificationsCreated` event in the same transaction, for live streams and
emails; nothing inserted, nothing announced.

A new post (post.created; a new thread's first post comes as one too, so thread.created adds
nothing) tells, once each, the most specific way that applies: `mention` > `quote` > `reply`
> `watching`. Never its own author, a member who left, a member who blocked its author
(anonymous posts too: the blocker simply hears nothing, which tells nobody anything), nor a
member who muted the thread; and nobody at all about a post that is hidden or deleted, or in
a deleted thread, by the time the worker runs. An anonymous post's notifications carry its
pseudonym (`anonymous_label`) and no actor.

Moderation tells a post's author when a moderator — or members' reports, automatically —
hid it (with the reason it shows them), restored it (unhidden or undeleted) or deleted it
(with the reason given at review), unless they did it themselves; and tells each reporter
when their report was resolved. Its actor is always null: "the moderators" act.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import SubscriptionLevel, User, UserBlock
from app.db import dialect_insert, utcnow
from app.events import (
    Event,
    FlagResolved,
    NotificationsCreated,
    OutboxEvent,
    PostCreated,
    PostDeleted,
    PostHidden,
    PostUnhidden,
    PostUpdated,
    emit,
)
from app.forum.mentions import MAX_MENTIONS, mentioned_usernames, quoted_post_ids
from app.forum.models import Post, Thread, ThreadState
from app.forum.schemas import anonymous_label
from app.notifications.models import Notification, NotificationKind

# Most specific first: a member both mentioned and watching is told of the mention.
PRECEDENCE = (
    NotificationKind.mention,
    NotificationKind.quote,
    NotificationKind.reply,
    NotificationKind.watching,
)
_RANK = {kind: rank for rank, kind in enumerate(PRECEDENCE, start=1)}

# What a reporter is told of the outcome of their report (FlagResolved.action).
REPORT_OUTCOMES = {
    "dismiss": "The moderators reviewed your report and left the post as it was.",
    "hide": "The moderators reviewed your report and hid the post.",
    "delete": "The moderators reviewed your report and removed the post.",
}

_THREAD_OF_POST: ColumnElement[int] = Post.thread_id.expression

_COLUMNS = (
    "user_id",
    "kind",
    "thread_id",
    "post_id",
    "actor_id",
    "anonymous_label",
    "action",
    "reason",
    "meetup_id",
    "source_event_id",
    "created_at",
)


async def fan_out(session: AsyncSession, row: OutboxEvent) -> None:
    """The notifications of one committed event (see the module's docstring)."""
    event = Event.load(row.kind, row.payload)
    match event:
        case PostCreated():
            created = await _about_new_post(session, row, event.post_id)
        case PostHidden():
            created = await _to_author(session, row, event.post_id, "hidden", event.reason)
        case PostUnhidden():
            created = await _to_author(session, row, event.post_id, "restored", None)
        case PostUpdated(restored=True):
            created = await _to_author(session, row, event.post_id, "restored", None)
        case PostDeleted():
            created = await _to_author(session, row, event.post_id, "deleted", event.reason)
        case FlagResolved():
            created = await _to_reporters(session, row, event)
        case _:
            return
    await _announce(session, created)


async def _announce(session: AsyncSession, created: list[tuple[int, int]]) -> None:
    """ONE NotificationsCreated for what was inserted (nothing inserted, nothing said)."""
    if created:
        await emit(
            session,
            None,
            NotificationsCreated(
                user_ids=[user_id for _, user_id in created],
                notification_ids=[notification_id for notification_id, _ in created],
            ),
        )


async def notify(session: AsyncSession, recipients: Select[*tuple[Any, ...]]) -> int:
    """For other domains' consumers (meet-ups): inserts the notifications of `recipients`
    (a select of `user_id`, `kind`, then `fixed(row, …)`), each member at most once per
    event, and announces them in one NotificationsCreated; returns how many were made."""
    created = await _insert(session, recipients)
    await _announce(session, created)
    return len(created)


async def _insert(
    session: AsyncSession, recipients: Select[*tuple[Any, ...]]
) -> list[tuple[int, int]]:
    """Inserts one notification per row of `recipients` (a select of `_COLUMNS`, in order),
    skipping members this event already told; (id, user id) of those inserted."""
    insert = dialect_insert(session)(Notification).from_select(list(_COLUMNS), recipients)
    statement = insert.on_conflict_do_nothing(
        index_elements=["user_id", "source_event_id"]
    ).returning(Notification.id, Notification.user_id)
    result = await session.execute(statement)
    return sorted((int(notification_id), int(user_id)) for notification_id, user_id in result)


def fixed(row: OutboxEvent, **values: Any) -> list[ColumnElement[Any]]:
    """The columns after `user_id` and `kind`, the same for every recipient of the event:
    thread_id, post_id, actor_id, anonymous_label, action, reason, meetup_id (literals, or
    column expressions); `notify`'s callers in other domains build theirs with it too."""
    types: dict[str, Any] = {
        "thread_id": Integer(),
        "post_id": Integer(),
        "actor_id": Integer(),
        "anonymous_label": String(),
        "action": String(),
        "reason": String(),
        "meetup_id": Integer(),
    }
    fixed = [
        value if isinstance(value := values.get(name), ColumnElement) else literal(value, kind)
        for name, kind in types.items()
    ]
    return [
        *fixed,
        literal(row.id, Integer()),
        literal(utcnow(), Notification.__table__.c.created_at.type),
    ]


def still_member(user_id: Any) -> ColumnElement[bool]:
    """The member still has an account (only one who did can be told)."""
    return exists().where(User.id == user_id, User.deleted_at.is_(None))


async def _about_new_post(
    session: AsyncSession, row: OutboxEvent, post_id: int
) -> list[tuple[int, int]]:
    post = (
        await session.execute(
            select(
                Post.id,
                Post.thread_id,
                Post.author_id,
                Post.anonymous,
                Post.anonymous_ordinal,
                Post.body_html,
                Post.reply_to_id,
            )
            .join(Thread, Thread.id == Post.thread_id)
            .where(
                Post.id == post_id,
                Post.is_hidden == false(),
                Post.is_deleted == false(),
                Thread.is_deleted == false(),
            )
        )
    ).first()
    if post is None:  # hidden or deleted before the worker came to it: nobody is told
        return []
    usernames = [name.lower() for name in mentioned_usernames(post.body_html)][:MAX_MENTIONS]
    quoted = quoted_post_ids(post.body_html)

    def rank(kind: NotificationKind) -> ColumnElement[int]:
        return literal(_RANK[kind], Integer()).label("rank")

    candidates: list[Select[int, int]] = [
        select(ThreadState.user_id.label("user_id"), rank(NotificationKind.watching)).where(
            ThreadState.thread_id == post.thread_id,
            ThreadState.subscription == SubscriptionLevel.watching.value,
        )
    ]
    if usernames:
        candidates.append(
            select(User.id.label("user_id"), rank(NotificationKind.mention)).where(
                User.username_key.in_(usernames)
            )
        )
    if quoted:
        candidates.append(
            select(Post.author_id.label("user_id"), rank(NotificationKind.quote)).where(
                Post.id.in_(quoted), Post.is_deleted == false()
            )
        )
    if post.reply_to_id is not None:
        candidates.append(
            select(Post.author_id.label("user_id"), rank(NotificationKind.reply)).where(
                Post.id == post.reply_to_id, Post.is_deleted == false()
            )
        )
    candidate = union_all(*candidates).subquery("candidate")
    best = func.min(candidate.c.rank)
    kind = case(
        *((best == _RANK[kind], literal(kind.value)) for kind in PRECEDENCE[:-1]),
        else_=literal(PRECEDENCE[-1].value),
    )
    blocked_author = exists().where(
        UserBlock.blocker_id == candidate.c.user_id, UserBlock.blocked_id == post.author_id
    )
    muted = exists().where(
        ThreadState.user_id == candidate.c.user_id,
        ThreadState.thread_id == post.thread_id,
        ThreadState.subscription == SubscriptionLevel.muted.value,
    )
    recipients = (
        select(
            candidate.c.user_id,
            kind,
            *fixed(
                row,
                thread_id=post.thread_id,
                post_id=post.id,
                actor_id=None if post.anonymous else post.author_id,
                anonymous_label=anonymous_label(post.anonymous, post.anonymous_ordinal),
            ),
        )
        .where(
            candidate.c.user_id != post.author_id,
            still_member(candidate.c.user_id),
            ~blocked_author,
            ~muted,
        )
        .group_by(candidate.c.user_id)
    )
    return await _insert(session, recipients)


async def _to_author(
    session: AsyncSession, row: OutboxEvent, post_id: int, action: str, reason: str | None
) -> list[tuple[int, int]]:
    """A moderation notification to the post's author, unless they did it themselves (a
    moderator's own post, or a member deleting theirs). A hidden or restored post must still
    be there (not deleted, its thread not deleted) by the time the worker runs."""
    conditions: list[ColumnElement[bool]] = [Post.id == post_id, still_member(Post.author_id)]
    if row.actor_id is not None:
        conditions.append(Post.author_id != row.actor_id)
    if action != "deleted":
        conditions += [Post.is_deleted == false(), Thread.is_deleted == false()]
    recipients = (
        select(
            Post.author_id,
            literal(NotificationKind.moderation.value),
            *fixed(
                row,
                thread_id=_THREAD_OF_POST,
                post_id=post_id,
                action=action,
                reason=reason,
            ),
        )
        .join(Thread, Thread.id == Post.thread_id)
        .where(and_(*conditions))
    )
    return await _insert(session, recipients)


async def _to_reporters(
    session: AsyncSession, row: OutboxEvent, event: FlagResolved
) -> list[tuple[int, int]]:
    """Each member whose report was resolved (not the moderator who resolved it)."""
    reporters = [user_id for user_id in event.reporter_ids if user_id != row.actor_id]
    if not reporters:
        return []
    recipients = select(
        User.id,
        literal(NotificationKind.moderation.value),
        *fixed(
            row,
            thread_id=event.thread_id,
            post_id=event.post_id,
            action="flag_resolved",
            reason=REPORT_OUTCOMES.get(event.action),
        ),
    ).where(User.id.in_(reporters), User.deleted_at.is_(None))
    return await _insert(session, recipients)
