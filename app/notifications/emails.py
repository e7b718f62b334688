"""Email that brings people back, immediately: a reply to, a quote of or a mention of a
member, emailed if they asked for it (users.email_replies covers replies and quotes,
users.email_mentions mentions; both on by default) and their address is verified.

The worker's consumer of `notification.created` queues the messages, in the transaction
that dispatches the event, with one SELECT and one INSERT whatever the size of the fan-out
(`watching` notifications are only ever in the daily digest, digest.py). A message says who
(the display name, or the anonymous label of an anonymous post: never its author's name),
which thread, a short plain-text excerpt and the link to the post, and carries its one-click
unsubscribe link (unsubscribe.py).

Nothing is sent about a post the member cannot see any more: the send checks registered
here run as the worker takes each message, right before sending (app/mail/queue.py).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import nh3
from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    func,
    insert,
    literal,
    not_,
    null,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.accounts.models import EmailDigest, User, UserBlock
from app.config import Settings
from app.db import utcnow
from app.events import Event, EventKind, NotificationsCreated, OutboxEvent
from app.events.dispatch import durable_consumer
from app.forum.models import Post, Thread
from app.forum.schemas import anonymous_label
from app.mail.compose import Letter, Letterhead, finished_body
from app.mail.models import OutgoingMail
from app.mail.queue import register_send_check
from app.notifications.models import Notification, NotificationKind
from app.notifications.unsubscribe import Purpose, UnsubscribeLinks
from app.worker.jobs import JobStatus
from app.worker.periodic import worker_settings

logger = logging.getLogger(__name__)

EXCERPT_CHARS = 240
# Which preference column of a (possibly aliased) users table a message follows.
Wants = Callable[[Any], Any]
LEFT_AUTHOR = "A former member"


@dataclass(frozen=True)
class Immediate:
    """How one kind of notification is emailed."""

    mail_kind: str  # outgoing_mail.kind
    purpose: Purpose  # the preference it follows, and its unsubscribe link turns off
    verb: str  # "{who} {verb} in “{title}”"
    reason: str  # "… email you when someone {reason}."


# In this order of preference when one post tells a member several things (a reply that also
# mentions them): one email per post.
IMMEDIATE: dict[NotificationKind, Immediate] = {
    NotificationKind.mention: Immediate(
        "notify_mention", Purpose.mentions, "mentioned you", "mentions you"
    ),
    NotificationKind.reply: Immediate(
        "notify_reply", Purpose.replies, "replied to you", "replies to or quotes your posts"
    ),
    NotificationKind.quote: Immediate(
        "notify_quote", Purpose.replies, "quoted you", "replies to or quotes your posts"
    ),
}
DIGEST_KIND = "digest"


def letterhead_of(settings: Settings) -> Letterhead:
    return Letterhead(forum_name=settings.forum_name, public_url=settings.public_url)


def links_of(settings: Settings) -> UnsubscribeLinks:
    return UnsubscribeLinks(settings.signing_key, settings.unsubscribe_link_days)


def post_link(letterhead: Letterhead, thread_id: int, number: int) -> str:
    return f"{letterhead.public_url}/t/{thread_id}#post-{number}"


_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|pre|div|tr)>|<br\s*/?>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def excerpt(body_html: str, limit: int = EXCERPT_CHARS) -> str:
    """A post's own words as one line of plain text: quoted posts left out (they are other
    people's words), tags dropped, entities decoded, cut at a word near `limit`."""
    spaced = _BLOCK_END.sub(" ", body_html)
    text = nh3.clean(spaced, tags=set(), attributes={}, clean_content_tags={"blockquote"})
    text = _SPACE.sub(" ", html.unescape(text)).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return f"{cut.rstrip(' ,.;:')}…"


def author_name(anonymous: bool, ordinal: int | None, display_name: str, left: bool) -> str:
    """Who wrote a post, as an email may say it: an anonymous post only ever by its label."""
    label = anonymous_label(anonymous, ordinal)
    if label is not None:
        return label
    return LEFT_AUTHOR if left else display_name


def unsubscribe_lines(page_url: str, what: str) -> str:
    return f"To stop {what}, open this link (no sign-in needed):\n{page_url}"


