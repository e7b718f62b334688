"""Transient database failures: the classifier (app/transient.py) on real errors of real
databases, and the middleware that runs a request again or answers 503 with Retry-After.

The errors come from a real PostgreSQL: a real deadlock, a terminated backend, a refused
port, an exhausted pool, and `RAISE ... USING ERRCODE` for the SQLSTATEs a test cannot bring
about on the shared server (starting up, too many clients), which asyncpg and SQLAlchemy
wrap exactly as they wrap the server's own. tests/core/test_database_faults.py restarts and
kills a private PostgreSQL for the same failures end to end.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from app.config import Settings
from app.db import Database, SessionDep
from app.deps import CurrentWriter
from app.errors import NotFound
from app.transient import CommitInDoubt, Failure, classify, commit_in_doubt, sqlstate
from tests.helpers import Forum, problem


@pytest.fixture
async def pg_engine(postgres_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(postgres_url, hide_parameters=True, pool_size=2)
    yield engine
    await engine.dispose()


async def failure_of(run: Callable[[], Awaitable[Any]]) -> BaseException:
    try:
        await run()
    except Exception as exc:
        return exc
    raise AssertionError("it did not fail")


async def raise_sqlstate(engine: AsyncEngine, code: str) -> BaseException:
    async def run() -> None:
        async with engine.connect() as connection:
            await connection.execute(
                text(f"DO $$ BEGIN RAISE EXCEPTION 'failure' USING ERRCODE = '{code}'; END $$")
            )

    return await failure_of(run)


# The classifier


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("40001", Failure.CONFLICT),  # serialization_failure
        ("40P01", Failure.CONFLICT),  # deadlock_detected
        ("08006", Failure.UNAVAILABLE),  # connection_failure
        ("53300", Failure.UNAVAILABLE),  # too_many_connections
        ("53100", Failure.UNAVAILABLE),  # disk_full
        ("57P01", Failure.UNAVAILABLE),  # admin_shutdown
        ("57P03", Failure.UNAVAILABLE),  # cannot_connect_now: starting up, shutting down
        ("57014", Failure.UNAVAILABLE),  # query_canceled (statement timeout)
        ("55P03", Failure.UNAVAILABLE),  # lock_not_available (lock timeout)
        ("58030", Failure.UNAVAILABLE),  # io_error
        ("23505", None),  # unique_violation: a bug or a race to answer, not the database
        ("22P02", None),  # invalid_text_representation
        ("42P01", None),  # undefined_table
        ("P0001", None),  # raise_exception
    ],
)
async def test_sqlstates_are_classified(
    pg_engine: AsyncEngine, code: str, expected: Failure | None
) -> None:
    error = await raise_sqlstate(pg_engine, code)
    assert isinstance(error, DBAPIError)
    assert sqlstate(error) == code
    assert classify(error) is expected


async def test_a_real_deadlock_is_a_conflict(pg_engine: AsyncEngine) -> None:
    async with pg_engine.begin() as connection:
        await connection.execute(text("CREATE TABLE IF NOT EXISTS transient_rows (id int)"))
        await connection.execute(text("TRUNCATE transient_rows"))
        await connection.execute(text("INSERT INTO transient_rows VALUES (1), (2)"))

    lock_row = text("UPDATE transient_rows SET id = id WHERE id = :id")

    async def lock(first: int, second: int) -> None:
        async with pg_engine.begin() as connection:
            await connection.execute(lock_row, {"id": first})
            await asyncio.sleep(0.2)
            await connection.execute(lock_row, {"id": second})

    try:
        outcomes = await asyncio.gather(lock(1, 2), lock(2, 1), return_exceptions=True)
    finally:
        async with pg_engine.begin() as connection:
            await connection.execute(text("DROP TABLE transient_rows"))
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(errors) == 1
    assert sqlstate(errors[0]) == "40P01"
    assert classify(errors[0]) is Failure.CONFLICT
    assert not commit_in_doubt(errors[0])


async def test_a_terminated_connection_is_lost_and_a_commit_on_it_in_doubt(
    pg_engine: AsyncEngine,
) -> None:
    async def run() -> None:
        async with pg_engine.connect() as victim:
            pid = await victim.scalar(text("SELECT pg_backend_pid()"))
            async with pg_engine.connect() as killer:
                await killer.execute(text(f"SELECT pg_terminate_backend({pid}, 5000)"))
            await victim.execute(text("SELECT 1"))

    error = await failure_of(run)
    assert isinstance(error, DBAPIError) and error.connection_invalidated
    assert classify(error) is Failure.LOST
    # Lost before COMMIT: run the request again. Lost during COMMIT: it may have landed.
    assert commit_in_doubt(error)
    try:
        raise CommitInDoubt("lost during COMMIT") from error
    except CommitInDoubt as in_doubt:
        assert classify(in_doubt) is Failure.IN_DOUBT
    # SQLAlchemy invalidated the pool: the next checkout connects anew and works.
    async with pg_engine.connect() as connection:
        assert await connection.scalar(text("SELECT 1")) == 1


async def test_refused_connections_and_pool_timeouts_are_unavailable(postgres_url: str) -> None:
    refused = create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/nowhere")
    try:
        error = await failure_of(refused.connect().__aenter__)
        assert isinstance(error, OSError)
        assert classify(error) is Failure.UNAVAILABLE
    finally:
        await refused.dispose()

    small = create_async_engine(postgres_url, pool_size=1, max_overflow=0, pool_timeout=0.1)
    try:
        async with small.connect() as held:
            await held.execute(text("SELECT 1"))
            error = await failure_of(small.connect().__aenter__)
        assert classify(error) is Failure.UNAVAILABLE
    finally:
        await small.dispose()


async def test_sqlite_that_cannot_open_is_unavailable(tmp_path: Path) -> None:
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path}/missing/village.db")
    try:
        error = await failure_of(engine.connect().__aenter__)
        assert classify(error) is Failure.UNAVAILABLE
    finally:
        await engine.dispose()
        # aiosqlite's thread of the failed connect finishes on this loop: let it.
        for _ in range(100):
            if not any("_connection_worker_thread" in t.name for t in threading.enumerate()):
                break
            await asyncio.sleep(0.02)


def test_other_errors_are_not_transient() -> None:
    assert classify(ValueError("no")) is None
    assert classify(NotFound()) is None
    assert classify(KeyError("x")) is None
    assert sqlstate(ValueError("no")) is None


async def test_errors_never_carry_bound_values(settings: Settings) -> None:
    """`hide_parameters=True`: a failing statement's message and log line name the SQL but
    never the values bound to it (password hashes, tokens, bodies)."""
    database = Database(settings)
    secret = "s3cret-value-never-logged"
    try:

        async def run() -> None:
            async with database.engine.connect() as connection:
                await connection.execute(
                    text("SELECT * FROM no_such_table WHERE name = :secret"), {"secret": secret}
                )

        error = await failure_of(run)
        assert secret not in str(error)
        assert "hide_parameters" in str(error)
    finally:
        await database.dispose()


# The middleware: a request run again, or a 503


class Echo(BaseModel):
    text: str


class Hooks:
    """Test-only routes on the real app, for failures no public route can be made to meet on
    cue. Each counts how many times it ran."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.attempts: dict[str, int] = {}
        self.first_lock_taken = asyncio.Event()

    def route(self, name: str, endpoint: Callable[..., Awaitable[Any]]) -> None:
        async def counted(data: Echo, session: SessionDep) -> dict[str, Any]:
            self.attempts[name] = self.attempts.get(name, 0) + 1
            await endpoint(session, self.attempts[name])
            return {"attempts": self.attempts[name], "text": data.text}

        self.app.add_api_route(f"/api/v1/_test/{name}", counted, methods=["POST"])

    def signed_in_route(self, name: str, endpoint: Callable[..., Awaitable[Any]]) -> None:
        """The same, for a member writing: the attempt after a failure must see the member
        in its own session, not the failed attempt's."""

        async def counted(data: Echo, session: SessionDep, user: CurrentWriter) -> dict[str, Any]:
            self.attempts[name] = self.attempts.get(name, 0) + 1
            await endpoint(session, self.attempts[name])
            return {"attempts": self.attempts[name], "username": user.username}

        self.app.add_api_route(f"/api/v1/_test/{name}", counted, methods=["POST"])


