"""Test harness: every API test runs on SQLite and, when TEST_DATABASE_URL is set, again on
PostgreSQL, against a schema built by the Alembic migrations. Each test gets a clean
database: a fresh copy of a migrated SQLite file, or truncated PostgreSQL tables.

Set VILLAGE_REQUIRE_POSTGRES=1 (CI does) to turn a missing PostgreSQL into a failure.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from app.config import Settings
from app.main import create_app, release_resources
from app.models import Base
from tests.contract import ContractTransport
from tests.helpers import Forum

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ["sqlite", "postgresql"]


def alembic_config(database_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url)
    return config


def postgres_base_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    if os.environ.get("VILLAGE_REQUIRE_POSTGRES") == "1":
        pytest.fail("VILLAGE_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set")
    return None


def _worker_id() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


async def _recreate_database(admin_url: str, name: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    command.upgrade(alembic_config(f"sqlite+aiosqlite:///{path}"), "head")
    return path


async def _drop_database(admin_url: str, name: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A database of this test process's own, migrated once, dropped at the end."""
    base = postgres_base_url()
    if base is None:
        pytest.skip("PostgreSQL tests skipped: set TEST_DATABASE_URL to run them")
    name = f"village_test_{_worker_id()}_{os.getpid()}"
    asyncio.run(_recreate_database(base, name))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    command.upgrade(alembic_config(url), "head")
    yield url
    asyncio.run(_drop_database(base, name))


async def _truncate_all(url: str) -> None:
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        if request.node.get_closest_marker("postgres_only"):
            pytest.skip("PostgreSQL only: SQLite serialises every writer")
        path = tmp_path / "village.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url: str = request.getfixturevalue("postgres_url")
    yield url
    asyncio.run(_truncate_all(url))


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        environment="test",
        database_url=database_url,
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        secret_key_file=tmp_path / "secret",
        redis_url=None,
        # Cheap argon2id so that registering many test users stays fast.
        argon2_time_cost=1,
        argon2_memory_kib=64,
        argon2_parallelism=1,
        cors_origins=[],
        frontend_dist=None,  # API tests see the API alone; tests/test_web.py serves the app
        # Off by default so tests can post freely; the rate-limit and new-member tests turn
        # them on in their own settings.
        rate_limits_enabled=False,
        rate_limit_key_prefix=f"village-test-{uuid.uuid4().hex}",
        new_member_hours=0,
        duplicate_post_minutes=0,
    )


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    """The app's OpenAPI document, built once a module (readers: tests/openapi_document.py)."""
    return create_app().openapi()


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[object]:
    application = create_app(settings)
    yield application
    await release_resources(application)


@pytest.fixture
async def client(app: object) -> AsyncIterator[AsyncClient]:
    # Every response is held to the OpenAPI document (tests/contract.py).
    transport = ContractTransport(app)  # type: ignore[arg-type]
    async with AsyncClient(transport=transport, base_url="http://test/api/v1") as http:
        yield http


@pytest.fixture
def forum(app: object, client: AsyncClient) -> Forum:
    return Forum(app, client)
