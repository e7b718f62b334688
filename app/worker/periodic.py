"""Periodic tasks: work a worker does every so often rather than per event (the daily email
digest, pruning used unsubscribe links). Registered on import (app/domains.py) with
`@periodic(name, every_seconds)`; every worker runs every task on its own clock, so a task
must be safe to run by several workers at once: it claims its rows with conditional
statements, as jobs do, and does nothing when nothing is due."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings


@dataclass(frozen=True)
class Tick:
    """What a run of a periodic task gets: the settings, a way to open short write
    transactions (the worker's writer turn; one per batch, never across network I/O), and
    whether the worker is stopping (a long run ends between batches)."""

    settings: Settings
    write: Callable[[], AbstractAsyncContextManager[AsyncSession]]
    stopping: Callable[[], bool]


Task = Callable[[Tick], Awaitable[None]]
Every = float | Callable[[Settings], float]


@dataclass(frozen=True)
class Periodic:
    name: str
    every: Every
    run: Task

    def seconds(self, settings: Settings) -> float:
        """The interval: a number, or read from the settings (tests tick faster)."""
        return float(self.every(settings) if callable(self.every) else self.every)


_tasks: dict[str, Periodic] = {}


def periodic(name: str, every_seconds: Every) -> Callable[[Task], Task]:
    """Registers `task(tick)` to run about every `every_seconds` in each worker."""

    def register(task: Task) -> Task:
        _tasks[name] = Periodic(name, every_seconds, task)
        return task

    return register


def registered() -> list[Periodic]:
    return list(_tasks.values())


# The worker's settings, on each of its write sessions (runner.py): a durable consumer is
# called with a session and an event only, and some need the settings (an email's links).
_SETTINGS = "village.worker.settings"


def attach_settings(session: AsyncSession, settings: Settings) -> None:
    session.info[_SETTINGS] = settings


def worker_settings(session: AsyncSession) -> Settings | None:
    """The settings of the worker whose transaction this is (None: not a worker's)."""
    settings = session.info.get(_SETTINGS)
    return settings if isinstance(settings, Settings) else None
