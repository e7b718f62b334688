"""Database engine, sessions, the declarative base and the per-request session dependency."""

from __future__ import annotations

import asyncio
import collections
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import DateTime, MetaData, event, make_url
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect, Result
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Session, SessionTransaction
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator

from app.config import Settings
from app.errors import ProblemError
from app.transient import CommitInDoubt, commit_in_doubt

logger = logging.getLogger(__name__)

# Every constraint gets a stable, predictable name so migrations can refer to it on both
# databases (SQLite batch mode needs names to drop or alter constraints).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_POOL_SIZE = 5

# Integer keys are 32-bit on PostgreSQL. Ids that arrive from outside (paths, cursors, token
# subjects) are checked against this, so an absurd one is refused cleanly, not by the driver.
MAX_ID = 2_147_483_647


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python, on both databases.

    SQLite has no time zone type, so values are stored as naive UTC and made aware on load.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        # asyncpg reads timestamptz as aware UTC datetimes itself, whatever the session's
        # TimeZone: a page of posts skips ~60 calls of the hook below (bench/).
        if dialect.driver == "asyncpg":
            return None
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@functools.cache
def _record_type(keys: tuple[str, ...]) -> type[tuple[Any, ...]]:
    return collections.namedtuple("Record", keys)


def records(result: Result[Any]) -> list[Any]:
    """A result's rows as named tuples, read by the same attribute names. A `Row` answers an
    attribute through `__getattr__` (about 0.2 µs), a named tuple by index (about 0.04):
    presenting a page of 20 posts reads some 600, and took 169 µs on `Row`s against 44 µs
    on these (docs/benchmarks.md)."""
    make = _record_type(tuple(result.keys()))._make  # type: ignore[attr-defined]
    return [make(row) for row in result.all()]


def dialect_insert(session: AsyncSession) -> Any:
    """`insert` of the session's dialect, for ON CONFLICT upserts (same syntax on both)."""
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _configure_sqlite(engine: AsyncEngine) -> None:
    """WAL, foreign keys, a busy timeout, and explicit BEGINs that SQLAlchemy controls.

    pysqlite's own transaction handling defers BEGIN and cannot take the write lock up
    front; a request that will write starts with BEGIN IMMEDIATE instead, so two writers
    queue on the busy timeout rather than failing with "database is locked" mid-transaction.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine(settings: Settings) -> AsyncEngine:
    if settings.is_sqlite:
        # A fixed pool for a file: each connection is a file handle, a page cache and a
        # thread of its own, and an overflow one was made and dropped per request (bench/
        # measured the worker growing past 150 MB). SQLite writes one at a time anyway.
        # An in-memory database has its one connection (StaticPool), which takes no sizes.
        in_memory = make_url(settings.database_url).database in (None, "", ":memory:")
        sizes = {} if in_memory else {"pool_size": SQLITE_POOL_SIZE, "max_overflow": 0}
        engine = create_async_engine(
            settings.database_url, echo=settings.sql_echo, hide_parameters=True, **sizes
        )
        _configure_sqlite(engine)
        return engine
    return create_async_engine(
        settings.database_url,
        echo=settings.sql_echo,
        # Errors and the SQL log never show bound values: hashes, tokens, bodies.
        hide_parameters=True,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        # No ping per checkout (a round trip on every request, measured in bench/). A
        # connection the server dropped fails its statement as a disconnect: SQLAlchemy then
        # invalidates every connection pooled before it (each reconnects on checkout), and
        # app/transient.py runs that request again.
        pool_pre_ping=False,
        pool_recycle=1800,
    )


class Database:
    """The engine and session factory of one app instance (no module-level globals)."""

    def __init__(self, settings: Settings) -> None:
        self.engine = create_engine(settings)
        self.is_sqlite = settings.is_sqlite
        # PostgreSQL's one-statement reads run in autocommit on the same pool (`one_statement`).
        autocommit = (
            None if self.is_sqlite else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self.sessionmaker = async_sessionmaker(
            self.engine,
            expire_on_commit=False,
            sync_session_class=_RequestSession,
            info={_AUTOCOMMIT_ENGINE: autocommit},
        )
        # SQLite: one writer at a time. PostgreSQL: writers hold all but one of the pool.
        writers = 1 if self.is_sqlite else settings.db_pool_size + settings.db_max_overflow - 1
        self._writer_turns = asyncio.Semaphore(max(1, writers))
        # Called with a request's session after its transaction committed (live streams
        # publish the events it emitted); a listener's failure never fails the request.
        self.commit_listeners: list[Callable[[AsyncSession], Awaitable[None]]] = []

    async def committed(self, session: AsyncSession) -> None:
        for listener in self.commit_listeners:
            try:
                await listener(session)
            except Exception:  # the change is committed: report, and answer as done
                logger.exception("a commit listener failed")

    def writer_turn(self, writes: bool) -> AbstractAsyncContextManager[object]:
        """A writer's turn, taken before the request's connection. SQLite takes one writer at
        a time: writers of this process queue here, in order, instead of polling the file
        lock with SQLite's growing sleeps (bench/ measured seconds of p99 under 16 concurrent
        writers). On PostgreSQL a burst of writes never holds the last pooled connection, so
        a reader finds one at once instead of queueing behind every write (tests/core/
        test_pool.py)."""
        return self._writer_turns if writes else nullcontext()

    async def dispose(self) -> None:
        await self.engine.dispose()


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# `Session.info` keys: the engine of autocommit connections (None on SQLite), and whether the
# session's transaction holds a connection yet.
_AUTOCOMMIT_ENGINE = "autocommit_engine"
_HOLDS_CONNECTION = "holds_connection"


class _RequestSession(Session):
    """A request's session, which notes when its transaction first takes a connection."""


