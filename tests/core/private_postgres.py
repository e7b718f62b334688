"""A PostgreSQL server of a test's own, in a temporary directory on a free port, that the test
may restart, kill and starve: never the machine's shared server.

PostgreSQL refuses to run as root, so as root its programs run as the `postgres` OS user
(`runuser`). The postmaster is a child of this process (through `runuser`, which waits for
it), so after a `kill -9` it is reaped at once rather than left a zombie whose pid blocks the
next start.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import asyncpg

START_TIMEOUT = 20.0


def find_bindir() -> Path | None:
    """PostgreSQL's server programs: the newest /usr/lib/postgresql/N/bin, or pg_config's."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
        reverse=True,
    )
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run(  # noqa: S603 - pg_config from PATH, fixed arguments
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if found:
            candidates.append(Path(found))
    can_switch_user = os.geteuid() != 0 or shutil.which("runuser") is not None
    for bindir in candidates:
        if can_switch_user and (bindir / "initdb").exists() and (bindir / "postgres").exists():
            return bindir
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PrivatePostgres:
    def __init__(self, bindir: Path, max_connections: int = 20) -> None:
        self.bindir = bindir
        self.max_connections = max_connections
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="village-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.process: subprocess.Popen[bytes] | None = None
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            self.as_owner: list[str] = ["runuser", "-u", "postgres", "--"]
        else:
            self.as_owner = []

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(  # noqa: S603 - PostgreSQL's own programs, our arguments
            [*self.as_owner, str(self.bindir / program), *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def initdb(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-sync", "--no-instructions",
        )  # fmt: skip

    def start(self) -> float:
        """Starts the server; returns the moment it accepted a connection (monotonic).
        After a crash the old backends may take a moment to leave: start again until up."""
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            self._spawn()
            accepted = asyncio.run(self._until_accepting(deadline))
            if accepted is not None:
                return accepted
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL did not start:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.1)

    def _spawn(self) -> None:
        command: Sequence[str] = [
            *self.as_owner, str(self.bindir / "postgres"), "-D", str(self.data),
            "-p", str(self.port), "-k", str(self.root), "-c", "listen_addresses=127.0.0.1",
            "-c", f"max_connections={self.max_connections}", "-c", "fsync=off",
        ]  # fmt: skip
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - PostgreSQL itself, our arguments
                command, stdout=log, stderr=subprocess.STDOUT
            )

    async def _until_accepting(self, deadline: float) -> float | None:
        """Polls until a connection succeeds (→ when), or the postmaster exits (→ None)."""
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                return None
            try:
                connection = await self.connect()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
                await asyncio.sleep(0.02)
                continue
            accepted = time.monotonic()
            await connection.close()
            return accepted
        return None

    async def connect(self, database: str = "postgres") -> asyncpg.Connection:
        return await asyncpg.connect(
            host="127.0.0.1", port=self.port, user="postgres", database=database, timeout=5
        )

    def postmaster_pid(self) -> int:
        return int((self.data / "postmaster.pid").read_text().splitlines()[0])

    def stop_fast(self) -> None:
        """`pg_ctl stop -m fast`: sessions are ended, then a clean shutdown (half a restart)."""
        self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w")
        self._reap()

    def kill(self) -> None:
        """`kill -9` of the postmaster: its backends notice and exit; recovery on start."""
        os.kill(self.postmaster_pid(), signal.SIGKILL)
        self._reap()

    def _reap(self) -> None:
        if self.process is not None:
            self.process.wait(timeout=30)
            self.process = None

    def create_database(self, name: str) -> None:
        async def create() -> None:
            connection = await self.connect()
            try:
                await connection.execute(f'CREATE DATABASE "{name}"')
            finally:
                await connection.close()

        asyncio.run(create())

    def destroy(self) -> None:
        if self.process is not None and self.process.poll() is None:
            try:
                self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")
            except subprocess.SubprocessError:
                os.kill(self.postmaster_pid(), signal.SIGKILL)
            self._reap()
        shutil.rmtree(self.root, ignore_errors=True)
