"""Real `village worker` (and `village serve`) processes for the worker tests, run outside
the checkout (no .env) with the test's database and their output in a log file."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SECRET_KEY = "worker-test-secret-key-that-is-long-enough-for-hs256"

ENVIRONMENT = {
    "ENVIRONMENT": "test",
    "SECRET_KEY": SECRET_KEY,
    "RATE_LIMITS_ENABLED": "false",
    "NEW_MEMBER_HOURS": "0",
    "DUPLICATE_POST_MINUTES": "0",
    "ARGON2_TIME_COST": "1",
    "ARGON2_MEMORY_KIB": "64",
    "ARGON2_PARALLELISM": "1",
    "WEBHOOK_ALLOW_PRIVATE": "true",  # receivers listen on 127.0.0.1
    "WORKER_POLL_SECONDS": "0.1",
    "WEBHOOK_RETRY_BASE_SECONDS": "0.2",
    "WEBHOOK_RETRY_MAX_DELAY_SECONDS": "0.5",
}


class Process:
    def __init__(self, args: list[str], env: dict[str, str], workdir: Path, name: str) -> None:
        self.name = name
        self.log_path = workdir / f"{name}.log"
        village = Path(sys.executable).parent / "village"
        base = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
        with self.log_path.open("wb") as log:
            self.popen = subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
                [str(village), *args],
                cwd=workdir,  # no .env of the checkout
                env=base | ENVIRONMENT | env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(timeout=10)

    def terminate(self, within: float = 15) -> int:
        """SIGTERM, and the exit code once it stopped (fails if it does not in time)."""
        self.popen.send_signal(signal.SIGTERM)
        try:
            return self.popen.wait(timeout=within)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait(timeout=5)
            raise AssertionError(f"{self.name} ignored SIGTERM:\n{self.log()[-3000:]}") from None

    def stop(self) -> None:
        if self.alive():
            self.popen.kill()
            self.popen.wait(timeout=10)

    async def logged(self, text: str, within: float = 20) -> None:
        deadline = time.monotonic() + within
        while text not in self.log():
            if not self.alive():
                raise AssertionError(f"{self.name} exited:\n{self.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name} never logged {text!r}:\n{self.log()[-3000:]}")
            await asyncio.sleep(0.05)


def worker(database_url: str, workdir: Path, name: str = "worker", **settings: str) -> Process:
    env = {"DATABASE_URL": database_url, "SECRET_KEY_FILE": str(workdir / "secret")}
    env |= {key.upper(): value for key, value in settings.items()}
    return Process(["worker"], env, workdir, name)
