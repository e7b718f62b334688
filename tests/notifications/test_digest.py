"""The daily digest: one email a day to members who chose it, listing the new posts they can
see in the threads they watch, none when nothing is new, and exactly one per member per day
however many workers look (PostgreSQL: two workers with pools of their own)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select, update

from app.config import Settings
from app.db import Database, utcnow
from app.forum.models import Post
from app.mail.models import OutgoingMail
from app.notifications.digest import DigestState, send_due_digests
from app.notifications.emails import letterhead_of, links_of
from app.worker.runner import Worker
from tests.helpers import Member
from tests.mail.fixtures import FORUM_NAME, PUBLIC_URL, stored_mail
from tests.mail.smtp import Received, SmtpServer, smtp_server
from tests.notifications.fixtures import block, subscribe
from tests.notifications.test_email_notifications import (
    UNSUBSCRIBE,
    quiet_site,
    set_user,
    verified,
    worker_running,
)
from tests.webhooks.receiver import until

QUICK_DIGEST = {"email_digest_check_seconds": 0.05}


def digests(server: SmtpServer, member: Member) -> list[Received]:
    return [m for m in server.to(member.email) if "you watch on" in m.subject]


async def digest_rows(app: FastAPI) -> list[OutgoingMail]:
    return [row for row in await stored_mail(app) if row.kind == "digest"]


async def digest_states(app: FastAPI) -> dict[int, Any]:
    async with app.state.database.sessionmaker() as session:
        rows = await session.execute(select(DigestState.user_id, DigestState.last_sent_at))
        return {user_id: sent for user_id, sent in rows}


async def test_the_digest_lists_new_visible_posts_of_watched_threads_once(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server, **QUICK_DIGEST) as site:
            reader, quiet_reader, nobody = [await site.forum.member() for _ in range(3)]
            writer, blocked = await site.forum.member(), await site.forum.member()
            await verified(site, reader, quiet_reader, nobody, writer, blocked)
            for member in (reader, quiet_reader):
                await set_user(site.app, member, email_digest="daily")
            await block(site.app, reader, blocked)
            watched = await site.forum.thread(reader, title="Reflux at six weeks")
            by_blocked = await site.forum.thread(blocked, title="Only a blocked voice here")
            unwatched = await site.forum.thread(writer, title="Not hers to watch")
            for thread in (watched, by_blocked):
                await subscribe(site.app, reader, thread["id"], "watching")
            await subscribe(site.app, nobody, unwatched["id"], "watching")  # digest off
            first_new = await site.forum.reply(writer, watched["id"], body="It passes.")
            await site.forum.reply(writer, watched["id"], body="Try keeping them upright.")
            hidden = await site.forum.reply(writer, watched["id"], body="Hidden later.")
            await site.forum.reply(reader, watched["id"], body="Thank you both.")  # her own
            await site.forum.reply(blocked, by_blocked["id"], body="From someone blocked.")
            await site.forum.reply(writer, unwatched["id"], body="Unwatched news.")
            async with site.app.state.database.sessionmaker() as session:
                await session.execute(
                    update(Post).where(Post.id == hidden["id"]).values(is_hidden=True)
                )
                await session.commit()

            async with worker_running(site.app):
                await until(lambda: len(digests(server, reader)) == 1)
                await asyncio.sleep(0.5)  # ten more checks: nothing more is sent
                states = await digest_states(site.app)
            rows = await digest_rows(site.app)

    assert len(digests(server, reader)) == 1
    assert digests(server, quiet_reader) == [] and digests(server, nobody) == []
    assert [row.to_address for row in rows] == [reader.email]
    assert set(states) == {reader.id, quiet_reader.id}  # claimed, nothing to say
    (received,) = digests(server, reader)
    assert received.subject == f"2 new posts in 1 thread you watch on {FORUM_NAME}"
    text = received.text
    assert "• Reflux at six weeks — 2 new posts" in text
    assert f"{PUBLIC_URL}/t/{watched['id']}#post-{first_new['number']}" in text
    for absent in ("Only a blocked voice here", "Not hers to watch", "Hidden later"):
        assert absent not in text
    assert UNSUBSCRIBE.fullmatch(str(received.message["List-Unsubscribe"]))
    assert received.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"{PUBLIC_URL}/unsubscribe?token=" in text
    assert "daily digest" in text.split("\n-- \n")[1]
    # Watching notifications are never emailed one by one (nobody watches `unwatched`).
    assert [m for m in server.to(nobody.email) if m.message["List-Unsubscribe"]] == []


async def test_the_next_digest_lists_only_what_came_after_the_last(settings: Settings) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            reader, writer = await site.forum.member(), await site.forum.member()
            await verified(site, reader, writer)
            await set_user(site.app, reader, email_digest="daily")
            thread = await site.forum.thread(writer, title="Weaning")
            await subscribe(site.app, reader, thread["id"], "watching")
            await site.forum.reply(writer, thread["id"], body="First news.")
            letterhead, links = letterhead_of(site.app.state.settings), links_of(settings)
            database = site.app.state.database

            async def run(now: Any) -> tuple[int, int]:
                async with database.sessionmaker() as session:
                    result = await send_due_digests(session, letterhead, links, now=now)
                    await session.commit()
                return result

            assert await run(utcnow()) == (1, 1)
            assert await run(utcnow()) == (0, 0)  # not due again today
            later = await site.forum.reply(writer, thread["id"], body="Second news.")
            assert await run(utcnow() + timedelta(hours=23)) == (0, 0)
            assert await run(utcnow() + timedelta(hours=25)) == (1, 1)
            first, second = await digest_rows(site.app)

    assert "— 2 new posts" in first.body  # the thread's first post and the reply
    assert "— 1 new post\n" in second.body
    assert f"#post-{later['number']}" in second.body


async def test_a_digest_turned_off_before_the_send_is_not_sent(settings: Settings) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            reader, writer = await site.forum.member(), await site.forum.member()
            await verified(site, reader, writer)
            await set_user(site.app, reader, email_digest="daily")
            thread = await site.forum.thread(writer)
            await subscribe(site.app, reader, thread["id"], "watching")
            async with site.app.state.database.sessionmaker() as session:
                await send_due_digests(session, letterhead_of(settings), links_of(settings))
                await session.commit()
            await set_user(site.app, reader, email_digest="off")
            async with worker_running(site.app):

                async def finished() -> bool:
                    rows = await digest_rows(site.app)
                    return len(rows) == 1 and rows[0].finished_at is not None

                await until(finished)
            (row,) = await digest_rows(site.app)

    assert digests(server, reader) == []
    assert row.last_error == "not sent: the member turned digests off"


@pytest.mark.postgres_only
async def test_two_workers_send_each_member_exactly_one_digest(settings: Settings) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server, **QUICK_DIGEST) as site:
            writer = await site.forum.member()
            readers = [await site.forum.member() for _ in range(12)]
            await verified(site, writer, *readers)
            thread = await site.forum.thread(writer, title="Night feeds")
            for reader in readers:
                await set_user(site.app, reader, email_digest="daily")
                await subscribe(site.app, reader, thread["id"], "watching")
            # Two workers as two hosts would run them: pools of their own, same database.
            settings_now = site.app.state.settings
            databases = [Database(settings_now) for _ in range(2)]
            workers = [Worker(database, settings_now) for database in databases]
            tasks = [asyncio.create_task(worker.run()) for worker in workers]
            # And a burst of direct claims racing them.
            letterhead, links = letterhead_of(settings_now), links_of(settings_now)

            async def claim(database: Database) -> None:
                async with database.sessionmaker() as session:
                    await send_due_digests(session, letterhead, links, limit=3)
                    await session.commit()

            await asyncio.gather(*(claim(databases[i % 2]) for i in range(6)))
            try:
                await until(lambda: all(len(digests(server, r)) >= 1 for r in readers))
                await asyncio.sleep(0.6)
            finally:
                for worker in workers:
                    worker.stop()
                await asyncio.gather(*tasks)
                for database in databases:
                    await database.dispose()
            rows = await digest_rows(site.app)

    assert sorted(row.user_id for row in rows) == sorted(reader.id for reader in readers)
    assert all(len(digests(server, reader)) == 1 for reader in readers)
