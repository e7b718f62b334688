"""A real `village serve` for the shipped client's examples, and the examples as processes.

The server runs outside the checkout (no .env) on the test's database, with its worker in
process on SQLite and PostgreSQL alike (webhooks delivered to 127.0.0.1 allowed). The test
writes its fixtures through the same HTTP API (tests.helpers.Forum over httpx); the first
administrator is made as an operator makes one, in the database."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import httpx

from app.config import Settings
from app.db import Database
from app.security import PasswordHashing
from tests.core.private_postgres import free_port
from tests.helpers import Forum
from tests.webhooks.receiver import until
from tests.worker.processes import Process

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "clients" / "python"
EXAMPLES = CLIENT / "examples"


@dataclass
class Village:
    url: str  # what the examples take as --base-url
    forum: Forum  # the test's own writes and reads, over HTTP

    @property
    def client(self) -> httpx.AsyncClient:
        return self.forum.client


def example_environment() -> dict[str, str]:
    """The examples import the generated package from its folder, as a reader who has not
    installed it would with PYTHONPATH; nothing of the test's environment leaks in."""
    base = {key: value for key, value in os.environ.items() if not key.startswith("VILLAGE_")}
    return base | {"PYTHONPATH": str(CLIENT), "PYTHONUNBUFFERED": "1"}


class Example(Process):
    """An example script running in the background, its output in a log file."""

    def __init__(self, script: str, args: list[str], workdir: Path, name: str) -> None:
        self.name = name
        self.log_path = workdir / f"{name}.log"
        with self.log_path.open("wb") as log:
            self.popen = subprocess.Popen(  # noqa: S603 - our own script, fixed arguments
                [sys.executable, str(EXAMPLES / script), *args],
                cwd=workdir,
                env=example_environment(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )


async def run_example(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs an example to its end (in a thread: the test's event loop stays free)."""
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, str(EXAMPLES / script), *args],
        env=example_environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@asynccontextmanager
async def running_village(settings: Settings, workdir: Path) -> AsyncIterator[Village]:
    port = free_port()
    server = Process(
        ["serve", "--host", "127.0.0.1", "--port", str(port)],
        {
            "DATABASE_URL": settings.database_url,
            "SECRET_KEY_FILE": str(workdir / "secret"),
            "FRONTEND_DIST": str(workdir / "no-frontend"),
            "WORKER_IN_PROCESS": "true",  # PostgreSQL's default is a separate `village worker`
        },
        workdir,
        "village",
    )
    url = f"http://127.0.0.1:{port}"
    database = Database(settings)
    operator = SimpleNamespace(
        state=SimpleNamespace(database=database, password_hashing=PasswordHashing(settings))
    )
    try:
        async with httpx.AsyncClient(base_url=f"{url}/api/v1", timeout=10) as client:

            async def answering() -> bool:
                if not server.alive():
                    raise AssertionError(f"village serve exited:\n{server.log()[-3000:]}")
                try:
                    return (await client.get(f"{url}/healthz")).status_code == 200
                except httpx.TransportError:
                    return False

            await until(answering, within=60, every=0.1)
            await server.logged("worker started", within=60)
            yield Village(url, Forum(operator, client))
    except BaseException:
        print(f"village serve's log:\n{server.log()[-5000:]}")  # shown with the failure
        raise
    finally:
        server.stop()
        await database.dispose()
