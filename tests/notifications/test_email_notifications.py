"""Emails of replies, quotes and mentions, end to end: the forum's state is arranged through
the API (with the worker stopped), then the real worker runs — the notification fan-out,
this consumer, the mail queue and its send checks — and a real SMTP server started by the
test (aiosmtpd) receives what is sent."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select, update

from app.accounts.models import User
from app.config import Settings
from app.events.dispatch import Dispatcher
from app.forum.models import Post
from app.mail.models import OutgoingMail
from app.mail.queue import NOT_SENT
from app.notifications.emails import author_name, excerpt
from app.worker.periodic import attach_settings
from app.worker.runner import Worker
from tests.helpers import Member
from tests.mail.fixtures import FORUM_NAME, PUBLIC_URL, mail_site, stored_mail
from tests.mail.smtp import Received, SmtpServer, smtp_server
from tests.moderation.fixtures import Site
from tests.notifications.fixtures import block, mention, set_body_html
from tests.webhooks.receiver import until

UNSUBSCRIBE = re.compile(r"<(https://village\.test/api/v1/unsubscribe\?token=([A-Za-z0-9._-]+))>")


@asynccontextmanager
async def quiet_site(
    settings: Settings, server: SmtpServer, **overrides: Any
) -> AsyncIterator[Site]:
    """A site whose worker is not running yet: what the test arranges is all committed
    before the worker sees any of it (`worker_running`)."""
    async with mail_site(settings, server, worker_in_process=False, **overrides) as site:
        yield site


@asynccontextmanager
async def worker_running(app: FastAPI) -> AsyncIterator[Worker]:
    """The real worker (`village worker`'s) on the app's database, for the block's span."""
    worker = Worker(app.state.database, app.state.settings)
    task = asyncio.create_task(worker.run())
    try:
        yield worker
    finally:
        worker.stop()
        await task


async def dispatch_all(app: FastAPI) -> None:
    """The worker's dispatch alone (no sending): every committed event to the durable
    consumers, in the worker's kind of transaction (its settings attached), until none is
    left — the fan-out, then the emails it announces."""
    database = app.state.database
    dispatcher = Dispatcher(batch_size=50)
    while True:
        async with database.sessionmaker() as session, database.writer_turn(True):
            if database.is_sqlite:
                await session.connection(execution_options={"sqlite_immediate": True})
            attach_settings(session, app.state.settings)
            claimed = await dispatcher.dispatch(session)
            await session.commit()
        if claimed == 0:
            return


async def set_user(app: FastAPI, member: Member, **values: Any) -> None:
    async with app.state.database.sessionmaker() as session:
        await session.execute(update(User).where(User.id == member.id).values(**values))
        await session.commit()


async def verified(site: Site, *members: Member) -> None:
    """Their addresses count as verified (the verification link is tested in tests/accounts)."""
    for member in members:
        await set_user(site.app, member, email_verified=True)


def notices(server: SmtpServer, member: Member) -> list[Received]:
    """The notification emails `member` received (they carry List-Unsubscribe)."""
    return [m for m in server.to(member.email) if m.message["List-Unsubscribe"]]


async def finished(app: FastAPI, count: int) -> list[OutgoingMail]:
    """Waits until `count` notification emails are finished (sent or dropped)."""

    async def done() -> bool:
        rows = [row for row in await stored_mail(app) if row.kind.startswith("notify_")]
        return len(rows) >= count and all(row.finished_at is not None for row in rows)

    await until(done)
    return [row for row in await stored_mail(app) if row.kind.startswith("notify_")]


async def test_a_reply_is_emailed_with_who_where_what_and_one_click_unsubscribe(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            author = await site.forum.member("Priya_R")
            replier = await site.forum.member("Sam_K")
            await verified(site, author, replier)
            thread = await site.forum.thread(author, title="Up every two hours at night")
            first = thread["first_post"]["id"]
            reply = await site.forum.reply(
                replier,
                thread["id"],
                reply_to=first,
                body="Try a **dream feed** at 10pm & see.\n\n" + "More words here. " * 40,
            )
            async with worker_running(site.app):
                await until(lambda: len(notices(server, author)) == 1)
                await finished(site.app, 1)
            assert notices(server, replier) == []  # never to yourself

    (received,) = notices(server, author)
    message = received.message
    assert message["Subject"] == "Sam_K replied to you in “Up every two hours at night”"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    found = UNSUBSCRIBE.fullmatch(str(message["List-Unsubscribe"]))
    assert found, message["List-Unsubscribe"]
    token = found.group(2)
    text = received.text
    assert "Sam_K replied to you in “Up every two hours at night”:" in text
    assert "    Try a dream feed at 10pm & see. More words here." in text  # plain, one line
    assert "**" not in text and "<strong>" not in text
    assert text.count("More words here.") < 20  # a short excerpt, not the post
    assert f"{PUBLIC_URL}/t/{thread['id']}#post-{reply['number']}" in text
    assert f"{PUBLIC_URL}/unsubscribe?token={token}" in text  # the web page, same token
    assert "To stop emails about replies and quotes" in text
    signature = text.split("\n-- \n")[1]
    assert FORUM_NAME in signature
    assert "when someone replies to or quotes your posts" in signature


async def test_an_anonymous_author_is_named_by_label_only_anywhere_in_the_message(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            author = await site.forum.member()
            secret = await site.forum.member("Hidden_Helper", display_name="Jo Secretname")
            await verified(site, author, secret)
            thread = await site.forum.thread(author)
            await site.forum.reply(
                secret,
                thread["id"],
                reply_to=thread["first_post"]["id"],
                anonymous=True,
                body="Same here, it passes.",
            )
            async with worker_running(site.app):
                await until(lambda: len(notices(server, author)) == 1)

    (received,) = notices(server, author)
    raw = bytes(received.message).decode()
    assert received.message["Subject"].startswith("Anonymous 1 replied to you in")
    assert "Anonymous 1 replied to you" in received.text
    for revealing in ("Hidden_Helper", "hidden_helper", "Jo Secretname", "Secretname"):
        assert revealing not in raw
    assert secret.email not in raw


async def test_preferences_and_verified_addresses_decide_who_is_emailed(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            author = await site.forum.member()
            no_replies = await site.forum.member()
            unverified = await site.forum.member()
            mentioned = await site.forum.member()
            no_mentions = await site.forum.member()
            replier = await site.forum.member()
            await verified(site, author, no_replies, mentioned, no_mentions, replier)
            await set_user(site.app, no_replies, email_replies=False)
            await set_user(site.app, no_mentions, email_mentions=False)
            thread = await site.forum.thread(author)
            posts = {
                member.username: await site.forum.reply(member, thread["id"], body="Mine.")
                for member in (no_replies, unverified)
            }
            replies = [
                await site.forum.reply(replier, thread["id"], reply_to=post["id"], body="Yes.")
                for post in [thread["first_post"], *posts.values()]
            ]
            mentioning = await site.forum.reply(replier, thread["id"], body="Asking them.")
            await set_body_html(
                site.app,
                mentioning["id"],
                f"<p>Asking {mention(mentioned.username)} and {mention(no_mentions.username)}</p>",
            )
            async with worker_running(site.app):
                await until(lambda: len(notices(server, author)) == 1)
                await until(lambda: len(notices(server, mentioned)) == 1)
                rows = await finished(site.app, 2)

    assert sorted(row.to_address for row in rows) == sorted([author.email, mentioned.email])
    assert notices(server, no_replies) == notices(server, unverified) == []
    assert notices(server, no_mentions) == []
    (mail,) = notices(server, mentioned)
    assert mail.subject.startswith(f"{replier.username} mentioned you in")
    assert "To stop emails about mentions" in mail.text
    assert f"#post-{mentioning['number']}" in mail.text
    assert replies  # (the replies to the others' posts were made)


async def test_nothing_is_sent_about_a_post_hidden_deleted_or_blocked_before_the_send(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            author = await site.forum.member()
            others = [await site.forum.member() for _ in range(4)]
            await verified(site, author, *others)
            thread = await site.forum.thread(author)
            first = thread["first_post"]["id"]
            posts = [
                await site.forum.reply(member, thread["id"], reply_to=first, body=f"Reply {i}")
                for i, member in enumerate(others)
            ]
            hidden, deleted, by_blocked, kept = posts
            await dispatch_all(site.app)  # queued while every post could be seen …
            assert await _queued(site.app, 4)
            # … and changed before the worker sends anything.
            async with site.app.state.database.sessionmaker() as session:
                await session.execute(
                    update(Post).where(Post.id == hidden["id"]).values(is_hidden=True)
                )
                await session.execute(
                    update(Post).where(Post.id == deleted["id"]).values(is_deleted=True)
                )
                await session.commit()
            await block(site.app, author, others[2])
            async with worker_running(site.app):
                rows = await finished(site.app, 4)

    (sent,) = notices(server, author)
    assert "Reply 3" in sent.text
    assert by_blocked and kept
    reasons = {row.post_id: row.last_error for row in rows}
    assert reasons[kept["id"]] is None
    assert reasons[hidden["id"]] == f"{NOT_SENT}the post was hidden"
    assert reasons[deleted["id"]] == f"{NOT_SENT}the post was deleted"
    assert reasons[by_blocked["id"]] == f"{NOT_SENT}the member blocked its author"
    assert all(row.status == "succeeded" and row.body == "" for row in rows)
    assert all(row.list_unsubscribe is None for row in rows)  # no link kept once finished


async def _queued(app: FastAPI, count: int) -> bool:
    async with app.state.database.sessionmaker() as session:
        rows = list(
            await session.scalars(select(OutgoingMail.id).where(OutgoingMail.kind.like("notify_%")))
        )
    return len(rows) >= count


async def test_a_member_who_turned_replies_off_after_the_queueing_gets_nothing(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            author, replier = await site.forum.member(), await site.forum.member()
            await verified(site, author, replier)
            thread = await site.forum.thread(author)
            await site.forum.reply(replier, thread["id"], reply_to=thread["first_post"]["id"])
            await dispatch_all(site.app)
            assert await _queued(site.app, 1)
            await set_user(site.app, author, email_replies=False)
            async with worker_running(site.app):
                (row,) = await finished(site.app, 1)

    assert notices(server, author) == []
    assert row.last_error == f"{NOT_SENT}the member turned these emails off"


def test_excerpt_is_the_posts_own_words_in_plain_text() -> None:
    html = (
        '<blockquote class="quote" data-post="3"><p>Priya wrote:</p><p>Quoted</p></blockquote>'
        '<p>Hello <a class="mention" href="/u/bob">@bob</a> &amp; <strong>you</strong></p>'
        "<p>line two</p>"
    )
    assert excerpt(html) == "Hello @bob & you line two"
    long = "<p>" + "word " * 100 + "</p>"
    cut = excerpt(long, limit=30)
    assert cut.endswith("…") and len(cut) <= 31 and "wor…" not in cut


def test_an_anonymous_post_is_named_by_its_label_whatever_else_is_known() -> None:
    assert author_name(True, 2, "Jo Secretname", left=False) == "Anonymous 2"
    assert author_name(True, 0, "Jo Secretname", left=True) == "Anonymous (original poster)"
    assert author_name(False, None, "Jo", left=False) == "Jo"
    assert author_name(False, None, "Jo", left=True) == "A former member"