@event.listens_for(_RequestSession, "after_begin")
def _note_connection(session: Session, _transaction: SessionTransaction, _conn: Any) -> None:
    session.info[_HOLDS_CONNECTION] = True


@asynccontextmanager
async def one_statement(session: AsyncSession) -> AsyncIterator[AsyncConnection]:
    """The connection for a read that is one statement. One statement sees one snapshot by
    itself, so on PostgreSQL it runs in autocommit on a pooled connection of its own, without
    the `BEGIN` and `COMMIT` round trips of the request's transaction (bench/ measured them
    at a fifth of a hot read's CPU). When the request's session already holds a connection
    (it read something first) the statement joins that transaction, so what the request
    reads still agrees. SQLite keeps its transaction: its `BEGIN` is no round trip."""
    info = session.info
    autocommit: AsyncEngine | None = info.get(_AUTOCOMMIT_ENGINE)
    if autocommit is None or info.get(_HOLDS_CONNECTION):
        yield await session.connection()
        return
    async with autocommit.connect() as connection:
        yield connection


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed when the endpoint returns, before the response.

    The dependency is function-scoped, so its exit runs before FastAPI sends the response:
    a commit that fails becomes an error response, never a 200 for work that was lost.
    A problem marked `keeps_changes` (e.g. refresh-token reuse revoking a login family)
    commits what was done before it was raised; any other exception rolls back.
    A database failure is left to app/transient.py, which may run the whole request again.
    """
    database: Database = request.app.state.database
    writes = request.method not in SAFE_METHODS
    async with database.sessionmaker() as session, database.writer_turn(writes):
        if writes and database.is_sqlite:
            await session.connection(execution_options={"sqlite_immediate": True})
        try:
            yield session
        except ProblemError as problem:
            if problem.keeps_changes:
                await _commit(session, writes)
                await database.committed(session)
            else:
                await session.rollback()
            raise
        except BaseException:
            await session.rollback()
            raise
        else:
            if writes or _has_work(session):
                await _commit(session, writes)
            await database.committed(session)


def _has_work(session: AsyncSession) -> bool:
    """Whether a read's session has anything to commit. A visitor's one-statement read never
    took the session's connection (`one_statement`) and changed nothing: its flush and
    commit would only begin and end an empty session transaction."""
    return bool(
        session.info.get(_HOLDS_CONNECTION) or session.new or session.dirty or session.deleted
    )


async def _commit(session: AsyncSession, writes: bool) -> None:
    await session.flush()  # a failure here is before COMMIT: nothing was committed
    try:
        await session.commit()
    except Exception as exc:
        # A write's COMMIT may have landed: not safe to run again. A read's may be re-run.
        if writes and commit_in_doubt(exc):
            raise CommitInDoubt("the connection was lost during COMMIT") from exc
        raise


SessionDep = Annotated[AsyncSession, Depends(_request_session, scope="function")]
