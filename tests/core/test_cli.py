"""The `village` command answers bad input with one line on stderr and a non-zero status,
never a traceback: usage errors (exit 2), a DATABASE_URL it cannot use, a database it cannot
reach (which host, and why), a database without the newest migration, an address it cannot
listen on, a file it cannot write, and create-admin's bad or clashing input (exit 1).

Most cases run the entry point in this process (`app.cli.main`, in a thread of its own, with
the environment it reads); two run the installed command, as an operator does."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest
from alembic import command
from httpx import AsyncClient
from sqlalchemy.engine import make_url

from app.cli import main
from app.config import get_settings
from tests.conftest import _drop_database, _recreate_database, alembic_config, postgres_base_url
from tests.helpers import PASSWORD, Forum

VILLAGE = Path(sys.executable).parent / "village"
ENVIRONMENT = {
    "ENVIRONMENT": "test",
    "SECRET_KEY": "test-secret-key-that-is-long-enough-for-hs256",
    # Cheap argon2id, as the test app's, so a created admin signs in quickly.
    "ARGON2_TIME_COST": "1",
    "ARGON2_MEMORY_KIB": "64",
    "ARGON2_PARALLELISM": "1",
}
SECRET = "hunter2-not-to-be-printed"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def one_line(self, code: int, *fragments: str) -> str:
        """Asserts a one-line answer on stderr with `code`, holding every fragment."""
        assert self.code == code, (self.code, self.out, self.err)
        assert "Traceback" not in self.err + self.out, self.err
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("village"), lines
        for fragment in fragments:
            assert fragment in lines[0], (fragment, lines[0])
        return lines[0]


def _clean_environment(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    for name in list(os.environ):
        if name.startswith(("DATABASE_", "REDIS_", "SECRET_", "ARGON2_", "ENVIRONMENT")):
            monkeypatch.delenv(name)
    for name, value in {**ENVIRONMENT, "DATABASE_URL": database_url}.items():
        monkeypatch.setenv(name, value)


def _run_main(args: tuple[str, ...]) -> int:
    get_settings.cache_clear()
    try:
        main(list(args))
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 1
    finally:
        get_settings.cache_clear()
    return 0


class Village(Protocol):
    async def __call__(self, database_url: str, *args: str) -> Run: ...


@pytest.fixture
def village(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> Iterator[Village]:
    """`await village(database_url, *args)`: the command run in this process."""
    monkeypatch.chdir(tmp_path)  # no .env or secret-key file of the checkout's

    async def run(database_url: str, *args: str) -> Run:
        _clean_environment(monkeypatch, database_url)
        capsys.readouterr()
        # A thread of its own: the command runs its own event loop, as it does when installed.
        code = await asyncio.to_thread(_run_main, args)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    yield run


def installed(database_url: str, *args: str, cwd: Path) -> Run:
    """The installed `village` command, in a process of its own."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DATABASE_", "REDIS_", "SECRET_", "ENVIRONMENT"))
    }
    env |= {**ENVIRONMENT, "DATABASE_URL": database_url}
    result = subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [str(VILLAGE), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    return Run(result.returncode, result.stdout, result.stderr)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


SQLITE = "sqlite+aiosqlite:///./village.db"


# Usage errors: exit 2, one line that names the command


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("serve", "--port", "abc"), ("village serve:", "--port", "village serve --help")),
        (("serve", "--port", "99999"), ("village serve:", "65535")),
        (("serve", "--workers", "0"), ("village serve:", "--workers")),
        (("create-admin",), ("village create-admin:", "username")),
        (("no-such-command",), ("village:", "no-such-command", "village --help")),
    ],
)
async def test_usage_errors_are_one_line(
    village: Village, args: tuple[str, ...], fragments: tuple[str, ...]
) -> None:
    run = await village(SQLITE, *args)
    run.one_line(2, *fragments)


