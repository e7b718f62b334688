"""The `village` command: serve, migrate, seed-demo, create-admin, check-counters, worker,
openapi. (The benchmark dataset is bench's own: `python -m bench.seed`; app never imports
bench.)

Bad input is answered with one line on stderr and a non-zero status, never a traceback: a
usage error (an unknown option, a port that is not one) exits 2, anything else 1. A database
that cannot be used is named (SQLite file, or PostgreSQL host, port and database; never
the password) with the reason, and a database without the newest migration is told to run
`village migrate`. Only an error that is a bug in Village still shows its traceback.
"""

from __future__ import annotations

import asyncio
import functools
import re
import socket
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings, get_settings
from app.security import PasswordHashing
from app.transient import sqlstate

# No local variables in tracebacks: they would print settings, URLs and keys.
cli = typer.Typer(
    help="Village: a forum where parents find each other.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

# The database drivers Village runs on (asyncio drivers both).
DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
# PostgreSQL error classes that mean "cannot use this database" rather than a bug: connection
# exceptions, authorization, no such database, insufficient resources, operator intervention.
UNUSABLE_SQLSTATE_CLASSES = ("08", "28", "3D", "53", "57")

F = TypeVar("F", bound=Callable[..., Any])


class CliError(Exception):
    """A command's one-line answer to bad input (printed as `village: <message>`)."""


def _fail(message: str) -> NoReturn:
    typer.echo(f"village: {message}", err=True)
    raise typer.Exit(1)


def one_line_errors(command: F) -> F:
    """Turns what bad input and an unusable database raise into one line and exit 1."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CliError as error:
            _fail(str(error))
        except (OSError, DBAPIError) as error:
            message = database_problem(error)
            if message is None:
                raise
            _fail(message)

    return run  # type: ignore[return-value]


# The database: which one, and why it cannot be used


def database_url(settings: Settings, *, may_appear_later: bool = False) -> URL:
    """DATABASE_URL parsed and checked to name a database Village runs on. A command that
    waits for its database (the worker) accepts a SQLite file whose folder is not there yet."""
    try:
        url = make_url(settings.database_url)
    except (ArgumentError, ValueError):
        raise CliError(
            "DATABASE_URL is not a database URL; use sqlite+aiosqlite:///./village.db or "
            "postgresql+asyncpg://user:password@host/database"
        ) from None
    if url.drivername not in DRIVERS:
        raise CliError(
            f"DATABASE_URL starts with {url.drivername}://, which Village cannot use; use "
            "sqlite+aiosqlite:///path/to/village.db or postgresql+asyncpg://user:password@host/db"
        )
    if (
        not may_appear_later
        and url.get_backend_name() == "sqlite"
        and url.database
        and url.database != ":memory:"
    ):
        folder = Path(url.database).parent
        if not folder.is_dir():
            raise CliError(f"cannot use {database_label(url)}: the folder {folder} does not exist")
    return url


def database_label(url: URL) -> str:
    """Where the database is, without credentials: `PostgreSQL at db.example:5432/village`."""
    if url.get_backend_name() == "sqlite":
        return f"the SQLite file {url.database}" if url.database else "an in-memory SQLite"
    return f"PostgreSQL at {url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def database_problem(error: BaseException) -> str | None:
    """One line for an error that means the configured database cannot be used (it cannot
    be reached, refuses us, or has no such database); None for anything else."""
    reason = _unusable_reason(error)
    if reason is None:
        return None
    try:
        where = database_label(make_url(get_settings().database_url))
    except (ArgumentError, ValueError):
        where = "the database"
    return f"cannot use {where}: {reason}"


def _unusable_reason(error: BaseException) -> str | None:
    if isinstance(error, socket.gaierror):
        return f"its host name does not resolve ({error.strerror})"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused (is the server running and listening there?)"
    if isinstance(error, TimeoutError):
        return "no answer in time"
    if isinstance(error, OSError):
        return error.strerror or str(error) or type(error).__name__
    if not isinstance(error, DBAPIError) or error.orig is None:
        return None
    original = error.orig
    code = sqlstate(error) or ""
    from_sqlite = type(original).__module__ == "sqlite3"
    if code[:2] in UNUSABLE_SQLSTATE_CLASSES or (
        from_sqlite and isinstance(error, OperationalError)
    ):
        return str(original).splitlines()[0] if str(original) else type(original).__name__
    return None


async def _require_migrated(url: URL) -> None:
    """Refuses a database that lacks the newest migration, before a command writes to it."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from app.db import create_engine

    newest = ScriptDirectory.from_config(_alembic_config(url)).get_heads()
    engine = create_engine(get_settings())
    try:
        async with engine.connect() as connection:
            current = await connection.run_sync(
                lambda sync: MigrationContext.configure(sync).get_current_heads()
            )
    finally:
        await engine.dispose()
    if set(current) != set(newest):
        state = "has no Village tables yet" if not current else "is not at the newest migration"
        raise CliError(f"{database_label(url)} {state}: run `village migrate` first")


# Migrations


def _alembic_ini() -> Path:
    """alembic.ini in the working directory, else beside the source tree."""
    source_tree = Path(__file__).resolve().parent.parent
    for candidate in (Path.cwd() / "alembic.ini", source_tree / "alembic.ini"):
        if candidate.exists():
            return candidate
    raise CliError("alembic.ini not found; run from the Village directory")


def _alembic_config(url: URL) -> Any:
    from alembic.config import Config

    ini = _alembic_ini()
    config = Config(str(ini))
    config.set_main_option("script_location", str(ini.parent / "migrations"))
    # ConfigParser reads % as interpolation: a password with % in it must be escaped.
    config.set_main_option(
        "sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def run_migrations(settings: Settings) -> None:
    from alembic import command
    from alembic.util import CommandError

    try:
        command.upgrade(_alembic_config(database_url(settings)), "head")
    except CommandError as error:  # e.g. a database migrated by a newer Village
        raise CliError(f"cannot migrate: {error}") from None


@cli.command()
@one_line_errors
def migrate() -> None:
    """Apply database migrations up to the newest (honours DATABASE_URL)."""
    run_migrations(get_settings())
    typer.echo("Database is up to date.")


# Serving


@cli.command()
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the API (and the web app once built) with uvicorn on uvloop and httptools."""
    import uvicorn

    from app.http import API_PREFIX
    from app.server import HTTP_PROTOCOL

    # A configuration error, or an address that cannot be listened on, stops here in one
    # line, before the app is loaded and any worker starts.
    database_url(get_settings())
    _check_can_listen(host, port)
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


def _check_can_listen(host: str, port: int) -> None:
    """Binds the address as uvicorn will (SO_REUSEADDR) and lets it go at once."""
    where = f"{host}:{port}"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as error:
        message = f"cannot listen on {where}: {host} does not resolve ({error.strerror})"
        raise CliError(message) from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as error:
            raise CliError(f"cannot listen on {where}: {error.strerror or error}") from None


@cli.command()
@one_line_errors
def worker() -> None:
    """Run the background worker: deliver the outbox to webhooks (and later emails and
    notifications). Run as many as you like, on any host, against one PostgreSQL; stops
    cleanly on SIGTERM or Ctrl-C. On SQLite, `village serve` runs one already."""
    import logging

    from app.worker.runner import run_standalone

    settings = get_settings()
    database_url(settings, may_appear_later=True)  # it logs, backs off and waits for it
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    asyncio.run(run_standalone(settings))


# Content and accounts


@asynccontextmanager
async def _transaction() -> AsyncIterator[tuple[AsyncSession, PasswordHashing]]:
    """One committed transaction on the configured, migrated database, outside any request."""
    import app.domains  # noqa: F401  (the services' event handlers)
    from app.db import Database

    settings = get_settings()
    await _require_migrated(database_url(settings))
    database = Database(settings)
    try:
        async with database.sessionmaker() as session, session.begin():
            yield session, PasswordHashing(settings)
    finally:
        await database.dispose()


async def _seed_demo(if_empty: bool) -> None:
    from app.demo import seed
    from app.errors import ProblemError
    from app.forum.service import posting_limits

    async with _transaction() as (session, hashing):
        if if_empty and not await seed.database_is_empty(session):
            typer.echo("The database already has members; demo content not added.")
            return
        limits = posting_limits(get_settings())
        try:
            accounts = await seed.seed_demo(session, hashing, limits)
        except ProblemError as problem:
            raise CliError(
                f"cannot add the demo content: {problem.detail or problem.title} "
                "(it goes into an empty database; --if-empty skips it otherwise)"
            ) from None
    typer.echo("Demo community created. Sign in with any of these:")
    for account in accounts:
        line = f"  {account.username:<14} {account.role:<10} {account.password}"
        typer.echo(f"{line}  ({account.note})" if account.note else line)


@cli.command("seed-demo")
@one_line_errors
def seed_demo(
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Only when the database has no members yet.")
    ] = False,
) -> None:
    """Fill the database with a small, believable parenting community."""
    asyncio.run(_seed_demo(if_empty))


async def _existing_member(username: str, email: str | None, password: str | None) -> str | None:
    """The role of the member called `username` (None when there is none), once the address
    and password given, if any, are found to be theirs."""
    from app.accounts import service as accounts_service
    from app.errors import NotFound

    async with _transaction() as (session, hashing):
        try:
            member = await accounts_service.get_by_username(session, username)
        except NotFound:
            return None
        if email is not None and email.casefold() != member.email.casefold():
            raise CliError(
                f"{member.username} is an existing member whose address is not {email}; "
                "promoting never changes it (leave --email out, or check the name)"
            )
        if password is not None and not await hashing.verify(member.password_hash, password):
            raise CliError(
                f"{member.username} is an existing member whose password is not the one "
                "given; promoting never changes it (leave --password out, or check the name)"
            )
        return member.role


async def _make_admin(username: str, email: str, password: str) -> tuple[str, bool]:
    """Creates the administrator, or promotes the member of that name: (username, created)."""
    from app.accounts import service as accounts_service

    async with _transaction() as (session, hashing):
        try:
            user, created = await accounts_service.ensure_admin(
                session, hashing, username, email, password
            )
        except accounts_service.EmailTaken:
            raise CliError(f"{email} is already another member's address") from None
        return user.username, created


def _check_new_account(username: str, email: str, password: str) -> None:
    """The rules a registration is held to, each broken one named by its option."""
    from pydantic import ValidationError

    from app.accounts.schemas import RegisterRequest

    try:
        RegisterRequest(username=username, email=email, password=password)
    except ValidationError as error:
        options = {"username": "USERNAME", "email": "--email", "password": "--password"}
        problems = [
            f"{options.get(str(item['loc'][0]), item['loc'][0])}: {item['msg']}"
            for item in error.errors(include_input=False, include_url=False)
        ]
        raise CliError("; ".join(problems)) from None


CREATE_ADMIN_HELP = (
    "Create an administrator, or make an existing member one.\n\n"
    "A new administrator needs --email and a password. An existing member is promoted as "
    "they are: their address and password are theirs to change, so --email and --password "
    "are never applied to them. Given anyway, they must be the member's own, or nothing is "
    "done: a mistyped name then cannot promote the wrong person."
)


@cli.command("create-admin", help=CREATE_ADMIN_HELP)
@one_line_errors
def create_admin(
    username: Annotated[str, typer.Argument(help="3–30 letters, digits or _.")],
    email: Annotated[str | None, typer.Option(help="A new administrator's email address.")] = None,
    password: Annotated[
        str | None,
        typer.Option(
            help="A new administrator's password, at least 10 characters (asked for when "
            "--email is given without it)."
        ),
    ] = None,
) -> None:
    from app.accounts.models import Role
    from app.accounts.schemas import USERNAME_PATTERN

    if not re.match(USERNAME_PATTERN, username):
        raise CliError(f"{username!r} is not a username: 3–30 letters, digits or _")
    role = asyncio.run(_existing_member(username, email, password))
    if role == Role.admin.value:
        typer.echo(f"{username} is already an administrator.")
        return
    if role is not None:
        # Only promoted: their own address and password stay as they are.
        name, _ = asyncio.run(_make_admin(username, "", ""))
        typer.echo(f"Promoted {name} as an administrator.")
        return
    if email is None:
        raise CliError(
            f"there is no member called {username}; to create a new administrator give "
            "--email (and --password, or type it when asked)"
        )
    if password is None:
        if not sys.stdin.isatty():
            raise CliError("give --password too: there is no terminal to ask for it on")
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    _check_new_account(username, email, password)
    name, created = asyncio.run(_make_admin(username, email, password))
    # Created, unless someone took the name meanwhile: then that member was promoted.
    typer.echo(f"{'Created' if created else 'Promoted'} {name} as an administrator.")


async def _find_drift() -> list[str]:
    import app.domains  # noqa: F401  (every domain's counter rules)
    from app.counters import find_drift
    from app.db import create_engine

    settings = get_settings()
    await _require_migrated(database_url(settings))
    engine = create_engine(settings)
    try:
        async with engine.connect() as connection:
            return [str(drift) for drift in await find_drift(connection)]
    finally:
        await engine.dispose()


@cli.command("check-counters")
@one_line_errors
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


# The contract


def openapi_document() -> str:
    """The API's OpenAPI document as stable, pretty JSON (built without serving)."""
    import json

    from app.main import create_app

    settings = get_settings().model_copy(update={"database_url": "sqlite+aiosqlite://"})
    return json.dumps(create_app(settings).openapi(), indent=2, sort_keys=True) + "\n"


@cli.command()
@one_line_errors
def openapi(
    output: Annotated[Path, typer.Option(help="Where to write it.")] = Path(
        "frontend/openapi.json"
    ),
) -> None:
    """Write the OpenAPI document; the web app's API types are generated from it."""
    document = openapi_document()
    try:
        output.write_text(document)
    except OSError as error:
        raise CliError(f"cannot write {output}: {error.strerror or error}") from None
    typer.echo(f"Wrote {output}")


def main(argv: Sequence[str] | None = None) -> None:
    """The entry point. Usage errors are one line too, and exit 2 as click's do."""
    command = typer.main.get_command(cli)
    args = list(sys.argv[1:] if argv is None else argv) or ["--help"]
    try:
        status = command.main(args, prog_name="village", standalone_mode=False)
    except typer.TyperException as error:  # click's usage errors: unknown option, bad value
        context = getattr(error, "ctx", None)
        where = "village"
        if context is not None and context.parent is not None:
            where = f"village {context.info_name}"
        typer.echo(f"{where}: {error.format_message()} (see `{where} --help`)", err=True)
        sys.exit(error.exit_code)
    except typer.Abort:
        typer.echo("village: aborted", err=True)
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)
