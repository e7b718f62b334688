"""A real HTTP receiver for webhook tests: `http.server` on 127.0.0.1 and a free port, in a
thread of its own, answering each POST as the test planned (a status, or a hang) and keeping
what it received."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HANG = "hang"  # take the request and never answer (until the receiver stops)


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    answered: int | None  # the status sent back; None when it hung

    @property
    def json(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.body)
        return document

    def signed_with(self, secret: str) -> bool:
        expected = "sha256=" + hmac.new(secret.encode(), self.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(self.headers.get("x-village-signature", ""), expected)


class Receiver:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.default: int = 200
        self.delay: float = 0.0  # seconds before each answer
        self._plan: deque[int | str] = deque()
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self.hanging = threading.Event()  # set once a request is being held
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/hooks/village"

    def plan(self, *answers: int | str) -> None:
        """The answers to the next requests, in order; then `default`."""
        with self._lock:
            self._plan.extend(answers)

    def _next_answer(self) -> int | str:
        with self._lock:
            return self._plan.popleft() if self._plan else self.default

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                answer = receiver._next_answer()
                if answer == HANG:
                    receiver._record(Received(self.path, headers, body, None))
                    receiver.hanging.set()
                    receiver.stopping.wait(60)
                    self.close_connection = True
                    return
                status = int(answer)
                time.sleep(receiver.delay)
                receiver._record(Received(self.path, headers, body, status))
                reply = b"ok" if status < 300 else b"not now"
                self.send_response(status)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def _record(self, received: Received) -> None:
        with self._lock:
            self.received.append(received)

    def requests(self) -> list[Received]:
        with self._lock:
            return list(self.received)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def running_receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    receiver.start()
    try:
        yield receiver
    finally:
        receiver.stop()


async def until(condition: Any, *, within: float = 15.0, every: float = 0.05) -> None:
    """Waits until `condition()` (sync or async) is true; fails after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        result = condition()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s: {getattr(condition, '__name__', '')}")
        await asyncio.sleep(every)
