"""The HTTP server bounds a request's head before buffering it, and refuses with problems.

Each test speaks raw HTTP/1.1 over a socket to a real uvicorn process serving the real app
with app/server.py's protocol, for httptools (what `village serve` runs) and h11 alike.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from httpx import AsyncClient

from app.server import MAX_HEAD_BYTES, MAX_LINE_BYTES
from tests.helpers import problem

ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024

# The server process: the real app on an already listening socket inherited from the test,
# so no port is ever raced for.
SERVE = """
import socket, sys
import uvicorn
from app.server import PROTOCOLS
sock = socket.socket(fileno=int(sys.argv[1]))
config = uvicorn.Config(
    "app.main:app", http=PROTOCOLS[sys.argv[2]], loop="uvloop", log_level="warning",
    access_log=False,
)
uvicorn.Server(config).run(sockets=[sock])
"""


def app_env(tmp: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "ENVIRONMENT": "test",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp / 'village.db'}",
        "SECRET_KEY": "server-limits-test-secret-that-is-long-enough",
        "FRONTEND_DIST": str(tmp / "no-frontend"),
        "RATE_LIMITS_ENABLED": "false",
    }
    env.pop("REDIS_URL", None)
    return env


@dataclass
class Server:
    port: int
    process: subprocess.Popen[bytes]

    def connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def rss_kib(self, field: str = "VmRSS") -> int:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(line for line in status.splitlines() if line.startswith(field + ":"))
        return int(line.split()[1])


def wait_until_serving(server: Server, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.process.poll() is None, "the server exited"
        try:
            if exchange(server, request("/healthz")).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not start")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module", params=["httptools", "h11"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("server")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    fd = listener.fileno()
    process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-c", SERVE, str(fd), request.param],
        cwd=ROOT,
        env=app_env(tmp),
        pass_fds=[fd],
    )
    server = Server(listener.getsockname()[1], process)
    listener.close()  # the server holds its own copy
    try:
        wait_until_serving(server)
        yield server
    finally:
        stop(process)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def problem(self, status: int, type_suffix: str) -> dict[str, Any]:
        assert self.status == status, (self.status, self.body[:200])
        assert self.headers["content-type"] == "application/problem+json", self.headers
        document: dict[str, Any] = json.loads(self.body)
        assert document["status"] == status
        assert document["type"] == f"/problems/{type_suffix}", document
        assert document["title"] and document["detail"]
        return document


def request(target: str = "/healthz", *headers: bytes, close: bool = True) -> bytes:
    lines = [f"GET {target} HTTP/1.1".encode(), b"Host: test", *headers]
    if close:
        lines.append(b"Connection: close")
    return b"\r\n".join([*lines, b"", b""])


def read_answer(sock: socket.socket, pending: bytearray | None = None) -> Answer:
    """One response; the connection may stay open (keep-alive) or close after it. Bytes read
    past it (a pipelined answer that came in the same read) are left in `pending`."""
    data = bytes(pending or b"")
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed without an answer: {data!r}"
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, value = line.split(":", 1)
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "closed in the middle of the body"
        body += chunk
    if pending is not None:
        pending[:] = body[length:]
    return Answer(int(status_line.split()[1]), headers, body[:length])


def closes(sock: socket.socket, within: float = 5) -> bool:
    sock.settimeout(within)
    try:
        while sock.recv(65536):
            pass
    except ConnectionResetError:
        pass
    except TimeoutError:
        return False
    return True


def exchange(server: Server, raw: bytes) -> Answer:
    with server.connect() as sock:
        sock.sendall(raw)
        return read_answer(sock)


def header_of(size: int, name: bytes = b"X-Filler") -> bytes:
    return name + b": " + b"a" * (size - len(name) - 2)


# Limits


def test_a_header_larger_than_the_limit_is_431_before_the_rest_is_sent(server: Server) -> None:
    """1 MiB of `Authorization` sent 4 KiB at a time: the answer comes while the client is
    still sending, long before the MiB, and the server closes the connection."""
    with server.connect() as sock:
        sock.sendall(b"GET /api/v1/me HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer ")
        piece, sent = b"a" * 4096, 0
        while sent < MiB:
            # Past the limit, give the server a moment to answer between pieces.
            wait = 0.02 if sent > MAX_HEAD_BYTES else 0
            if select.select([sock], [], [], wait)[0]:
                break
            try:
                sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(piece)
        else:
            sock.sendall(b"\r\n\r\n")
        answer = read_answer(sock)
        answer.problem(431, "request-header-fields-too-large")
        assert sent < MiB // 4, f"answered only after {sent} bytes"
        assert closes(sock)


def test_a_long_request_target_is_414(server: Server) -> None:
    answer = exchange(server, request("/healthz?q=" + "a" * MAX_LINE_BYTES))
    answer.problem(414, "uri-too-long")


def test_one_long_header_line_is_431(server: Server) -> None:
    answer = exchange(server, request("/healthz", header_of(MAX_LINE_BYTES + 100)))
    answer.problem(431, "request-header-fields-too-large")


def test_many_headers_over_the_total_are_431(server: Server) -> None:
    headers = [header_of(1000, b"X-Filler-%d" % i) for i in range(MAX_HEAD_BYTES // 1000 + 1)]
    answer = exchange(server, request("/healthz", *headers))
    answer.problem(431, "request-header-fields-too-large")


def test_a_complete_oversized_head_in_one_read_is_431(server: Server) -> None:
    """Sent at once, so that the parser could see all of it complete in one read."""
    answer = exchange(server, request("/healthz", header_of(200_000)))
    answer.problem(431, "request-header-fields-too-large")


def test_heads_within_the_limits_are_served(server: Server) -> None:
    headers = [header_of(MAX_LINE_BYTES - 100, b"X-A"), header_of(MAX_LINE_BYTES // 2, b"X-B")]
    assert exchange(server, request("/healthz", *headers)).status == 200
    assert exchange(server, request("/healthz?q=" + "a" * (MAX_LINE_BYTES - 100))).status == 200


def test_the_limit_is_per_request_on_a_kept_alive_connection(server: Server) -> None:
    """Twenty requests of 2 KiB heads on one connection are 40 KiB in all: each is served."""
    with server.connect() as sock:
        for _ in range(20):
            sock.sendall(request("/healthz", header_of(2048), close=False))
            assert read_answer(sock).status == 200


def test_pipelined_requests_each_have_their_own_limit(server: Server) -> None:
    """Sent in one write: a 15 KiB head, then a small one (17 KiB in all)."""
    first = request(
        "/healthz", header_of(MAX_LINE_BYTES - 100, b"X-A"), header_of(7500), close=False
    )
    assert MAX_HEAD_BYTES - 2048 < len(first) < MAX_HEAD_BYTES
    with server.connect() as sock:
        sock.sendall(first + request("/healthz", header_of(1000)))
        pending = bytearray()  # both answers may come in one read
        assert read_answer(sock, pending).status == 200
        assert read_answer(sock, pending).status == 200


def test_a_large_body_does_not_count_as_head(server: Server) -> None:
    body = b"x" * 100_000
    raw = (
        b"POST /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    ) + body
    assert exchange(server, raw).status == 405


# Malformed requests


def test_a_control_character_in_a_header_is_a_400_problem(server: Server) -> None:
    answer = exchange(server, request("/healthz", b"X-Note: a\x01b"))
    answer.problem(400, "malformed-request")


@pytest.mark.parametrize(
    "raw",
    [
        b"GARBAGE\r\n\r\n",
        b"GET /hea lthz HTTP/1.1\r\nHost: test\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nBad Header: x\r\n\r\n",
    ],
)
def test_a_malformed_request_is_a_400_problem(server: Server, raw: bytes) -> None:
    with server.connect() as sock:
        sock.sendall(raw)
        read_answer(sock).problem(400, "malformed-request")
        assert closes(sock)


def test_the_server_still_serves_after_refusals(server: Server) -> None:
    answer = exchange(server, request("/healthz"))
    assert answer.status == 200
    assert json.loads(answer.body) == {"status": "ok"}


# Memory


def test_concurrent_huge_headers_leave_memory_bounded(server: Server) -> None:
    """8 clients each push a 32 MiB header as fast as they can; the server's peak resident
    memory grows by a few MiB, not by what they sent (it was ~1 GiB before)."""
    Path(f"/proc/{server.process.pid}/clear_refs").write_text("5")  # reset the peak
    before = server.rss_kib()
    blob = b"GET /healthz HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + b"a" * (32 * MiB)
    answers: list[int] = []

    def flood() -> None:
        with server.connect() as sock:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                sock.sendall(blob)
            try:
                answers.append(read_answer(sock).status)
            except (AssertionError, OSError):
                answers.append(0)  # reset before the answer could be read: still bounded

    started = time.monotonic()
    threads = [threading.Thread(target=flood) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    elapsed = time.monotonic() - started
    growth_mib = (server.rss_kib("VmHWM") - before) / 1024
    assert growth_mib < 24, f"peak RSS grew by {growth_mib:.0f} MiB"
    assert elapsed < 10, f"took {elapsed:.1f} s"
    assert 431 in answers, answers
    assert exchange(server, request("/healthz")).status == 200


# `village serve`


VILLAGE = "from app.cli import main; main()"  # `village`, from this checkout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_village_serve_runs_the_bounded_protocol_in_every_worker(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
        [
            sys.executable,
            "-c",
            "from app.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        cwd=ROOT,
        env=app_env(tmp_path),
        stdout=subprocess.DEVNULL,
    )
    served = Server(port, process)
    try:
        wait_until_serving(served)
        for _ in range(4):  # the kernel spreads connections over both workers
            exchange(served, request("/healthz", header_of(MiB))).problem(
                431, "request-header-fields-too-large"
            )
            exchange(served, request("/healthz", b"X-Note: a\x01b")).problem(
                400, "malformed-request"
            )
    finally:
        stop(process)


# Servers that are not ours


async def test_the_app_refuses_oversized_headers_on_any_server(client: AsyncClient) -> None:
    """Defence in depth (app/middleware.py): the app checks the headers' total itself."""
    headers = {f"X-Filler-{i}": "a" * 1000 for i in range(MAX_HEAD_BYTES // 1000 + 1)}
    problem(await client.get("/threads", headers=headers), 431, "request-header-fields-too-large")
    assert (await client.get("/threads", headers={"X-Filler": "a" * 4000})).status_code == 200
