"""PostgreSQL faults end to end, on a private PostgreSQL (tests/core/private_postgres.py) and
a real `village serve` with two workers: a restart and a `kill -9` of the postmaster under
load, and a server out of connections. The app answers 503 (never a 500) while the database
is away, is back within 5 s of it, and loses no acknowledged write.

Runs where PostgreSQL's server programs are installed (CI has them); about 20 s.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from alembic import command
from httpx import ASGITransport, AsyncClient

from app.accounts import service as accounts_service
from app.config import Settings
from app.db import Database
from app.errors import PROBLEM_MEDIA_TYPE
from app.main import create_app, release_resources
from app.security import PasswordHashing
from tests.conftest import alembic_config
from tests.core.private_postgres import PrivatePostgres, find_bindir, free_port
from tests.helpers import PASSWORD, problem

BINDIR = find_bindir()
SECRET_KEY = "fault-test-secret-key-that-is-long-enough-for-hs256"
BACK_WITHIN_SECONDS = 5.0
IN_DOUBT = "may or may not have been saved"

APP_ENVIRONMENT = {
    "ENVIRONMENT": "test",
    "SECRET_KEY": SECRET_KEY,
    "RATE_LIMITS_ENABLED": "false",
    "NEW_MEMBER_HOURS": "0",
    "DUPLICATE_POST_MINUTES": "0",
    "ARGON2_TIME_COST": "1",
    "ARGON2_MEMORY_KIB": "64",
    "ARGON2_PARALLELISM": "1",
    "DB_POOL_SIZE": "5",
}


@pytest.fixture(scope="module")
def private_pg() -> Iterator[PrivatePostgres]:
    if BINDIR is None:
        if os.environ.get("VILLAGE_REQUIRE_POSTGRES") == "1":
            pytest.fail("VILLAGE_REQUIRE_POSTGRES=1 but PostgreSQL's server programs are missing")
        pytest.skip("PostgreSQL's server programs (initdb, postgres) are not installed")
    server = PrivatePostgres(BINDIR, max_connections=20)
    try:
        server.initdb()
        server.start()
        server.create_database("village")
        command.upgrade(alembic_config(server.url("village")), "head")
        yield server
    finally:
        server.destroy()


def app_settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        secret_key_file=tmp_path / "secret",
        redis_url=None,
        frontend_dist=None,
        cors_origins=[],
        **{name.lower(): value for name, value in APP_ENVIRONMENT.items()},
    )


# Out of connections


async def test_too_many_clients_is_503_and_passes(
    private_pg: PrivatePostgres, tmp_path: Path
) -> None:
    app = create_app(app_settings(private_pg.url("village"), tmp_path))
    hogs: list[asyncpg.Connection] = []
    try:
        async with AsyncClient(
            transport=ASGITransport(app=app), base_url="http://test/api/v1"
        ) as client:
            for _ in range(private_pg.max_connections + 5):
                try:
                    hogs.append(await private_pg.connect("village"))
                except asyncpg.TooManyConnectionsError:
                    break
            else:
                raise AssertionError("the server never ran out of connections")

            for response in (
                await client.get("/categories"),
                await client.post(
                    "/auth/register",
                    json={"username": "late", "email": "late@example.org", "password": PASSWORD},
                ),
            ):
                body = problem(response, 503, "service-unavailable")
                assert response.headers["retry-after"]
                assert "too many" not in body["detail"]

            for hog in hogs:
                await hog.close()
            hogs.clear()
            assert (await client.get("/categories")).status_code == 200
    finally:
        for hog in hogs:
            await hog.close()
        await release_resources(app)


# Restart and kill -9 under load


@dataclass
class Outcome:
    started: float
    status: int | None  # None: no HTTP answer at all
    ended: float = 0.0
    detail: str = ""
    problem: bool = False
    retry_after: str = ""
    # Writes: the reply's body (unique), its key, and where and as whom it was posted.
    marker: str = ""
    key: str = ""
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)


@contextmanager
def village_serve(database_url: str, tmp_path: Path) -> Iterator[str]:
    """`village serve --workers 2` on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    env |= APP_ENVIRONMENT | {
        "DATABASE_URL": database_url,
        "SECRET_KEY_FILE": str(tmp_path / "secret"),
        "FRONTEND_DIST": str(tmp_path / "no-frontend"),
    }
    village = Path(sys.executable).parent / "village"
    log_path = tmp_path / "village.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
            [str(village), "serve", "--port", str(port), "--workers", "2"],
            cwd=tmp_path,  # no .env of the checkout
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"village serve did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.1)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)