async def test_help_still_helps(village: Village) -> None:
    run = await village(SQLITE)
    assert run.code == 0 and "create-admin" in run.out and not run.err
    run = await village(SQLITE, "create-admin", "--help")
    assert run.code == 0 and "never applied" in run.out


# DATABASE_URL and the database itself


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        (f"mysql://village:{SECRET}@db.example/village", "mysql://"),
        (f"postgresql://village:{SECRET}@db.example/village", "postgresql://"),
        ("sqlite:///./village.db", "sqlite://"),
        ("not a url at all", "not a database URL"),
    ],
)
async def test_a_database_url_village_cannot_use_is_one_line(
    village: Village, url: str, fragment: str
) -> None:
    for args in (("migrate",), ("seed-demo",), ("check-counters",), ("serve", "--port", "0")):
        run = await village(url, *args)
        line = run.one_line(1, "DATABASE_URL", fragment)
        assert SECRET not in line


def test_migrate_against_an_unreachable_postgresql_names_the_host_and_why(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    run = installed(
        f"postgresql+asyncpg://village:{SECRET}@127.0.0.1:{port}/village", "migrate", cwd=tmp_path
    )
    line = run.one_line(1, f"127.0.0.1:{port}/village", "connection refused")
    assert SECRET not in line


async def test_a_host_that_does_not_resolve_or_a_missing_folder_is_one_line(
    village: Village,
) -> None:
    url = f"postgresql+asyncpg://village:{SECRET}@no-such-host.invalid/village"
    run = await village(url, "migrate")
    run.one_line(1, "no-such-host.invalid:5432/village", "does not resolve")
    run = await village("sqlite+aiosqlite:///./no/such/folder/village.db", "migrate")
    run.one_line(1, "no/such/folder/village.db", "the folder no/such/folder does not exist")


async def test_postgresql_that_refuses_us_says_why(village: Village) -> None:
    base = postgres_base_url()
    if base is None:
        pytest.skip("PostgreSQL tests skipped: set TEST_DATABASE_URL to run them")
    missing = make_url(base).set(database="village_no_such_database")
    run = await village(missing.render_as_string(hide_password=False), "migrate")
    run.one_line(1, "village_no_such_database", "does not exist")
    stranger = make_url(base).set(username="village_no_such_role", password=SECRET)
    run = await village(stranger.render_as_string(hide_password=False), "check-counters")
    line = run.one_line(1, "village_no_such_role")
    assert SECRET not in line


@pytest.fixture
def unmigrated(database_url: str, tmp_path: Path) -> Iterator[str]:
    """An empty database of the test's kind, with no Village tables."""
    if database_url.startswith("sqlite"):
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    base = postgres_base_url()
    assert base is not None
    name = f"village_cli_{os.getpid()}"
    asyncio.run(_recreate_database(base, name))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_drop_database(base, name))


async def test_commands_on_a_database_without_the_newest_migration_say_migrate(
    village: Village, unmigrated: str
) -> None:
    for args in (
        ("seed-demo",),
        ("check-counters",),
        ("create-admin", "alice", "--email", "alice@example.org", "--password", PASSWORD),
    ):
        run = await village(unmigrated, *args)
        run.one_line(1, "has no Village tables yet", "village migrate")
    # One migration short of the newest: told the same.
    await asyncio.to_thread(command.upgrade, alembic_config(unmigrated), "head")
    await asyncio.to_thread(command.downgrade, alembic_config(unmigrated), "-1")
    run = await village(unmigrated, "check-counters")
    run.one_line(1, "is not at the newest migration", "village migrate")
    # And once migrated, the command works.
    assert (await village(unmigrated, "migrate")).code == 0
    run = await village(unmigrated, "check-counters")
    assert (run.code, run.out.strip()) == (0, "Every counter matches its rows.")


