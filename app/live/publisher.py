"""`village worker`'s side of live events: the events its transactions commit (a
`notification.created` per fan-out) are published on the Redis channel every server's hub
listens on, as a server publishes its requests' (publish only: a worker has no streams).

Without Redis a standalone worker has no way to tell the servers at once; each server's hub
then looks in the outbox for new `notification.created` events about once a second while it
has notification streams open (`Hub` polling, see app/live/hub.py). On SQLite the server
runs the worker itself, and its commits reach the hub directly."""

from __future__ import annotations

import asyncio
import contextlib

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.live.broker import RedisBroker
from app.live.hub import streamed_envelopes


class CommitPublisher:
    def __init__(self, settings: Settings) -> None:
        self.broker = RedisBroker(settings, None, None)
        self._timeout = settings.redis_timeout_seconds

    async def committed(self, session: AsyncSession) -> None:
        """A commit listener (`Database.commit_listeners`) of the standalone worker."""
        envelopes = streamed_envelopes(session)
        if envelopes:
            self.broker.publish(envelopes)

    async def close(self) -> None:
        """Publishes what is still queued (briefly), then closes the connection."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._timeout):
                await self.broker.flush()
        await self.broker.close()


def commit_publisher(settings: Settings) -> CommitPublisher | None:
    """The standalone worker's publisher; None without REDIS_URL."""
    return CommitPublisher(settings) if settings.redis_url else None