async def _create_admin(database_url: str, tmp_path: Path) -> None:
    settings = app_settings(database_url, tmp_path)
    database = Database(settings)
    try:
        async with database.sessionmaker() as session, session.begin():
            await accounts_service.ensure_admin(
                session, PasswordHashing(settings), "faultadmin", "admin@example.org", PASSWORD
            )
    finally:
        await database.dispose()


class Load:
    """A bounded load: writers each post replies under keys of their own, readers list
    threads and read posts, each with a short pause, until stopped."""

    WRITERS = 4
    READERS = 2
    PAUSE = 0.02
    MAX_REQUESTS_EACH = 1500

    def __init__(self, client: AsyncClient, tokens: list[str], threads: list[int]) -> None:
        self.client = client
        self.tokens = tokens
        self.threads = threads
        self.writes: list[Outcome] = []
        self.reads: list[Outcome] = []
        self.stopping = asyncio.Event()

    async def run(self) -> None:
        await asyncio.gather(
            *(self._writer(n) for n in range(self.WRITERS)),
            *(self._reader(n) for n in range(self.READERS)),
        )

    async def _writer(self, n: int) -> None:
        token = self.tokens[n % len(self.tokens)]
        url = f"/api/v1/threads/{self.threads[n % len(self.threads)]}/posts"
        for i in range(self.MAX_REQUESTS_EACH):
            if self.stopping.is_set():
                return
            key = f"fault-{n}-{i}"
            headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key}
            outcome = Outcome(
                time.monotonic(), None, marker=f"fault write {key}", key=key, url=url,
                headers=headers,
            )  # fmt: skip
            self.writes.append(outcome)
            await self._send(outcome, "POST", url, headers, outcome.marker)
            await asyncio.sleep(self.PAUSE)

    async def _reader(self, n: int) -> None:
        for i in range(self.MAX_REQUESTS_EACH):
            if self.stopping.is_set():
                return
            thread = self.threads[i % len(self.threads)]
            url = "/api/v1/threads" if (n + i) % 2 else f"/api/v1/threads/{thread}/posts"
            outcome = Outcome(time.monotonic(), None)
            self.reads.append(outcome)
            await self._send(outcome, "GET", url, {}, None)
            await asyncio.sleep(self.PAUSE)

    async def _send(
        self, outcome: Outcome, method: str, url: str, headers: dict[str, str], body: str | None
    ) -> None:
        try:
            response = await self.client.request(
                method, url, headers=headers, json=None if body is None else {"body": body}
            )
        except httpx.TransportError as exc:
            outcome.detail = repr(exc)
            return
        finally:
            outcome.ended = time.monotonic()
        outcome.status = response.status_code
        if response.status_code >= 400:
            outcome.detail = str(response.json().get("detail", ""))
            outcome.problem = response.headers["content-type"] == PROBLEM_MEDIA_TYPE
            outcome.retry_after = response.headers.get("retry-after", "")


async def _all_post_bodies(client: AsyncClient, thread: int) -> list[str]:
    bodies: list[str] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        page = (await client.get(f"/api/v1/threads/{thread}/posts", params=params)).json()
        bodies += [post["body"] for post in page["items"]]
        if page["next_cursor"] is None:
            return bodies
        params["cursor"] = page["next_cursor"]


