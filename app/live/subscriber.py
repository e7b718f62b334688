"""One open stream's end of the hub: a small bounded queue of frames.

Kept small on purpose (a process holds thousands of idle streams): a few slots, no task of
its own, nothing allocated while idle."""

from __future__ import annotations

import asyncio
from collections import deque

from app.accounts.models import User

# (event id, frame): the id lets a stream skip what its replay already sent.
Item = tuple[int, bytes]


class Subscriber:
    __slots__ = (
        "_frames",
        "_limit",
        "_waiter",
        "client",
        "closed",
        "expiry",
        "thread_id",
        "viewer",
    )

    def __init__(self, thread_id: int, viewer: User | None, client: str, limit: int) -> None:
        self.thread_id = thread_id
        # The viewer as they were when the stream opened (see the README: a role or a
        # suspension that changes later applies from the next connection).
        self.viewer = viewer
        self.client = client
        self.closed = False
        self._limit = limit
        self._frames: deque[Item] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self.expiry: asyncio.TimerHandle | None = None  # ends the stream at its maximum age

    def push(self, item: Item) -> None:
        """Queues a frame; a stream that has fallen `limit` frames behind is closed instead
        (its client reconnects with Last-Event-ID and is replayed what it missed)."""
        if self.closed:
            return
        if len(self._frames) >= self._limit:
            self._frames.clear()
            self.close()
            return
        self._frames.append(item)
        self._wake()

    def close(self, last: Item | None = None) -> None:
        """Ends the stream once what is queued (and `last`) has been sent."""
        if self.closed:
            return
        if last is not None:
            self._frames.append(last)
        self.closed = True
        self._wake()

    async def next(self) -> Item | None:
        """The next frame, waiting for one; None once the stream is closed and drained."""
        while not self._frames:
            if self.closed:
                return None
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return self._frames.popleft()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)
