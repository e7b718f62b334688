"""Live events under load: idle SSE streams on one worker process, and how fast a reply
reaches all of them.

    python -m bench.live [--connections 2000] [--replies 10] [--idle 20] [--members 0.5]
                         [--database-url URL] [--redis-url URL]

Needs a migrated, seeded database (`village migrate` and the bench seeder). Starts
`village serve --workers 1` on a free loopback port, opens N streams on one thread
(`GET /api/v1/events?thread=…`; a share of them signed in, so per-viewer rendering is paid
for), keeps them idle for a while and samples the worker's RSS, then posts replies one at a
time and times, for every stream, from the moment the reply was sent to the moment its
`post.created` event arrived. Prints a table and writes bench/results/<time>-live.json.

The streams are read with raw asyncio sockets (HTTP/1.1 chunked framing, SSE lines), so
2,000 of them cost this client little next to the server it measures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import secrets
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.seed import BENCH_PASSWORD

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
API = "/api/v1"
THREAD = 2  # a thread of ordinary length in the seeded dataset
WRITER = "parent100"
READERS = [f"parent{n}" for n in range(200, 220)]
TARGET_RSS_MB = 150.0
TARGET_P99_S = 2.0


@dataclass
class Stream:
    """One open SSE connection, and when each post's `post.created` reached it."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    arrivals: dict[int, float] = field(default_factory=dict)
    pings: int = 0


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _request(base: str, method: str, path: str, body: Any = None, token: str = "") -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{base}{path}", data=data, method=method)  # noqa: S310
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return json.loads(response.read() or b"null")


def sign_in(base: str, username: str) -> str:
    """An access token through the OAuth2 password form, as any client gets one."""
    form = urllib.parse.urlencode({"username": username, "password": BENCH_PASSWORD}).encode()
    request = urllib.request.Request(f"{base}{API}/auth/token", data=form, method="POST")  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return str(json.loads(response.read())["access_token"])


def wait_ready(base: str, process: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited at start; see its log")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit("the server did not become ready")


async def open_stream(port: int, thread_id: int, token: str) -> Stream:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    writer.write(
        f"GET {API}/events?thread={thread_id} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Accept: text/event-stream\r\n{auth}\r\n".encode()
    )
    await writer.drain()
    status = await reader.readline()
    if b" 200 " not in status:
        raise RuntimeError(f"stream refused: {status!r}")
    while (await reader.readline()).strip():  # the response's headers
        pass
    return Stream(reader, writer)


async def read_events(stream: Stream) -> None:
    """Reads chunked SSE until the connection closes, noting post.created arrivals."""
    buffer = b""
    event = b""
    while True:
        size_line = await stream.reader.readline()
        if not size_line:
            return
        size = int(size_line.strip() or b"0", 16)
        if size == 0:
            return
        buffer += await stream.reader.readexactly(size)
        await stream.reader.readexactly(2)  # the chunk's CRLF
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            if line.startswith(b"event:"):
                event = line[6:].strip()
            elif line.startswith(b"data:") and event == b"post.created":
                post_id = json.loads(line[5:])["id"]
                stream.arrivals[post_id] = time.perf_counter()
            elif line.startswith(b":"):
                stream.pings += 1


async def measure(args: argparse.Namespace, base: str, port: int, pid: int) -> dict[str, Any]:
    writer_token = sign_in(base, WRITER)
    reader_tokens = [sign_in(base, name) for name in READERS]
    members = int(args.connections * args.members)
    streams: list[Stream] = []
    started = time.perf_counter()
    batch = 100
    for first in range(0, args.connections, batch):
        opened = await asyncio.gather(
            *(
                open_stream(
                    port, THREAD, reader_tokens[i % len(reader_tokens)] if i < members else ""
                )
                for i in range(first, min(first + batch, args.connections))
            )
        )
        streams.extend(opened)
    connect_s = time.perf_counter() - started
    readers = [asyncio.create_task(read_events(stream)) for stream in streams]
    await asyncio.sleep(args.idle)
    idle_rss = rss_mb(pid)
    latencies: list[float] = []
    missing = 0
    for n in range(args.replies):
        sent = time.perf_counter()
        post = await asyncio.to_thread(
            _request,
            base,
            "POST",
            f"{API}/threads/{THREAD}/posts",
            {"body": f"Live benchmark reply {n} {secrets.token_hex(4)}"},
            writer_token,
        )
        await asyncio.sleep(args.wait)
        for stream in streams:
            arrived = stream.arrivals.get(post["id"])
            if arrived is None:
                missing += 1
            else:
                latencies.append(arrived - sent)
    peak_rss = rss_mb(pid)
    for stream in streams:
        stream.writer.close()
    for task in readers:
        task.cancel()
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    return {
        "connections": args.connections,
        "signed_in": members,
        "replies": args.replies,
        "connect_seconds": round(connect_s, 2),
        "idle_seconds": args.idle,
        "idle_rss_mb": round(idle_rss, 1),
        "peak_rss_mb": round(peak_rss, 1),
        "deliveries": len(latencies),
        "missing": missing,
        "latency_p50_s": round(pct(0.50), 3),
        "latency_p99_s": round(pct(0.99), 3),
        "latency_max_s": round(latencies[-1], 3) if latencies else None,
        "latency_mean_s": round(statistics.fmean(latencies), 3) if latencies else None,
        "pings_per_stream": round(statistics.fmean(s.pings for s in streams), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--connections", type=int, default=2000)
    parser.add_argument("--replies", type=int, default=10)
    parser.add_argument("--idle", type=float, default=20.0, help="seconds idle before measuring")
    parser.add_argument("--wait", type=float, default=3.0, help="seconds to wait per reply")
    parser.add_argument("--members", type=float, default=0.5, help="share of signed-in streams")
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/village_bench"
        ),
    )
    parser.add_argument("--redis-url", default="", help="publish through Redis (default: none)")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4 * args.connections)), hard))
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "ENVIRONMENT": "development",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "RATE_LIMITS_ENABLED": "false",
        # One client address and a few members open every stream: lift the per-client caps.
        "LIVE_STREAMS_PER_ADDRESS": str(args.connections * 2),
        "LIVE_STREAMS_PER_USER": str(args.connections * 2),
        "LIVE_MAX_STREAMS": str(args.connections * 2),
        "FRONTEND_DIST": str(ROOT / "bench" / "no-frontend"),
    }
    env.pop("REDIS_URL", None)
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    port = free_port()
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    log = RESULTS / f"{stamp}-live-server.log"
    village = str(Path(sys.executable).parent / "village")
    command = [village, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 - our own command line
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_ready(base, process)
        report = asyncio.run(measure(args, base, port, process.pid))
    finally:
        process.terminate()
        process.wait(timeout=30)
    report["redis"] = bool(args.redis_url)
    report["database"] = args.database_url.split(":", 1)[0]
    (RESULTS / f"{stamp}-live.json").write_text(json.dumps(report, indent=2) + "\n")
    for key, value in report.items():
        print(f"{key:<20} {value}")
    rss_ok = report["peak_rss_mb"] < TARGET_RSS_MB
    p99_ok = report["missing"] == 0 and report["latency_p99_s"] < TARGET_P99_S
    print(f"RSS < {TARGET_RSS_MB:.0f} MB: {'met' if rss_ok else 'MISSED'}")
    print(f"every stream within {TARGET_P99_S:.0f} s (p99): {'met' if p99_ok else 'MISSED'}")


if __name__ == "__main__":
    main()
