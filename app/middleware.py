"""Pure ASGI middleware: request ids with a last-resort 500 problem, header and body size
limits.

All are plain ASGI (not BaseHTTPMiddleware) so streaming responses such as SSE pass through
untouched and no extra task is spawned per request.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import uuid

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import InternalError, PayloadTooLarge
from app.server import MAX_HEAD_BYTES, MAX_LINE_BYTES, head_too_large

logger = logging.getLogger("village.requests")

REQUEST_ID_HEADER = b"x-request-id"


class _RequestIds:
    """Ids are a random prefix of this process and a counter: unique across workers and
    restarts, without a call for random bytes on every request (bench/ profiles). A worker
    forked from a loaded app (gunicorn --preload) draws a prefix of its own."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.prefix = uuid.uuid4().hex[:16]
        self.numbers = itertools.count(1)

    def new(self) -> str:
        return f"{self.prefix}{next(self.numbers):016x}"


_request_ids = _RequestIds()
os.register_at_fork(after_in_child=_request_ids.reset)
# A client may pass its own id for tracing across systems; anything odd is replaced.
_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Gives every request an id, returns it in `X-Request-ID`, and turns any unhandled
    exception into a 500 problem that names the id but never the internals."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self._incoming_id(scope) or _request_ids.new()
        scope.setdefault("state", {})["request_id"] = request_id
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                headers = list(message.get("headers", []))
                headers.append((REQUEST_ID_HEADER, request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            logger.exception(
                "unhandled error in %s %s [request_id=%s]",
                scope.get("method"),
                scope.get("path"),
                request_id,
            )
            if response_started:
                raise
            problem = InternalError(
                f"Something went wrong on our side. Quote request id {request_id} if you report it."
            )
            await problem.response()(scope, receive, send_with_id)

    @staticmethod
    def _incoming_id(scope: Scope) -> str | None:
        for name, value in scope.get("headers", []):
            if name == REQUEST_ID_HEADER:
                text = value.decode("latin-1")
                return text if _CLIENT_REQUEST_ID.match(text) else None
        return None


class HeaderSizeLimitMiddleware:
    """Refuses headers over app/server.py's limits with 431, as `village serve` does before
    reading them: defence in depth for an app run by another server (which has buffered them
    by now, so this bounds what the app handles, not the server's memory)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            size = 0
            for name, value in scope.get("headers", []):
                line = len(name) + len(value)
                size += line + 4  # ": " and CRLF
                if line > MAX_LINE_BYTES or size > MAX_HEAD_BYTES:
                    await head_too_large().response()(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def body_limit_detail(max_bytes: int) -> str:
    return f"The request body may be at most {max_bytes} bytes."


class BodySizeLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, by header or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self._too_large()(scope, receive, send)
                    return

        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if response_started:
                raise
            await self._too_large()(scope, receive, send)

    def _too_large(self) -> ASGIApp:
        return PayloadTooLarge(body_limit_detail(self.max_bytes)).response()


class _BodyTooLarge(StarletteHTTPException):
    """Raised from `receive`; FastAPI re-raises HTTP exceptions from body reading, so the
    app's handler renders it as a 413 problem. The middleware catches it if it escapes."""

    def __init__(self) -> None:
        super().__init__(413)