@pytest.fixture
async def forum_on_private_pg(
    private_pg: PrivatePostgres, tmp_path: Path
) -> AsyncIterator[tuple[AsyncClient, list[str], list[int]]]:
    url = private_pg.url("village")
    await _create_admin(url, tmp_path)
    with village_serve(url, tmp_path) as base_url:
        async with AsyncClient(base_url=base_url, timeout=20) as client:

            async def sign_in(username: str) -> str:
                response = await client.post(
                    "/api/v1/auth/token", data={"username": username, "password": PASSWORD}
                )
                assert response.status_code == 200, response.text
                token: str = response.json()["access_token"]
                return token

            admin = {"Authorization": f"Bearer {await sign_in('faultadmin')}"}
            category = await client.post(
                "/api/v1/categories", json={"slug": "faults", "name": "Faults"}, headers=admin
            )
            assert category.status_code == 201, category.text
            tokens = []
            for name in ("fault_one", "fault_two"):
                registered = await client.post(
                    "/api/v1/auth/register",
                    json={"username": name, "email": f"{name}@example.org", "password": PASSWORD},
                )
                assert registered.status_code == 201, registered.text
                tokens.append(await sign_in(name))
            threads = []
            for token in tokens:
                thread = await client.post(
                    "/api/v1/threads",
                    json={"category": "faults", "title": "Still here?", "body": "First"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                assert thread.status_code == 201, thread.text
                threads.append(thread.json()["id"])
            yield client, tokens, threads


async def test_restart_and_kill_under_load(
    private_pg: PrivatePostgres, forum_on_private_pg: tuple[AsyncClient, list[str], list[int]]
) -> None:
    """While PostgreSQL restarts (`pg_ctl stop -m fast`, start) and then its postmaster is
    killed with SIGKILL and started again (crash recovery), every answer is 2xx or 503, and
    from 5 s after the database accepts connections every answer is 2xx again.

    The rule for writes: a 201 was committed. A 503 was not, with one exception the server
    names: when the connection is lost *during* COMMIT, the server cannot know whether the
    COMMIT took effect, and its 503 says "may or may not have been saved". Such a write is
    present at most once. Retrying every failed write with its own Idempotency-Key then
    replays the ones that did land and makes the ones that did not, so in the end each write
    is present exactly once and every counter agrees with the rows.
    """
    client, tokens, threads = forum_on_private_pg
    load = Load(client, tokens, threads)
    running = asyncio.create_task(load.run())
    try:
        await asyncio.sleep(1.5)
        faults: list[tuple[float, float]] = []  # (fault began, database accepting again)
        began = time.monotonic()
        await asyncio.to_thread(private_pg.stop_fast)
        faults.append((began, await asyncio.to_thread(private_pg.start)))
        await asyncio.sleep(BACK_WITHIN_SECONDS + 1.5)
        began = time.monotonic()
        await asyncio.to_thread(private_pg.kill)
        faults.append((began, await asyncio.to_thread(private_pg.start)))
        await asyncio.sleep(BACK_WITHIN_SECONDS + 1.5)
    finally:
        load.stopping.set()
        await running
    ended = time.monotonic()

    outcomes = load.writes + load.reads
    statuses = Counter(o.status for o in outcomes)
    assert set(statuses) <= {200, 201, 503}, (
        statuses,
        [o.detail for o in outcomes if o.status not in (200, 201, 503)][:5],
    )
    unavailable = [o for o in outcomes if o.status == 503]
    assert unavailable, "the faults were not felt"
    assert all(o.problem and int(o.retry_after) >= 1 for o in unavailable)
    before = [o for o in outcomes if o.ended < faults[0][0]]
    assert before and [o for o in before if o.status not in (200, 201)] == []
    # Back within 5 s of the database, and staying back until the next fault.
    windows = [
        (ready + BACK_WITHIN_SECONDS, faults[i + 1][0] if i + 1 < len(faults) else ended)
        for i, (_, ready) in enumerate(faults)
    ]
    for start, end in windows:
        late = [o for o in outcomes if start <= o.started and o.ended < end]
        assert len(late) > 20, "too little load after the database came back"
        assert [
            (round(o.started - start, 2), o.status, o.detail)
            for o in late
            if o.status not in (200, 201)
        ] == []

    # No acknowledged write lost; no failed write committed, in-doubt ones at most once.
    present: Counter[str] = Counter()
    for thread in threads:
        present.update(await _all_post_bodies(client, thread))
    acknowledged = [o for o in load.writes if o.status == 201]
    failed = [o for o in load.writes if o.status != 201]
    assert acknowledged
    for write in acknowledged:
        assert present[write.marker] == 1, write
    for write in failed:
        assert present[write.marker] <= (1 if IN_DOUBT in write.detail else 0), write

    # Every failed write retried with its key: each write is then there exactly once.
    for write in failed:
        retry = await client.post(write.url, json={"body": write.marker}, headers=write.headers)
        assert retry.status_code == 201, retry.text
    present = Counter()
    for thread in threads:
        bodies = await _all_post_bodies(client, thread)
        present.update(bodies)
        shown = (await client.get(f"/api/v1/threads/{thread}")).json()
        assert shown["post_count"] == len(bodies)
    assert all(present[w.marker] == 1 for w in load.writes), [
        w for w in load.writes if present[w.marker] != 1
    ]