async def test_seeding_the_demo_twice_is_one_line(village: Village, database_url: str) -> None:
    first = await village(database_url, "seed-demo")
    assert first.code == 0, first.err
    run = await village(database_url, "seed-demo")
    run.one_line(1, "cannot add the demo content", "--if-empty")
    quiet = await village(database_url, "seed-demo", "--if-empty")
    assert quiet.code == 0 and "not added" in quiet.out


# Serving and writing


def test_serve_on_an_address_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = installed(SQLITE, "serve", "--port", str(port), cwd=tmp_path)
    run.one_line(1, f"cannot listen on 127.0.0.1:{port}", "in use")


async def test_serve_on_a_host_that_does_not_resolve_is_one_line(village: Village) -> None:
    run = await village(SQLITE, "serve", "--host", "no-such-host.invalid")
    run.one_line(1, "cannot listen on no-such-host.invalid:8000", "does not resolve")


async def test_openapi_into_a_missing_folder_is_one_line(village: Village) -> None:
    run = await village(SQLITE, "openapi", "--output", "no/such/folder/openapi.json")
    run.one_line(1, "cannot write no/such/folder/openapi.json")


# create-admin


async def role_of(client: AsyncClient, username: str) -> str:
    response = await client.get(f"/users/{username}")
    assert response.status_code == 200, response.text
    role: str = response.json()["role"]
    return role


async def test_create_admin_refuses_bad_input_in_one_line(
    village: Village, database_url: str, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    cases = [
        (("newadmin", "--email", "not-an-email", "--password", PASSWORD), ("--email",)),
        (("newadmin", "--email", "new@example.org", "--password", "short"), ("--password", "10")),
        (("bad name", "--email", "new@example.org", "--password", PASSWORD), ("not a username",)),
        # Another member's address.
        (("newadmin", "--email", member.email, "--password", PASSWORD), (member.email, "already")),
        # No such member, and nothing to create one with.
        (("nobody_here",), ("no member called nobody_here", "--email")),
        # A new administrator without a password, and no terminal to type it on.
        (("newadmin", "--email", "new@example.org"), ("--password", "no terminal")),
    ]
    for args, fragments in cases:
        run = await village(database_url, "create-admin", *args)
        run.one_line(1, *fragments)
    assert (await client.get("/users/newadmin")).status_code == 404
    assert await role_of(client, member.username) == "member"


async def test_create_admin_never_changes_an_existing_members_address_or_password(
    village: Village, database_url: str, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    other_address = ("--email", "someone-else@example.org")
    run = await village(database_url, "create-admin", member.username, *other_address)
    run.one_line(1, "existing member", "never changes")
    wrong_password = ("--password", "not their password at all")
    run = await village(database_url, "create-admin", member.username, *wrong_password)
    run.one_line(1, "existing member", "never changes")
    assert await role_of(client, member.username) == "member"
    # Their own address and password (a script run again) promote them.
    own = ("--email", member.email.upper(), "--password", member.password)
    run = await village(database_url, "create-admin", member.username, *own)
    assert (run.code, run.out.strip()) == (0, f"Promoted {member.username} as an administrator.")
    assert await role_of(client, member.username) == "admin"
    # Nothing given promotes as well; an administrator already is told so.
    run = await village(database_url, "create-admin", member.username)
    assert (run.code, run.out.strip()) == (0, f"{member.username} is already an administrator.")
    # The member still signs in with their own password and address.
    token = await client.post("/auth/token", data={"username": member.email, "password": PASSWORD})
    assert token.status_code == 200, token.text


async def test_create_admin_creates_one_who_can_sign_in(
    village: Village, database_url: str, client: AsyncClient
) -> None:
    args = ("create-admin", "first_admin", "--email", "first@example.org", "--password", PASSWORD)
    run = await village(database_url, *args)
    assert (run.code, run.out.strip(), run.err) == (
        0,
        "Created first_admin as an administrator.",
        "",
    )
    token = await client.post("/auth/token", data={"username": "first_admin", "password": PASSWORD})
    assert token.status_code == 200, token.text
    me = await client.get(
        "/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert me.json()["role"] == "admin"
