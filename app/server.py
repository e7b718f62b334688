"""uvicorn's HTTP/1.1 protocols with the request head bounded, and problem+json refusals.

uvicorn reads a request line and headers of any size: httptools keeps appending to a header
until its end arrives (a 256 MiB `Authorization` header took 80 s and a gigabyte), and both
parsers answer a malformed request with a plain-text 400. These subclasses count the bytes of
a request's head as they arrive and refuse it once a limit is crossed:

- the request target at most `MAX_LINE_BYTES` → 414;
- one header line at most `MAX_LINE_BYTES`, the whole head (request line and headers) at most
  `MAX_HEAD_BYTES` → 431;
- bytes that are not HTTP/1.1 (a control character in a header, a broken request line) → 400.

Each answer is a problem document, then the connection is closed. httptools is never fed past
the limit; h11 buffers at most one read (≤ 256 KiB) beyond it before its own size check, and a
pipelined request's head may borrow up to one read from the request before it on either. Both
are bounds, not leaks. `village serve` runs `HTTP_PROTOCOL`; app/middleware.py checks the
headers' total again for servers that are not these.
"""

from __future__ import annotations

import asyncio
import http
import json
import re
from typing import Any, NoReturn

import h11
import httptools
from uvicorn.protocols.http import h11_impl, httptools_impl

from app.errors import MalformedRequest, ProblemError, RequestHeaderFieldsTooLarge, UriTooLong

MAX_LINE_BYTES = 8 * 1024
MAX_HEAD_BYTES = 16 * 1024
# After a refusal the client may still be sending its head: its bytes are read and dropped
# for this long, so the answer is not lost to a TCP reset of a socket with unread data.
LINGER_SECONDS = 1.0


def head_too_large() -> RequestHeaderFieldsTooLarge:
    return RequestHeaderFieldsTooLarge(
        f"The request line and headers may take at most {MAX_HEAD_BYTES} bytes, "
        f"one header line at most {MAX_LINE_BYTES}."
    )


def target_too_long() -> UriTooLong:
    return UriTooLong(f"The request target may be at most {MAX_LINE_BYTES} bytes.")


def not_http() -> MalformedRequest:
    return MalformedRequest("The request is not valid HTTP/1.1.")


def problem_bytes(problem: ProblemError, default_headers: list[tuple[bytes, bytes]]) -> bytes:
    """A whole HTTP/1.1 response carrying `problem`, the connection to be closed after it."""
    body = json.dumps(problem.body(), separators=(",", ":")).encode()
    lines = [f"HTTP/1.1 {problem.status} {http.HTTPStatus(problem.status).phrase}".encode()]
    lines += [name + b": " + value for name, value in default_headers]
    lines += [
        b"content-type: application/problem+json",
        b"content-length: %d" % len(body),
        b"connection: close",
        b"",
        body,
    ]
    return b"\r\n".join(lines)


class _Refusals:
    """Answers a problem once and closes the connection (the parts both protocols share)."""

    transport: asyncio.Transport
    server_state: Any
    loop: asyncio.AbstractEventLoop
    cycle: Any
    refused = False

    def _refuse(self, problem: ProblemError) -> None:
        if self.refused:
            return
        self.refused = True
        transport = self.transport
        if transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            # A pipelined request's answer cannot overtake the one still being sent.
            transport.close()
            return
        transport.write(problem_bytes(problem, self.server_state.default_headers))
        if transport.can_write_eof():
            transport.write_eof()
            self.loop.call_later(LINGER_SECONDS, transport.close)
        else:
            transport.close()


