"""The HTTP side of a stream, built to cost little while it is open.

Opening a stream is an ordinary request through the whole app (authentication, limits, the
404, the replay), which answers `200 text/event-stream` through every middleware (so the
headers they add are there). Then the stream is handed off: `LiveStreamMiddleware`, the
outermost middleware, carries it on by itself, so that while a stream is idle what it holds
is its request's task waiting for the client to leave, and its subscriber; not every
middleware's frame, the request's objects, a task or a timer of its own (measured with
2,000 idle streams in one process; see the README).

Frames are written by the subscriber (app/live/subscriber.py); `: ping` comments and the
maximum age come from the hub's ticker; a client that stops reading is dropped after
LIVE_SEND_TIMEOUT_SECONDS.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings
from app.live.hub import Hub
from app.live.service import Stream

# In `scope["state"]`: the middleware says it will carry a stream on; the response leaves
# the stream there for it.
CARRIES = "village.live.carries"
HANDED_OFF = "village.live.stream"
# What a stream keeps of its request's scope once handed off (the server reads the method).
ASGI_KEYS = (
    "type",
    "asgi",
    "http_version",
    "server",
    "client",
    "scheme",
    "method",
    "root_path",
    "path",
    "raw_path",
    "query_string",
    "extensions",
)
HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-store"),
    # Proxies (nginx) pass each event on at once instead of buffering the response.
    (b"x-accel-buffering", b"no"),
    (b"vary", b"authorization"),
]


class Carry:
    """Carries one open stream on until the client leaves or the stream ends."""

    __slots__ = ("hub", "send_timeout", "stream")

    def __init__(self, hub: Hub, stream: Stream, settings: Settings) -> None:
        self.hub = hub
        self.stream = stream
        self.send_timeout = settings.live_send_timeout_seconds

    async def __call__(self, receive: Receive, send: Send) -> None:
        subscriber = self.stream.subscriber
        task = asyncio.current_task()
        assert task is not None
        subscriber.attach(send, self.stream.replay, self.send_timeout, task)
        del self.stream
        try:
            # Returns when the client leaves, or once the stream's last chunk is sent.
            message: Message = await receive()
            while message["type"] != "http.disconnect":
                message = await receive()
        except asyncio.CancelledError:
            if not subscriber.aborted:
                raise
            # A client that stopped reading: returning unfinished drops the connection.
        finally:
            subscriber.detach()
            self.hub.leave(subscriber)


class LiveResponse(Response):
    """200 `text/event-stream`, then the stream, carried on by `LiveStreamMiddleware` (or by
    this response itself where that middleware is not installed)."""

    def __init__(self, hub: Hub, stream: Stream, settings: Settings) -> None:
        # No Response.__init__: it would add a Content-Length to an endless body.
        self.status_code = 200
        self.background = None
        self.raw_headers = list(HEADERS)
        self._carry = Carry(hub, stream, settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        carry, handed_off = self._carry, False
        subscriber = carry.stream.subscriber
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            if scope["method"] == "HEAD":
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            state: dict[str, Any] = scope.get("state") or {}
            if state.get(CARRIES):
                state[HANDED_OFF] = carry
                handed_off = True
                return
            await carry(receive, send)
        finally:
            if not handed_off:
                carry.hub.leave(subscriber)


class LiveStreamMiddleware:
    """The outermost middleware: carries on a stream once the app has opened it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        state[CARRIES] = True
        await self.app(scope, receive, send)
        carry: Carry | None = state.pop(HANDED_OFF, None)
        if carry is None:
            return
        # The request's objects (route, dependencies' exit stacks, its headers with the
        # credentials) are not needed any more: the scope keeps the ASGI keys alone, in a
        # table of their size.
        kept = {key: scope[key] for key in ASGI_KEYS if key in scope}
        scope.clear()
        scope.update(kept, headers=[])
        del state, kept
        await carry(receive, send)