def immediate_letter(
    letterhead: Letterhead,
    links: UnsubscribeLinks,
    how: Immediate,
    *,
    user_id: int,
    who: str,
    thread_id: int,
    title: str,
    post_id: int,
    number: int,
    body_html: str,
) -> Letter:
    forum = letterhead.forum_name
    one_click, page = links.urls(letterhead, user_id, how.purpose)
    stops = (
        "emails about mentions"
        if how.purpose is Purpose.mentions
        else ("emails about replies and quotes")
    )
    words = excerpt(body_html)
    quoted = f"\n\n    {words}" if words else ""
    subject = f"{who} {how.verb} in “{title}”"
    return Letter(
        kind=how.mail_kind,
        subject=subject if len(subject) <= 200 else f"{subject[:199]}…",
        body=(
            f"{who} {how.verb} in “{title}”:{quoted}\n\n"
            f"Read it and answer:\n{post_link(letterhead, thread_id, number)}\n\n"
            f"{unsubscribe_lines(page, stops)}"
        ),
        reason=(
            f"You received this email because your {forum} settings ask for an email when "
            f"someone {how.reason}."
        ),
        post_id=post_id,
        list_unsubscribe=one_click,
    )


def mail_rows(
    letterhead: Letterhead, letters: Iterable[tuple[int, str, Letter]]
) -> list[dict[str, Any]]:
    """outgoing_mail rows for (user id, address, letter), due now."""
    now = utcnow()
    return [
        {
            "user_id": user_id,
            "to_address": address,
            "kind": letter.kind,
            "subject": letter.subject,
            "body": finished_body(letter, letterhead),
            "post_id": letter.post_id,
            "list_unsubscribe": letter.list_unsubscribe,
            "status": JobStatus.pending.value,
            "attempts": 0,
            "created_at": now,
            "sequence_started_at": now,
            "next_attempt_at": now,
        }
        for user_id, address, letter in letters
    ]


# What still stands in the way of a message, as SQL (NULL: nothing). The same rules decide
# which notifications are emailed at all and, at send time, whether the email still goes.


def post_refusal(user_id: Any, post_id: Any, wants: Wants) -> ColumnElement[Any]:
    """Why `user_id` must not be emailed about `post_id` now, or NULL: they left or turned
    these emails off; the post was deleted or hidden (unless it is theirs) or is gone; its
    thread was deleted; they blocked its author."""
    member = aliased(User)
    post = aliased(Post)
    thread = aliased(Thread)
    blocked = exists().where(
        UserBlock.blocker_id == member.id, UserBlock.blocked_id == post.author_id
    )
    reason = case(
        (member.deleted_at.is_not(None), "the member left"),
        (not_(wants(member)), "the member turned these emails off"),
        (post.is_deleted, "the post was deleted"),
        (and_(post.is_hidden, post.author_id != member.id), "the post was hidden"),
        (thread.is_deleted, "the thread was deleted"),
        (blocked, "the member blocked its author"),
        else_=literal(""),
    )
    found = (
        select(reason)
        .select_from(member)
        .join(post, post.id == post_id)
        .join(thread, thread.id == post.thread_id)
        .where(member.id == user_id)
        .scalar_subquery()
    )
    # No row: the post (or the member) is gone altogether.
    return func.nullif(func.coalesce(found, literal("the post is gone")), literal(""))


def digest_refusal(user_id: Any) -> ColumnElement[Any]:
    """Why a digest must not go now, or NULL: the member left or turned digests off."""
    member = aliased(User)
    reason = case(
        (member.deleted_at.is_not(None), "the member left"),
        (member.email_digest != EmailDigest.daily.value, "the member turned digests off"),
        else_=null(),
    )
    return select(reason).where(member.id == user_id).scalar_subquery()


def _wants(purpose: Purpose) -> Wants:
    def wants(member: Any) -> Any:
        return member.email_mentions if purpose is Purpose.mentions else member.email_replies

    return wants


def _post_check(purpose: Purpose) -> Callable[[], ColumnElement[Any]]:
    def check() -> ColumnElement[Any]:
        return post_refusal(OutgoingMail.user_id, OutgoingMail.post_id, _wants(purpose))

    return check


for _how in IMMEDIATE.values():
    register_send_check(_how.mail_kind, _post_check(_how.purpose))
