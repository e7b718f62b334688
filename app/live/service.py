"""Opening a stream: register it, check the thread, replay what the client missed.

Registering comes first: from that moment every committed event of the thread (or every new
notification of the member) reaches the stream, so the replay read after it cannot leave a
gap; an event found by both is sent once (the stream skips the replayed ids).

The two kinds of stream number their events differently, each with one increasing sequence
that Last-Event-ID sends back: a thread's stream by outbox id (one per change), a member's
notification stream by notification id (one per notification; the outbox event that made
it may tell thousands of members at once). The notification replay is the member's own
notifications after Last-Event-ID, created within the replay window: one index range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.db import utcnow
from app.events import EventKind
from app.forum import service as forum_service
from app.live import queries, renderers
from app.live.hub import Hub
from app.live.subscriber import Item, Subscriber

MAX_EVENT_ID = 2**63 - 1


@dataclass(slots=True)
class Stream:
    subscriber: Subscriber
    replay: list[Item]  # sent first, oldest first


def last_event_id(header: str | None) -> int | None:
    """The client's Last-Event-ID as an outbox id; None when absent or not one of ours."""
    if header is None:
        return None
    header = header.strip()
    if not header.isascii() or not header.isdigit() or len(header) > 19:
        return None
    value = int(header)
    return value if value <= MAX_EVENT_ID else None


async def open_thread_stream(
    session: AsyncSession,
    hub: Hub,
    viewer: User | None,
    thread_id: int,
    client: str,
    last_seen: int | None,
) -> Stream:
    """A stream of the thread for `viewer` (404 when there is no such thread); `client`
    keys the limit on open streams."""
    subscriber = await hub.subscribe(thread_id, viewer, client)
    try:
        await forum_service.get_thread(session, thread_id)
        replay = [] if last_seen is None else await _replay(session, hub, subscriber, last_seen)
    except BaseException:
        hub.leave(subscriber)
        raise
    return Stream(subscriber, replay)


async def open_notification_stream(
    session: AsyncSession, hub: Hub, member: User, client: str, last_seen: int | None
) -> Stream:
    """A stream of `member`'s new notifications."""
    subscriber = await hub.subscribe(None, member, client)
    try:
        replay = (
            []
            if last_seen is None
            else await _replay_notifications(session, hub, member.id, last_seen)
        )
    except BaseException:
        hub.leave(subscriber)
        raise
    return Stream(subscriber, replay)


async def _replay_notifications(
    session: AsyncSession, hub: Hub, user_id: int, last_seen: int
) -> list[Item]:
    settings = hub.settings
    if not settings.live_replay_max_events or not settings.live_replay_seconds:
        return []
    ids = await queries.missed_notifications(
        session,
        user_id,
        last_seen,
        since=utcnow() - timedelta(seconds=settings.live_replay_seconds),
        limit=settings.live_replay_max_events,
        lookback=hub.lookback,
    )
    frames = await renderers.notification_frames(session, ids)
    return [
        (notification_id, found[1])
        for notification_id in ids
        if (found := frames.get(notification_id)) is not None and found[0] == user_id
    ]


async def _replay(
    session: AsyncSession, hub: Hub, subscriber: Subscriber, last_seen: int
) -> list[Item]:
    settings = hub.settings
    if not settings.live_replay_max_events or not settings.live_replay_seconds:
        return []
    assert subscriber.thread_id is not None
    envelopes = await queries.missed_events(
        session,
        subscriber.thread_id,
        last_seen,
        # A live thread has no thread.deleted to replay (one racing it arrives live).
        kinds=[kind for kind in renderers.STREAMED_KINDS if kind != EventKind.thread_deleted],
        since=utcnow() - timedelta(seconds=settings.live_replay_seconds),
        limit=settings.live_replay_max_events,
        lookback=hub.lookback,
    )
    viewer = subscriber.viewer
    audience = {subscriber.thread_id: [viewer]} if viewer is not None else {}
    loaded = await renderers.load(session, envelopes, audience)
    return [
        (envelope.id, frame)
        for envelope in envelopes
        if (frame := loaded.frame(envelope, viewer, {})) is not None
    ]
