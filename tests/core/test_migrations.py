"""The one migration chain builds exactly the schema the models describe, on SQLite and on
PostgreSQL, and can be walked down to nothing and back up again."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Iterator
from pathlib import Path
from pprint import pformat
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import create_async_engine

from app.models import Base
from app.search.models import include_name, is_search_index
from tests.conftest import alembic_config, postgres_base_url


def _run(database_url: str, work: Any) -> Any:
    """Runs `work(sync_connection)` on a fresh engine for `database_url` and returns its result."""

    async def go() -> Any:
        engine = create_async_engine(database_url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(work)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def _schema_diff(connection: Connection) -> list[Any]:
    # The same comparison options as migrations/env.py uses for `alembic revision --autogenerate`.
    context = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "compare_server_default": True, "include_name": include_name},
    )
    return list(compare_metadata(context, Base.metadata))


def _table_names(connection: Connection) -> set[str]:
    names = inspect(connection).get_table_names()
    return {name for name in names if not is_search_index(name, "table")}


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _leftover_types(connection: Connection) -> list[str]:
    """Named types (e.g. PostgreSQL enums) a downgrade forgot to drop."""
    if connection.dialect.name != "postgresql":
        return []
    rows = connection.execute(
        text(
            "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') "
            "AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)"
        )
    )
    return [row[0] for row in rows]


def _leftover_sequences(connection: Connection) -> list[str]:
    if connection.dialect.name != "postgresql":
        return []
    return list(inspect(connection).get_sequence_names())


def _check_round_trip(database_url: str) -> None:
    config = alembic_config(database_url)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None

    command.upgrade(config, "head")
    assert _run(database_url, _current_revision) == head
    model_tables = set(Base.metadata.tables)
    assert _run(database_url, _table_names) == model_tables | {"alembic_version"}
    diff = _run(database_url, _schema_diff)
    assert diff == [], "migrations and models differ:\n" + pformat(diff)
    # Alembic's own check runs through migrations/env.py, exactly as a developer would.
    command.check(config)

    command.downgrade(config, "base")
    assert _run(database_url, _table_names) == {"alembic_version"}
    assert _run(database_url, _current_revision) is None
    assert _run(database_url, _leftover_types) == []
    assert _run(database_url, _leftover_sequences) == []

    command.upgrade(config, "head")
    assert _run(database_url, _current_revision) == head
    assert _run(database_url, _table_names) == model_tables | {"alembic_version"}
    diff = _run(database_url, _schema_diff)
    assert diff == [], "migrations and models differ after a second upgrade:\n" + pformat(diff)


def test_migrations_round_trip_on_sqlite(tmp_path: Path) -> None:
    _check_round_trip(f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}")


def test_migrations_step_by_step_on_sqlite(tmp_path: Path) -> None:
    """Each revision upgrades and downgrades on its own (not only the whole chain at once)."""
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'steps.db'}"
    config = alembic_config(database_url)
    revisions = list(reversed(list(ScriptDirectory.from_config(config).walk_revisions())))
    assert revisions, "no migrations found"
    for revision in revisions:
        command.upgrade(config, revision.revision)
        assert _run(database_url, _current_revision) == revision.revision
        command.downgrade(config, revision.down_revision or "base")
        command.upgrade(config, revision.revision)
    assert _run(database_url, _schema_diff) == []


def test_migration_chain_is_linear() -> None:
    """One chain for both databases: a single head and a single base."""
    script = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite://"))
    assert len(script.get_heads()) == 1, script.get_heads()
    assert len(script.get_bases()) == 1, script.get_bases()


def test_offline_sql_renders_for_postgresql() -> None:
    """`alembic upgrade head --sql` works, so an operator can review the DDL first."""
    config = alembic_config("postgresql+asyncpg://postgres@127.0.0.1:1/offline")
    config.output_buffer = io.StringIO()
    command.upgrade(config, "head", sql=True)
    output = config.output_buffer.getvalue()
    for table in Base.metadata.tables:
        assert f"CREATE TABLE {table}" in output, table


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """An empty PostgreSQL database of this test's own, dropped afterwards."""
    base = postgres_base_url()
    if base is None:
        pytest.skip("PostgreSQL migration test skipped: set TEST_DATABASE_URL to run it")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"village_migrations_{worker}_{os.getpid()}"

    async def admin(statement: str) -> None:
        engine = create_async_engine(base, isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as connection:
                await connection.execute(text(statement))
        finally:
            await engine.dispose()

    asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_migrations_round_trip_on_postgresql(fresh_postgres_url: str) -> None:
    _check_round_trip(fresh_postgres_url)
