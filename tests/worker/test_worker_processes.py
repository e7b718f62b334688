"""`village worker` as real processes: killed mid-delivery it loses nothing, stopped with
SIGTERM it hands back what it was sending, two of them share the work and deliver each event
once, and one started before its database exists waits for it. And `village serve` on SQLite
delivers by itself."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from app.config import Settings
from app.db import Database
from app.security import PasswordHashing
from tests.conftest import alembic_config, postgres_base_url
from tests.core.private_postgres import free_port
from tests.helpers import Forum
from tests.webhooks.fixtures import create_webhook, deliveries, live_site
from tests.webhooks.receiver import HANG, running_receiver, until
from tests.worker import processes
from tests.worker.processes import Process, worker

JOB_DONE = re.compile(r"webhooks job \d+: done")


async def the_delivery(site: Any, admin: Any, hook: dict[str, Any]) -> dict[str, Any]:
    (item,) = await deliveries(site.client, admin, hook["id"])
    return item


async def test_a_worker_killed_mid_delivery_loses_nothing(
    settings: Settings, database_url: str, tmp_path: Path
) -> None:
    lease = {"worker_lease_seconds": "5", "webhook_timeout_seconds": "4"}
    with running_receiver() as receiver:
        receiver.plan(HANG)  # the first request is taken and never answered
        async with live_site(settings, worker_in_process=False) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(site.client, admin, receiver.url, ["thread.created"])
            first = worker(database_url, tmp_path, "first", **lease)
            second: Process | None = None
            try:
                await site.forum.thread(author)
                await until(receiver.hanging.is_set, within=30)
                first.kill()  # mid-delivery: claimed, sent, not answered, not recorded

                claimed = await the_delivery(site, admin, hook)
                assert claimed["status"] == "pending"
                assert claimed["attempts"] == 1

                second = worker(database_url, tmp_path, "second", **lease)
                await until(lambda: len(receiver.requests()) == 2, within=30)

                async def succeeded() -> bool:
                    return (await the_delivery(site, admin, hook))["status"] == "succeeded"

                await until(succeeded)
                item = await the_delivery(site, admin, hook)
                assert item["attempts"] == 2
                assert item["last_response_code"] == 200
                hung, delivered = receiver.requests()
                assert hung.answered is None
                assert delivered.answered == 200
                assert hung.headers["x-village-delivery"] == delivered.headers["x-village-delivery"]

                assert second.terminate() == 0
                assert "worker stopped" in second.log()
            finally:
                first.stop()
                if second is not None:
                    second.stop()


async def test_sigterm_hands_back_the_delivery_in_flight(
    settings: Settings, database_url: str, tmp_path: Path
) -> None:
    """A lease far longer than the test: only a handed-back delivery can be sent again."""
    patient = {
        "worker_lease_seconds": "300",
        "webhook_timeout_seconds": "120",
        "worker_shutdown_seconds": "0.5",
    }
    with running_receiver() as receiver:
        receiver.plan(HANG)
        async with live_site(settings, worker_in_process=False) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(site.client, admin, receiver.url, ["thread.created"])
            first = worker(database_url, tmp_path, "first", **patient)
            second: Process | None = None
            try:
                await site.forum.thread(author)
                await until(receiver.hanging.is_set, within=30)
                assert first.terminate(within=10) == 0

                handed_back = await the_delivery(site, admin, hook)
                assert handed_back["status"] == "pending"
                assert handed_back["attempts"] == 0  # the interrupted attempt is not counted

                second = worker(database_url, tmp_path, "second", **patient)
                await until(lambda: len(receiver.requests()) == 2, within=30)
                await second.logged("webhooks job")
                item = await the_delivery(site, admin, hook)
                assert item["status"] == "succeeded"
                assert item["attempts"] == 1
            finally:
                first.stop()
                if second is not None:
                    second.stop()


@pytest.mark.postgres_only
async def test_two_workers_share_the_work_and_deliver_each_event_once(
    settings: Settings, database_url: str, tmp_path: Path
) -> None:
    replies = 40
    busy = {"worker_batch_size": "5", "worker_concurrency": "3"}
    with running_receiver() as receiver:
        receiver.delay = 0.1  # so that one worker alone falls behind
        async with live_site(settings, worker_in_process=False) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(site.client, admin, receiver.url, ["post.created"])
            workers = [worker(database_url, tmp_path, f"worker{n}", **busy) for n in (1, 2)]
            try:
                for process in workers:
                    await process.logged("worker started")
                thread = await site.forum.thread(author)
                for n in range(replies):
                    await site.forum.reply(author, thread["id"], body=f"Reply number {n}.")
                events = replies + 1
                await until(lambda: len(receiver.requests()) >= events, within=60)
                await asyncio.sleep(1.0)  # a second delivery of anything would come by now

                keys = Counter(r.headers["x-village-delivery"] for r in receiver.requests())
                assert len(keys) == events
                assert set(keys.values()) == {1}, "an event was delivered twice"
                items = await deliveries(site.client, admin, hook["id"])
                assert len(items) == events
                assert {(item["status"], item["attempts"]) for item in items} == {("succeeded", 1)}
                shares = [len(JOB_DONE.findall(process.log())) for process in workers]
                assert sum(shares) == events
                assert all(shares), f"one worker did everything: {shares}"
                for process in workers:
                    assert process.terminate() == 0
            finally:
                for process in workers:
                    process.stop()


async def _create_database(url: str, template: Path) -> None:
    """Makes the database `url` names exist, migrated (as an operator would, late)."""
    if url.startswith("sqlite"):
        path = Path(str(make_url(url).database))
        path.parent.mkdir()
        shutil.copyfile(template, path)
        return
    admin_url = postgres_base_url()
    assert admin_url is not None
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{make_url(url).database}"'))
    await engine.dispose()
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")


async def _drop_database(url: str) -> None:
    admin_url = postgres_base_url()
    assert admin_url is not None
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        name = make_url(url).database
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


async def test_a_worker_waits_for_its_database(
    settings: Settings,
    database_url: str,
    tmp_path: Path,
    sqlite_template: Path,
) -> None:
    """Started while its database is not there, it logs, backs off, stays up, and delivers
    once the database exists."""
    url_of_test = make_url(database_url)
    if database_url.startswith("sqlite"):
        later = url_of_test.set(database=str(tmp_path / "later" / "village.db"))
    else:
        later = url_of_test.set(database=f"{url_of_test.database}_later")
    url = later.render_as_string(hide_password=False)
    patient = worker(url, tmp_path, "patient")
    try:
        await patient.logged("dispatching the outbox failed; trying again")
        await asyncio.sleep(1.0)
        assert patient.alive()

        await _create_database(url, sqlite_template)
        with running_receiver() as receiver:
            async with live_site(
                settings.model_copy(update={"database_url": url}), worker_in_process=False
            ) as site:
                admin, author = await site.forum.admin(), await site.forum.member()
                await create_webhook(site.client, admin, receiver.url, ["thread.created"])
                await site.forum.thread(author)
                await until(lambda: len(receiver.requests()) == 1, within=60)
        assert patient.terminate() == 0
    finally:
        patient.stop()
        if not database_url.startswith("sqlite"):
            await _drop_database(url)


async def test_village_serve_on_sqlite_delivers_by_itself(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """The embedded default is one command: `village serve` runs the worker in process."""
    database_path = tmp_path / "village.db"
    shutil.copyfile(sqlite_template, database_path)
    url = f"sqlite+aiosqlite:///{database_path}"
    port = free_port()
    server = Process(
        ["serve", "--port", str(port)],
        {
            "DATABASE_URL": url,
            "SECRET_KEY_FILE": str(tmp_path / "secret"),
            "FRONTEND_DIST": str(tmp_path / "no-frontend"),
        },
        tmp_path,
        "serve",
    )
    settings = Settings(
        database_url=url,
        secret_key=processes.SECRET_KEY,
        secret_key_file=tmp_path / "secret",
        argon2_time_cost=1,
        argon2_memory_kib=64,
        argon2_parallelism=1,
    )
    database = Database(settings)
    operator = SimpleNamespace(
        state=SimpleNamespace(database=database, password_hashing=PasswordHashing(settings))
    )
    try:
        await server.logged("worker started")
        with running_receiver() as receiver:
            base_url = f"http://127.0.0.1:{port}/api/v1"
            async with httpx.AsyncClient(base_url=base_url, timeout=10) as client:
                forum = Forum(operator, client)
                admin, author = await forum.admin(), await forum.member()
                await create_webhook(client, admin, receiver.url, ["thread.created"])
                thread = await forum.thread(author)
                await until(lambda: len(receiver.requests()) == 1)
                assert receiver.requests()[0].json["data"]["thread"]["id"] == thread["id"]
        # uvicorn ends by raising the SIGTERM it handled again, once it shut down cleanly.
        assert server.terminate() in (0, -15)
        assert "worker stopped" in server.log()
    finally:
        server.stop()
        await database.dispose()