register_send_check(DIGEST_KIND, lambda: digest_refusal(OutgoingMail.user_id))


# The consumers

QueueEmails = Callable[[AsyncSession, Letterhead, UnsubscribeLinks, Sequence[int]], Awaitable[int]]


def emails_of_notifications(name: str) -> Callable[[QueueEmails], QueueEmails]:
    """Registers `queue(session, letterhead, links, notification_ids)` as the durable
    consumer `name` of `notification.created`: each fan-out's new notifications, queued as
    emails in the dispatching transaction (the meet-ups' emails register theirs too)."""

    def register(queue: QueueEmails) -> QueueEmails:
        @durable_consumer(name)
        async def consume(session: AsyncSession, row: OutboxEvent) -> None:
            if row.kind != EventKind.notification_created.value:
                return
            event = Event.load(row.kind, row.payload)
            if not isinstance(event, NotificationsCreated) or not event.notification_ids:
                return
            settings = worker_settings(session)
            if settings is None:  # a dispatch outside the worker (tests of other consumers)
                logger.warning("%s not queued: no worker settings on the session", name)
                return
            await queue(
                session, letterhead_of(settings), links_of(settings), event.notification_ids
            )

        return queue

    return register


def _wanted_by(recipient: Any) -> ColumnElement[bool]:
    kind = Notification.kind
    return or_(
        and_(kind == NotificationKind.mention.value, recipient.email_mentions),
        and_(
            kind.in_([NotificationKind.reply.value, NotificationKind.quote.value]),
            recipient.email_replies,
        ),
    )


@emails_of_notifications("notification_emails")
async def queue_emails(
    session: AsyncSession,
    letterhead: Letterhead,
    links: UnsubscribeLinks,
    notification_ids: Sequence[int],
) -> int:
    """Queues the emails of these notifications; returns how many. One SELECT (the id range
    of the fan-out, only the kinds emailed at once) and at most one INSERT."""
    ids = set(notification_ids)
    recipient = aliased(User)
    author = aliased(User)
    rows = (
        await session.execute(
            select(
                Notification.id,
                Notification.kind,
                Notification.user_id,
                recipient.email,
                Post.id.label("post_id"),
                Post.number,
                Post.anonymous,
                Post.anonymous_ordinal,
                Post.body_html,
                author.display_name,
                author.deleted_at.is_not(None).label("author_left"),
                Thread.id.label("thread_id"),
                Thread.title,
            )
            .join(recipient, recipient.id == Notification.user_id)
            .join(Post, Post.id == Notification.post_id)
            .join(Thread, Thread.id == Post.thread_id)
            .join(author, author.id == Post.author_id)
            .where(
                Notification.id.between(min(ids), max(ids)),
                Notification.kind.in_([kind.value for kind in IMMEDIATE]),
                recipient.email_verified,
                recipient.deleted_at.is_(None),
                _wanted_by(recipient),
                post_refusal(recipient.id, Post.id, lambda _member: literal(True)).is_(None),
            )
            .order_by(Notification.id)
        )
    ).all()
    chosen = _one_per_post(row for row in rows if row.id in ids)
    letters = [
        (
            row.user_id,
            row.email,
            immediate_letter(
                letterhead,
                links,
                IMMEDIATE[NotificationKind(row.kind)],
                user_id=row.user_id,
                who=author_name(
                    row.anonymous, row.anonymous_ordinal, row.display_name, row.author_left
                ),
                thread_id=row.thread_id,
                title=row.title,
                post_id=row.post_id,
                number=row.number,
                body_html=row.body_html,
            ),
        )
        for row in chosen
    ]
    if letters:
        await session.execute(insert(OutgoingMail), mail_rows(letterhead, letters))
    return len(letters)


def _one_per_post(rows: Iterable[Any]) -> list[Any]:
    """One email per (member, post): a reply that also mentions someone is one message, the
    first kind in IMMEDIATE's order."""
    order = {kind.value: index for index, kind in enumerate(IMMEDIATE)}
    best: dict[tuple[int, int], Any] = {}
    for row in rows:
        key = (row.user_id, row.post_id)
        if key not in best or order[row.kind] < order[best[key].kind]:
            best[key] = row
    return sorted(best.values(), key=lambda row: row.id)
