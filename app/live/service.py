"""Opening a thread's stream: register it, check the thread, replay what the client missed.

Registering comes first: from that moment every committed event of the thread reaches the
stream, so the replay read after it cannot leave a gap; an event found by both is sent once
(the stream skips the replayed ids)."""

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


async def _replay(
    session: AsyncSession, hub: Hub, subscriber: Subscriber, last_seen: int
) -> list[Item]:
    settings = hub.settings
    if not settings.live_replay_max_events or not settings.live_replay_seconds:
        return []
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
    loaded = await renderers.load(session, envelopes, [viewer.id] if viewer else [])
    return [
        (envelope.id, frame)
        for envelope in envelopes
        if (frame := loaded.frame(envelope, viewer, {})) is not None
    ]
