"""One open stream: a short bounded queue of frames, and the writer that sends them.

Built to cost little while idle (a process holds thousands of idle streams): a handful of
slots and no task, no timer, no future of its own. A writer task exists only while there
is something to send; the heartbeat and the maximum age come from the hub's one ticker
for all streams."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from starlette.types import Send

from app.accounts.models import User

logger = logging.getLogger(__name__)

# (event id, frame): the id lets a stream skip what its replay already sent.
Item = tuple[int, bytes]
PING: Item = (0, b": ping\n\n")  # no event has id 0


class Subscriber:
    __slots__ = (
        "_frames",
        "_limit",
        "_replayed",
        "_send",
        "_send_timeout",
        "_stream_task",
        "_writer",
        "aborted",
        "client",
        "closed",
        "ends_at",
        "thread_id",
        "viewer",
    )

    def __init__(
        self, thread_id: int | None, viewer: User | None, client: str, limit: int, ends_at: float
    ) -> None:
        # None: the viewer's own notifications (their `notification.created` events).
        self.thread_id = thread_id
        # The viewer as they were when the stream opened (see the README: a role or a
        # suspension that changes later applies from the next connection).
        self.viewer = viewer
        self.client = client
        self.closed = False
        self.aborted = False  # the client stopped reading: its connection is dropped
        self.ends_at = ends_at  # event-loop time after which the stream ends
        self._limit = limit
        self._frames: list[Item] = []  # a short queue: a list is the smallest one
        self._replayed: frozenset[int] | None = None  # ids the replay sent, not to repeat
        self._send: Send | None = None  # the response's, once the stream is carried on
        self._send_timeout = 0.0
        self._stream_task: asyncio.Task[object] | None = None
        self._writer: asyncio.Task[None] | None = None

    @property
    def idle(self) -> bool:
        return not self._frames and self._writer is None

    def attach(
        self,
        send: Send,
        replay: Iterable[Item],
        send_timeout: float,
        stream_task: asyncio.Task[object],
    ) -> None:
        """Starts sending: the replay first, then what was queued meanwhile (less what
        the replay already carried, which the queue may hold too)."""
        replay = list(replay)
        if replay:
            self._replayed = frozenset(event_id for event_id, _ in replay)
            queued = [item for item in self._frames if item[0] not in self._replayed]
            self._frames = [*replay, *queued]
        self._send = send
        self._send_timeout = send_timeout
        self._stream_task = stream_task
        self._wake()

    def push(self, item: Item) -> None:
        """Queues a frame; a stream that has fallen `limit` frames behind is closed instead
        (its client reconnects with Last-Event-ID and is replayed what it missed)."""
        if self.closed or (self._replayed is not None and item[0] in self._replayed):
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

    def detach(self) -> None:
        """The response is over: nothing more is sent."""
        self.closed = True
        self._frames.clear()
        self._send = None

    def _wake(self) -> None:
        if self._send is not None and self._writer is None:
            self._writer = asyncio.get_running_loop().create_task(self._write())

    async def _write(self) -> None:
        try:
            while self._send is not None and self._frames:
                body = b"".join(frame for _, frame in self._frames)
                self._frames.clear()
                await self._send_body(self._send, body, more=True)
            if self._send is not None and self.closed:
                await self._send_body(self._send, b"", more=False)  # the response ends
                self._send = None
        except TimeoutError:
            logger.info("a live stream's client stopped reading; it is disconnected")
            self._abort()
        except OSError:  # the client went away (servers of ASGI 2.4 say so on send)
            self.detach()
        finally:
            self._writer = None

    async def _send_body(self, send: Send, body: bytes, *, more: bool) -> None:
        # The server waits here while the client's socket buffer is full.
        async with asyncio.timeout(self._send_timeout):
            await send({"type": "http.response.body", "body": body, "more_body": more})

    def _abort(self) -> None:
        self.aborted = True
        self.detach()
        if self._stream_task is not None:
            self._stream_task.cancel()
