"""Last-Event-ID: a client that reconnects is sent the thread's events it missed (rendered
for it, as it may see them now), not the ones it had, and then the stream goes on live with
nothing twice and nothing skipped."""

from __future__ import annotations

import asyncio

import pytest

from app.config import Settings
from tests.live.streams import Served, served, stream


async def test_last_event_id_replays_what_was_missed_then_goes_on_live(site: Served) -> None:
    forum = site.forum
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(alice)
    earlier = await forum.reply(alice, thread["id"], body="Before the reader came.")
    async with stream(site.url, thread["id"], bob) as events:
        seen = await forum.reply(alice, thread["id"], body="Seen live.")
        last = await events.next()
        assert last.data["id"] == seen["id"]

    # Away: two replies and an edit of the one seen.
    missed = [await forum.reply(alice, thread["id"], body=f"Missed {n}.") for n in (1, 2)]
    response = await site.client.patch(
        f"/posts/{seen['id']}", json={"body": "Seen live, then edited."}, headers=alice.headers
    )
    assert response.status_code == 200, response.text

    async with stream(site.url, thread["id"], bob, last_event_id=last.id) as events:
        replayed = await events.take(3)
        assert [(e.name, e.data["id"]) for e in replayed] == [
            ("post.created", missed[0]["id"]),
            ("post.created", missed[1]["id"]),
            ("post.updated", seen["id"]),
        ]
        ids = [e.id for e in replayed]
        assert ids == sorted(ids) and all(event_id > last.id for event_id in ids)
        assert replayed[2].data["body"] == "Seen live, then edited."
        # Then live, and nothing from before (`earlier`, `seen`'s creation) comes again.
        after = await forum.reply(alice, thread["id"], body="After the reconnect.")
        event = await events.next()
        assert (event.name, event.data["id"]) == ("post.created", after["id"])
        await events.quiet()
    assert earlier["id"] not in {e.data["id"] for e in replayed}


async def test_replayed_events_are_rendered_for_the_viewer(site: Served) -> None:
    """A post hidden while the member was away is replayed without its body."""
    forum = site.forum
    alice = await forum.member()
    bob = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(alice)
    async with stream(site.url, thread["id"], bob) as events:
        reply = await forum.reply(alice, thread["id"], body="Call me on 0123 456.")
        last = await events.next()
    response = await site.client.post(
        f"/posts/{reply['id']}/hide", json={"reason": "Phone number"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    for viewer, body in ((bob, ""), (None, ""), (alice, "Call me on 0123 456.")):
        async with stream(site.url, thread["id"], viewer, last_event_id=last.id) as events:
            event = await events.next()
            assert event.name == "post.hidden"
            assert event.data["body"] == body


async def test_replay_is_bounded_in_count(settings: Settings) -> None:
    async with served(settings, live_replay_max_events=2, live_replay_lookback_seconds=0) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"]) as events:
            await site.forum.reply(alice, thread["id"])
            last = await events.next()
        missed = [await site.forum.reply(alice, thread["id"]) for _ in range(3)]
        async with stream(site.url, thread["id"], last_event_id=last.id) as events:
            assert [e.data["id"] for e in await events.take(2)] == [p["id"] for p in missed[:2]]
            await events.quiet()


async def test_replay_is_bounded_in_time(settings: Settings) -> None:
    async with served(settings, live_replay_seconds=1, live_replay_lookback_seconds=0) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"]) as events:
            await site.forum.reply(alice, thread["id"])
            last = await events.next()
        await site.forum.reply(alice, thread["id"])
        await asyncio.sleep(1.2)
        recent = await site.forum.reply(alice, thread["id"])
        async with stream(site.url, thread["id"], last_event_id=last.id) as events:
            assert (await events.next()).data["id"] == recent["id"]
            await events.quiet()


@pytest.mark.parametrize("header", ["", "abc", "-1", "12abc", "99999999999999999999999"])
async def test_a_last_event_id_that_is_not_ours_replays_nothing(site: Served, header: str) -> None:
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    await site.forum.reply(alice, thread["id"])
    async with stream(site.url, thread["id"], last_event_id=header) as events:
        await events.quiet()
        reply = await site.forum.reply(alice, thread["id"])
        assert (await events.next()).data["id"] == reply["id"]


async def test_postgres_replay_resends_the_events_just_before_last_event_id(
    settings: Settings,
) -> None:
    """PostgreSQL numbers an event at INSERT and publishes it at COMMIT, so an event may
    arrive after one with a higher id; a client that disconnected between the two would
    miss it if the replay started strictly after Last-Event-ID. The replay also re-sends the
    thread's events created within LIVE_REPLAY_LOOKBACK_SECONDS before it (a duplicate the
    client tolerates: each event carries the resource's current state). SQLite commits one
    writer at a time, in id order: there is nothing to look back for."""
    async with served(settings, live_replay_lookback_seconds=5) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"]) as events:
            first = await site.forum.reply(alice, thread["id"])
            await events.next()
            await site.forum.reply(alice, thread["id"])
            last = await events.next()
        async with stream(site.url, thread["id"], last_event_id=last.id) as events:
            if settings.is_sqlite:
                await events.quiet()
            else:
                # The thread's first post and `first`: created within the lookback.
                resent = await events.take(2)
                assert [(e.name, e.data["id"]) for e in resent] == [
                    ("post.created", thread["first_post"]["id"]),
                    ("post.created", first["id"]),
                ]
                assert all(e.id is not None and e.id < last.id for e in resent)
                await events.quiet()


async def test_a_web_app_on_another_origin_may_send_last_event_id(settings: Settings) -> None:
    """A reconnecting EventSource sends Last-Event-ID: the CORS preflight must allow it."""
    origin = "https://village.example"
    async with served(settings, cors_origins=[origin]) as site:
        response = await site.client.options(
            "/events?thread=1",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization, last-event-id",
            },
        )
        assert response.status_code == 200, response.text
        allowed = response.headers["access-control-allow-headers"].lower()
        assert "last-event-id" in allowed
