"""The `village` command: serve, migrate, seed-demo, create-admin, check-counters, openapi.
(The benchmark dataset is bench's own: `python -m bench.seed`; app never imports bench.)"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings, get_settings
from app.security import PasswordHashing

# No local variables in tracebacks: they would print settings, URLs and keys.
cli = typer.Typer(
    help="Village: a forum where parents find each other.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


def _alembic_ini() -> Path:
    """alembic.ini in the working directory, else beside the source tree."""
    source_tree = Path(__file__).resolve().parent.parent
    for candidate in (Path.cwd() / "alembic.ini", source_tree / "alembic.ini"):
        if candidate.exists():
            return candidate
    raise typer.BadParameter("alembic.ini not found; run from the Village directory")


def run_migrations(settings: Settings) -> None:
    from alembic import command
    from alembic.config import Config

    ini = _alembic_ini()
    config = Config(str(ini))
    config.set_main_option("script_location", str(ini.parent / "migrations"))
    config.set_main_option("sqlalchemy.url", settings.database_url)
    command.upgrade(config, "head")


@cli.command()
def migrate() -> None:
    """Apply database migrations up to the newest (honours DATABASE_URL)."""
    run_migrations(get_settings())
    typer.echo("Database is up to date.")


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the API (and the web app once built) with uvicorn on uvloop and httptools."""
    import uvicorn

    from app.http import API_PREFIX
    from app.server import HTTP_PROTOCOL

    get_settings()  # a configuration error stops here, in one line, before any worker starts
    typer.echo(f"Village is at http://{host}:{port}/  (API docs: {API_PREFIX}/docs)")
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=workers,
        loop="uvloop",
        http=HTTP_PROTOCOL,  # httptools with the request head bounded (app/server.py)
        # The app reads X-Forwarded-For itself, from FORWARDED_ALLOW_IPS (app.main): one place.
        proxy_headers=False,
        access_log=False,
    )


@cli.command()
def worker() -> None:
    """Run the background worker: deliver the outbox to webhooks (and later emails and
    notifications). Run as many as you like, on any host, against one PostgreSQL; stops
    cleanly on SIGTERM or Ctrl-C. On SQLite, `village serve` runs one already."""
    import logging

    from app.worker.runner import run_standalone

    settings = get_settings()
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    asyncio.run(run_standalone(settings))


@asynccontextmanager
async def _transaction() -> AsyncIterator[tuple[AsyncSession, PasswordHashing]]:
    """One committed transaction on the configured database, outside any request."""
    import app.domains  # noqa: F401  (the services' event handlers)
    from app.db import Database

    settings = get_settings()
    database = Database(settings)
    try:
        async with database.sessionmaker() as session, session.begin():
            yield session, PasswordHashing(settings)
    finally:
        await database.dispose()


async def _seed_demo(if_empty: bool) -> None:
    from app.demo import seed
    from app.forum.service import posting_limits

    async with _transaction() as (session, hashing):
        if if_empty and not await seed.database_is_empty(session):
            typer.echo("The database already has members; demo content not added.")
            return
        limits = posting_limits(get_settings())
        accounts = await seed.seed_demo(session, hashing, limits)
    typer.echo("Demo community created. Sign in with any of these:")
    for account in accounts:
        line = f"  {account.username:<14} {account.role:<10} {account.password}"
        typer.echo(f"{line}  ({account.note})" if account.note else line)


async def _create_admin(username: str, email: str, password: str) -> None:
    from app.accounts import service as accounts_service

    async with _transaction() as (session, hashing):
        user, created = await accounts_service.ensure_admin(
            session, hashing, username, email, password
        )
    typer.echo(f"{'Created' if created else 'Promoted'} {user.username} as an administrator.")


@cli.command("seed-demo")
def seed_demo(
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Only when the database has no members yet.")
    ] = False,
) -> None:
    """Fill the database with a small, believable parenting community."""
    asyncio.run(_seed_demo(if_empty))


@cli.command("create-admin")
def create_admin(
    username: str,
    email: Annotated[str, typer.Option(help="The admin's email address.")],
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, help="At least 10 characters.")
    ],
) -> None:
    """Create an administrator, or promote an existing member of that name."""
    if len(password) < 10:
        raise typer.BadParameter("the password needs at least 10 characters")
    asyncio.run(_create_admin(username, email, password))


async def _find_drift() -> list[str]:
    import app.domains  # noqa: F401  (every domain's counter rules)
    from app.counters import find_drift
    from app.db import create_engine

    engine = create_engine(get_settings())
    try:
        async with engine.connect() as connection:
            return [str(drift) for drift in await find_drift(connection)]
    finally:
        await engine.dispose()


@cli.command("check-counters")
def check_counters() -> None:
    """Recount every stored counter from its rows; print each that drifted (exit 1 if any)."""
    drift = asyncio.run(_find_drift())
    for line in drift:
        typer.echo(line)
    if drift:
        many = f"{len(drift)} counters differ from their rows"
        typer.echo("1 counter differs from its rows." if len(drift) == 1 else f"{many}.", err=True)
        raise typer.Exit(1)
    typer.echo("Every counter matches its rows.")


def openapi_document() -> str:
    """The API's OpenAPI document as stable, pretty JSON (built without serving)."""
    import json

    from app.main import create_app

    settings = get_settings().model_copy(update={"database_url": "sqlite+aiosqlite://"})
    return json.dumps(create_app(settings).openapi(), indent=2, sort_keys=True) + "\n"


@cli.command()
def openapi(
    output: Annotated[Path, typer.Option(help="Where to write it.")] = Path(
        "frontend/openapi.json"
    ),
) -> None:
    """Write the OpenAPI document; the web app's API types are generated from it."""
    output.write_text(openapi_document())
    typer.echo(f"Wrote {output}")


def main() -> None:
    cli()