@pytest.fixture
def hooks(app: FastAPI) -> Hooks:
    return Hooks(app)


async def _terminate(app: FastAPI, session: Any) -> None:
    """Ends this request's own backend, as a restart or an administrator would."""
    pid = await session.scalar(text("SELECT pg_backend_pid()"))
    async with app.state.database.engine.connect() as other:
        await other.execute(text(f"SELECT pg_terminate_backend({pid}, 5000)"))


@pytest.mark.postgres_only
async def test_a_deadlocked_request_is_run_again_and_succeeds(
    app: FastAPI, client: AsyncClient, forum: Forum, hooks: Hooks
) -> None:
    a, b = (await forum.member()).id, (await forum.member()).id
    lock_user = "UPDATE users SET bio = bio WHERE id = :id"

    async def locks_a_then_b(session: Any, attempt: int) -> None:
        await session.execute(text(lock_user), {"id": a})
        hooks.first_lock_taken.set()
        await session.execute(text(lock_user), {"id": b})

    hooks.route("deadlock", locks_a_then_b)
    async with app.state.database.engine.connect() as other:
        # The other transaction takes b, then waits for a: a real deadlock. Its own detector
        # waits 10 s, so PostgreSQL breaks the cycle in the request's transaction (after 1 s).
        await other.execute(text("SET LOCAL deadlock_timeout = '10s'"))
        await other.execute(text(lock_user), {"id": b})
        request = asyncio.create_task(
            client.post("/_test/deadlock", json={"text": "replayed body"})
        )
        await asyncio.wait_for(hooks.first_lock_taken.wait(), 5)
        await other.execute(text(lock_user), {"id": a})
        await other.commit()
    response = await request
    assert response.status_code == 200, response.text
    assert response.json() == {"attempts": 2, "text": "replayed body"}


