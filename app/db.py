"""Database engine, sessions, the declarative base and the per-request session dependency."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator

from app.config import Settings
from app.errors import ProblemError

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

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


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
        engine = create_async_engine(settings.database_url, echo=settings.sql_echo)
        _configure_sqlite(engine)
        return engine
    return create_async_engine(
        settings.database_url,
        echo=settings.sql_echo,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        # No ping per checkout (a round trip on every request, measured in bench/): a
        # connection the server dropped fails that one request with a 503 and is replaced.
        pool_pre_ping=False,
        pool_recycle=1800,
    )


class Database:
    """The engine and session factory of one app instance (no module-level globals)."""

    def __init__(self, settings: Settings) -> None:
        self.engine = create_engine(settings)
        self.is_sqlite = settings.is_sqlite
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    async def dispose(self) -> None:
        await self.engine.dispose()


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed when the endpoint returns, before the response.

    The dependency is function-scoped, so its exit runs before FastAPI sends the response:
    a commit that fails becomes an error response, never a 200 for work that was lost.
    A problem marked `keeps_changes` (e.g. refresh-token reuse revoking a login family)
    commits what was done before it was raised; any other exception rolls back.
    """
    database: Database = request.app.state.database
    async with database.sessionmaker() as session:
        if database.is_sqlite and request.method not in SAFE_METHODS:
            await session.connection(execution_options={"sqlite_immediate": True})
        try:
            yield session
        except ProblemError as problem:
            if problem.keeps_changes:
                await session.commit()
            else:
                await session.rollback()
            raise
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


SessionDep = Annotated[AsyncSession, Depends(_request_session, scope="function")]
