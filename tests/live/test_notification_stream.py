"""`GET /events?notifications=true`: a member's new notifications, made by the worker, on a
stream of their own: each `data:` the Notification as GET /notifications shows it, its `id:`
the notification's id (what Last-Event-ID replays from); never another member's; 401 for
visitors; the stream's edges as a thread's (heartbeat, maximum age, per-member limit)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from app.config import Settings
from tests.helpers import Member, problem
from tests.live.streams import (
    Served,
    notifications,
    refused,
    served_with_worker,
    stream,
)
from tests.moderation.fixtures import make_pat


async def listed(site: Served, member: Member) -> list[dict[str, Any]]:
    response = await site.client.get("/notifications", headers=member.headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def reply_to(site: Served, author: Member, post: dict[str, Any], **fields: Any) -> int:
    reply = await site.forum.reply(author, post["thread_id"], reply_to=post["id"], **fields)
    post_id: int = reply["id"]
    return post_id


async def test_a_member_receives_their_notification_within_a_second(settings: Settings) -> None:
    async with served_with_worker(settings) as site:
        alice, bob, carol = [await site.forum.member() for _ in range(3)]
        thread = await site.forum.thread(alice)
        async with notifications(site.url, alice) as mine, notifications(site.url, carol) as hers:
            started = time.monotonic()
            post_id = await reply_to(site, bob, thread["first_post"])
            event = await mine.next(1.0)
            assert time.monotonic() - started < 1.0
            assert event.name == "notification.created"
            assert event.data["post"]["id"] == post_id
            assert event.data["actor"]["username"] == bob.username
            # Exactly as the list shows it, and numbered by it.
            (item,) = await listed(site, alice)
            assert event.data == item
            assert event.id == item["id"]
            # Carol was told nothing, and sees nothing of Alice's.
            await hers.quiet(0.5)
            assert await listed(site, carol) == []


async def test_an_anonymous_posts_notification_names_nobody(settings: Settings) -> None:
    async with served_with_worker(settings) as site:
        alice, bob = await site.forum.member(), await site.forum.member()
        thread = await site.forum.thread(alice)
        async with notifications(site.url, alice) as mine:
            await reply_to(site, bob, thread["first_post"], anonymous=True)
            event = await mine.next(2.0)
            assert event.data["actor"] is None
            assert event.data["anonymous_label"]
            assert bob.username not in str(event.data)
            assert [event.data] == await listed(site, alice)


async def test_visitors_and_bad_tokens_are_401(settings: Settings) -> None:
    async with served_with_worker(settings) as site:
        problem(await refused(site.url, "notifications=true"), 401, "not-authenticated")
        bad = {"Authorization": "Bearer not-a-token"}
        problem(await refused(site.url, "notifications=true", headers=bad), 401, "invalid-token")
        assert site.app.state.live_hub.open_streams == 0


async def test_last_event_id_replays_the_members_missed_notifications(
    settings: Settings,
) -> None:
    async with served_with_worker(settings) as site:
        alice, bob, carol = [await site.forum.member() for _ in range(3)]
        thread = await site.forum.thread(alice)
        first = thread["first_post"]
        async with notifications(site.url, alice) as mine:
            await reply_to(site, bob, first)
            seen = (await mine.next(2.0)).id
        # While Alice is away: two for her, one for Carol (her own thread).
        theirs = await site.forum.thread(carol)
        missed = [await reply_to(site, bob, first), await reply_to(site, carol, first)]
        await reply_to(site, bob, theirs["first_post"])
        await until_listed(site, alice, 3)
        async with notifications(site.url, alice, last_event_id=seen) as mine:
            replayed = await mine.take(2)
            assert [event.data["post"]["id"] for event in replayed] == missed
            ids = [event.id or 0 for event in replayed]
            assert ids == sorted(ids)
            assert all(event_id > (seen or 0) for event_id in ids)
            listed_now = {item["id"]: item for item in await listed(site, alice)}
            assert [listed_now[event_id] for event_id in ids] == [e.data for e in replayed]
            await mine.quiet()
            # Then live, once each.
            live = await reply_to(site, bob, first)
            assert (await mine.next(2.0)).data["post"]["id"] == live
            await mine.quiet()
        # An id that is not ours replays nothing.
        async with notifications(site.url, alice, last_event_id="abc") as mine:
            await mine.quiet()


async def until_listed(site: Served, member: Member, count: int) -> None:
    for _ in range(200):
        if len(await listed(site, member)) >= count:
            return
        await asyncio.sleep(0.025)
    raise AssertionError(f"{member.username} never had {count} notifications")


async def test_notification_and_thread_streams_share_the_members_limit(
    settings: Settings,
) -> None:
    async with served_with_worker(settings, live_streams_per_user=2) as site:
        alice, bob = await site.forum.member(), await site.forum.member()
        thread = await site.forum.thread(alice)
        async with notifications(site.url, alice), stream(site.url, thread["id"], alice):
            response = await refused(site.url, "notifications=true", alice)
            problem(response, 429, "too-many-streams")
            assert int(response.headers["retry-after"]) > 0
            # Bob's places are his own.
            async with notifications(site.url, bob):
                pass


async def test_heartbeat_and_maximum_age(settings: Settings) -> None:
    async with served_with_worker(
        settings, live_ping_seconds=0.2, live_stream_max_seconds=1.0
    ) as site:
        alice = await site.forum.member()
        async with notifications(site.url, alice) as mine:
            ping = await mine.next(2.0, pings=True)
            assert ping.comment == "ping"
            await mine.end(within=3.0)


async def test_a_read_only_token_may_follow_its_notifications(settings: Settings) -> None:
    async with served_with_worker(settings) as site:
        alice = await site.forum.member()
        reader = await make_pat(site.client, alice, "read", name="bell")
        as_reader = Member(alice.id, alice.username, alice.email, reader.token, "")
        async with notifications(site.url, as_reader) as mine:
            await mine.quiet(0.1)
        writer = await make_pat(site.client, alice, "write", name="writer")
        headers = {"Authorization": f"Bearer {writer.token}"}
        problem(await refused(site.url, "notifications=true", headers=headers), 403)


async def test_postgres_replay_resends_the_notifications_just_before_last_event_id(
    settings: Settings,
) -> None:
    """As a thread's replay (test_replay.py): two workers may commit notifications out of id
    order on PostgreSQL, so the member's notifications created within the lookback before
    Last-Event-ID are sent again (the bell de-duplicates by id); SQLite has no such race."""
    async with served_with_worker(settings, live_replay_lookback_seconds=5) as site:
        alice, bob = await site.forum.member(), await site.forum.member()
        thread = await site.forum.thread(alice)
        async with notifications(site.url, alice) as mine:
            await reply_to(site, bob, thread["first_post"])
            first = await mine.next(2.0)
            await reply_to(site, bob, thread["first_post"])
            last = await mine.next(2.0)
        async with notifications(site.url, alice, last_event_id=last.id) as mine:
            if settings.is_sqlite:
                await mine.quiet()
            else:
                resent = await mine.next()
                assert (resent.id, resent.data) == (first.id, first.data)
                await mine.quiet()


async def test_a_closing_server_ends_notification_streams(settings: Settings) -> None:
    async with served_with_worker(settings) as site:
        alice = await site.forum.member()
        async with notifications(site.url, alice) as mine:
            await site.app.state.live_hub.close()
            await mine.end(within=3.0)