@pytest.mark.postgres_only
async def test_retries_exhausted_answer_503_with_retry_after(
    app: FastAPI, client: AsyncClient, settings: Settings, hooks: Hooks
) -> None:
    async def always_conflicts(session: Any, attempt: int) -> None:
        await session.execute(
            text("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$")
        )

    hooks.route("conflict", always_conflicts)
    response = await client.post("/_test/conflict", json={"text": "x"})
    body = problem(response, 503, "service-unavailable")
    assert int(response.headers["retry-after"]) >= 1
    assert "busy" in body["detail"]
    assert hooks.attempts["conflict"] == 1 + settings.db_retry_attempts
    assert "40001" not in response.text and "conflict" not in body["detail"]


@pytest.mark.postgres_only
async def test_a_connection_lost_before_commit_is_run_again(
    app: FastAPI, client: AsyncClient, hooks: Hooks
) -> None:
    async def loses_connection_once(session: Any, attempt: int) -> None:
        if attempt == 1:
            await _terminate(app, session)
        await session.execute(text("SELECT 1"))

    hooks.route("lost", loses_connection_once)
    response = await client.post("/_test/lost", json={"text": "x"})
    assert response.status_code == 200, response.text
    assert response.json()["attempts"] == 2


@pytest.mark.postgres_only
async def test_a_members_request_run_again_sees_the_member_afresh(
    app: FastAPI, client: AsyncClient, forum: Forum, hooks: Hooks
) -> None:
    """The token's owner is looked up once per attempt: the first attempt's user belongs to
    a session that was rolled back and closed (a 500 under a database restart, found by
    tests/core/test_database_faults.py)."""
    member = await forum.member()

    async def loses_connection_once(session: Any, attempt: int) -> None:
        if attempt == 1:
            await _terminate(app, session)
        await session.execute(text("SELECT 1"))

    hooks.signed_in_route("member_lost", loses_connection_once)
    response = await client.post("/_test/member_lost", json={"text": "x"}, headers=member.headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"attempts": 2, "username": member.username}


@pytest.mark.postgres_only
async def test_a_connection_lost_during_commit_is_503_in_doubt_and_not_run_again(
    app: FastAPI, client: AsyncClient, hooks: Hooks
) -> None:
    async def loses_connection_before_commit(session: Any, attempt: int) -> None:
        await _terminate(app, session)  # the endpoint is done: the next statement is COMMIT

    hooks.route("in-doubt", loses_connection_before_commit)
    response = await client.post("/_test/in-doubt", json={"text": "x"})
    body = problem(response, 503, "service-unavailable")
    assert "may or may not have been saved" in body["detail"]
    assert response.headers["retry-after"]
    assert hooks.attempts["in-doubt"] == 1
    # The pool recovered: the next request works.
    assert (await client.get("/categories")).status_code == 200


@pytest.mark.postgres_only
async def test_other_database_errors_are_not_retried(
    app: FastAPI, client: AsyncClient, hooks: Hooks
) -> None:
    async def divides_by_zero(session: Any, attempt: int) -> None:
        await session.execute(text("SELECT 1 / 0"))

    hooks.route("bug", divides_by_zero)
    response = await client.post("/_test/bug", json={"text": "x"})
    problem(response, 500, "internal-error")
    assert hooks.attempts["bug"] == 1
