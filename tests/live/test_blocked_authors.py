"""A post framed for a member who blocked its author says so (`is_blocked_author`, the web
app collapses it), exactly as a GET by that member shows it; never for an anonymous post
(it would unmask its author), and never in the frame other members share."""

from __future__ import annotations

from typing import Any

from tests.helpers import Member
from tests.live.streams import Served, stream


async def block(site: Served, blocker: Member, blocked: Member) -> None:
    response = await site.client.put(f"/users/{blocked.username}/block", headers=blocker.headers)
    assert response.status_code == 204, response.text


async def as_seen_by(site: Served, post_id: int, viewer: Member) -> dict[str, Any]:
    response = await site.client.get(f"/posts/{post_id}", headers=viewer.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_blocked_authors_post_is_marked_for_the_blockers_alone(site: Served) -> None:
    alice, bob, carol, dave = [await site.forum.member() for _ in range(4)]
    thread = await site.forum.thread(carol)
    await block(site, alice, bob)
    await block(site, dave, bob)
    viewers = {"carol": carol, "alice": alice, "bob": bob, "dave": dave}
    async with (
        stream(site.url, thread["id"], carol) as for_carol,
        stream(site.url, thread["id"], alice) as for_alice,
        stream(site.url, thread["id"], bob) as for_bob,
        stream(site.url, thread["id"], dave) as for_dave,
        stream(site.url, thread["id"]) as for_visitor,
    ):
        streams = {"carol": for_carol, "alice": for_alice, "bob": for_bob, "dave": for_dave}
        reply = await site.forum.reply(bob, thread["id"])
        marked = {}
        for who, events in streams.items():
            event = await events.next()
            assert event.data == await as_seen_by(site, reply["id"], viewers[who]), who
            marked[who] = event.data["is_blocked_author"]
        assert marked == {"carol": False, "alice": True, "bob": False, "dave": True}
        assert (await for_visitor.next()).data["is_blocked_author"] is False

        # Anonymous: nobody's copy says whose it is.
        anonymous = await site.forum.reply(bob, thread["id"], anonymous=True)
        for who, events in streams.items():
            event = await events.next()
            assert event.data["id"] == anonymous["id"]
            assert event.data["is_blocked_author"] is False, who
            assert event.data == await as_seen_by(site, anonymous["id"], viewers[who]), who
        await for_visitor.next()

        # A blocker's own copy (with their reaction on it) is marked too.
        response = await site.client.put(
            f"/posts/{reply['id']}/reactions/heart", headers=alice.headers
        )
        assert response.status_code == 200, response.text
        response = await site.client.patch(
            f"/posts/{reply['id']}", json={"body": "Edited."}, headers=bob.headers
        )
        assert response.status_code == 200, response.text
        copies = {who: (await events.next()).data for who, events in streams.items()}
        assert copies["alice"]["my_reactions"] == ["heart"]
        assert copies["alice"]["is_blocked_author"] is True
        assert copies["carol"]["is_blocked_author"] is False
        for who, copy in copies.items():
            assert copy == await as_seen_by(site, reply["id"], viewers[who]), who


async def test_a_replayed_post_is_marked_for_the_blocker(site: Served) -> None:
    alice, bob = await site.forum.member(), await site.forum.member()
    thread = await site.forum.thread(alice)
    await block(site, alice, bob)
    async with stream(site.url, thread["id"], alice) as events:
        first = await site.forum.reply(alice, thread["id"])
        seen = (await events.next()).id
        assert seen is not None
    reply = await site.forum.reply(bob, thread["id"])
    async with stream(site.url, thread["id"], alice, last_event_id=seen) as events:
        event = await events.next()
        assert event.data["id"] == reply["id"] != first["id"]
        assert event.data["is_blocked_author"] is True
        assert event.data == await as_seen_by(site, reply["id"], alice)