class HttpToolsProtocol(_Refusals, httptools_impl.HttpToolsProtocol):
    """httptools, fed no more of a request's head than the limit allows."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # from the end of a request until the end of the next one's head
        self._head_room = MAX_HEAD_BYTES  # bytes the current head may still take
        self._problem: ProblemError | None = None  # why a parser callback stopped the parser
        self._requests_read = 0

    def data_received(self, data: bytes) -> None:
        # The speed path: while a head arrives, one comparison and one subtraction per read.
        if self._in_head:
            if len(data) > self._head_room:
                self._head_overflows(data)
                return
            self._head_room -= len(data)
        super().data_received(data)

    def _head_overflows(self, data: bytes) -> None:
        """Feeds what the head may still take; the rest only if the head ended within it."""
        if self.refused:
            return  # lingering: dropped unread
        room = max(self._head_room, 0)
        self._head_room = 0
        requests_read = self._requests_read
        super().data_received(data[:room])
        if self.refused or self.transport.is_closing():
            return
        if self._in_head and self._requests_read == requests_read:
            self._refuse(head_too_large())
        else:  # the head ended, or a pipelined request's head began with its own room
            self.data_received(data[room:])

    def _refuse(self, problem: ProblemError) -> None:
        self._in_head, self._head_room = True, -1  # every later read takes the slow path
        super()._refuse(problem)

    def _stop_parser(self, problem: ProblemError) -> NoReturn:
        # httptools turns a callback's exception into HttpParserCallbackError, which uvicorn
        # answers through send_400_response: the problem waits there.
        self._problem = problem
        raise httptools.HttpParserError(problem.title)

    def send_400_response(self, msg: str) -> None:
        problem, self._problem = self._problem or not_http(), None
        self._refuse(problem)

    def on_headers_complete(self) -> None:
        # The lines are checked once the head is whole (it is within MAX_HEAD_BYTES by now):
        # cheaper than a Python call per header as it arrives.
        self._in_head = False
        if len(self.url) > MAX_LINE_BYTES:
            self._stop_parser(target_too_long())
        for name, value in self.headers:
            if len(name) + len(value) > MAX_LINE_BYTES:
                self._stop_parser(head_too_large())
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head, self._head_room = True, MAX_HEAD_BYTES
        self._requests_read += 1


class _BoundedConnection(h11.Connection):
    """h11's connection, which also refuses a complete head over the limits (h11 bounds only
    an incomplete one) and remembers why it refused a request."""

    refusal: h11.RemoteProtocolError | None = None

    def next_event(self) -> Any:
        try:
            event = super().next_event()
            if type(event) is h11.Request:
                _check_head(event)
        except h11.RemoteProtocolError as exc:
            self.refusal = exc
            raise
        return event

    def refusal_problem(self) -> ProblemError:
        hint = self.refusal.error_status_hint if self.refusal is not None else 400
        if hint == 431:
            return head_too_large()
        if hint == 414:
            return target_too_long()
        return not_http()


# Control characters other than a tab, which h11 lets through in a header value (llhttp does not).
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")


def _check_head(request: h11.Request) -> None:
    if len(request.target) > MAX_LINE_BYTES:
        raise h11.RemoteProtocolError("request target too long", error_status_hint=414)
    size = len(request.method) + len(request.target) + len(b"  HTTP/1.1\r\n\r\n")
    for name, value in request.headers:
        line = len(name) + len(value)
        if line > MAX_LINE_BYTES:
            raise h11.RemoteProtocolError("header line too long", error_status_hint=431)
        if _CONTROL.search(value):
            raise h11.RemoteProtocolError("control character in a header")
        size += line + len(b": \r\n")
    if size > MAX_HEAD_BYTES:
        raise h11.RemoteProtocolError("headers too large", error_status_hint=431)


class H11Protocol(_Refusals, h11_impl.H11Protocol):
    """h11 with its incomplete-head limit set to ours and refusals as problems."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn: _BoundedConnection = _BoundedConnection(
            h11.SERVER, max_incomplete_event_size=MAX_HEAD_BYTES
        )

    def data_received(self, data: bytes) -> None:
        if not self.refused:
            super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        self._refuse(self.conn.refusal_problem())


# What `village serve` runs: httptools (uvicorn[standard] installs it) is the fast parser.
HTTP_PROTOCOL: type[asyncio.Protocol] = HttpToolsProtocol
PROTOCOLS: dict[str, type[asyncio.Protocol]] = {"httptools": HttpToolsProtocol, "h11": H11Protocol}
