"""A thread's stream carries each change as the JSON of the resource as THAT viewer may see
it: every event kind is walked as a visitor, a member, the author and a moderator, and each
copy must be exactly what a GET by the same viewer answers at that moment (the one
visibility serialiser), with the rules spelled out besides: a hidden body never reaches a
member or a visitor, an anonymous author never leaks."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.helpers import Member
from tests.live.streams import EventStream, Served, stream

Viewers = dict[str, Member | None]


async def seen_by(client: AsyncClient, path: str, viewer: Member | None) -> dict[str, Any]:
    response = await client.get(path, headers=viewer.headers if viewer else {})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def expect_everywhere(
    site: Served,
    streams: dict[str, EventStream],
    viewers: Viewers,
    name: str,
    path: str,
) -> dict[str, dict[str, Any]]:
    """Each viewer's next event is `name`, carrying what that viewer GETs at `path`; returns
    the copies by viewer."""
    copies = {}
    ids = set()
    for who, events in streams.items():
        event = await events.next()
        assert event.name == name, (who, event)
        assert event.data == await seen_by(site.client, path, viewers[who]), who
        copies[who] = event.data
        ids.add(event.id)
    assert len(ids) == 1 and None not in ids, ids  # one outbox id, the same for everyone
    return copies


async def test_a_reply_appears_on_the_thread_stream(site: Served) -> None:
    alice = await site.forum.member()
    bob = await site.forum.member()
    thread = await site.forum.thread(alice)
    async with stream(site.url, thread["id"]) as events:
        reply = await site.forum.reply(bob, thread["id"], body="Same here, it gets better.")
        event = await events.next()
        assert event.name == "post.created"
        assert isinstance(event.id, int)
        assert event.data == await seen_by(site.client, f"/posts/{reply['id']}", None)
        assert event.data["body"] == "Same here, it gets better."
        await events.quiet()


async def test_every_event_kind_as_every_viewer(site: Served) -> None:
    forum = site.forum
    alice = await forum.member()  # the author, who writes anonymously
    bob = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(alice, anonymous=True, title="Feeling alone at night")
    thread_path = f"/threads/{thread['id']}"
    viewers: Viewers = {"visitor": None, "member": bob, "author": alice, "moderator": moderator}

    async with (
        stream(site.url, thread["id"], None) as as_visitor,
        stream(site.url, thread["id"], bob) as as_member,
        stream(site.url, thread["id"], alice) as as_author,
        stream(site.url, thread["id"], moderator) as as_moderator,
    ):
        streams = {
            "visitor": as_visitor,
            "member": as_member,
            "author": as_author,
            "moderator": as_moderator,
        }

        # post.created: an anonymous reply names its author to the author and moderators only.
        reply = await forum.reply(alice, thread["id"], body="Night feeds again.", anonymous=True)
        post_path = f"/posts/{reply['id']}"
        copies = await expect_everywhere(site, streams, viewers, "post.created", post_path)
        assert copies["visitor"]["author"] is None
        assert copies["member"]["author"] is None
        assert copies["author"]["author"]["id"] == alice.id
        assert copies["moderator"]["author"]["id"] == alice.id
        assert alice.username not in str(copies["visitor"]) + str(copies["member"])
        assert all(copy["anonymous"] is True for copy in copies.values())

        # post.updated: an edit; a member's own reactions and report are in their copy alone.
        response = await site.client.put(f"{post_path}/reactions/hug", headers=bob.headers)
        assert response.status_code == 200, response.text
        flagged = await site.client.post(
            f"{post_path}/flags", json={"reason": "other", "note": "Worried"}, headers=bob.headers
        )
        assert flagged.status_code == 201, flagged.text
        response = await site.client.patch(
            post_path, json={"body": "Night feeds again, third time."}, headers=alice.headers
        )
        assert response.status_code == 200, response.text
        copies = await expect_everywhere(site, streams, viewers, "post.updated", post_path)
        assert {who: copy["body"] for who, copy in copies.items()} == dict.fromkeys(
            viewers, "Night feeds again, third time."
        )
        assert copies["member"]["my_reactions"] == ["hug"]
        assert copies["visitor"]["my_reactions"] == [] == copies["author"]["my_reactions"]
        mine = {"id": flagged.json()["id"], "reason": "other", "status": "open"}
        assert copies["member"]["my_flag"] == mine
        assert [copies[who]["my_flag"] for who in ("visitor", "author", "moderator")] == [None] * 3
        assert all(copy["reactions"] == {"hug": 1} for copy in copies.values())

        # post.hidden: the body and the reason go to the author and moderators only.
        response = await site.client.post(
            f"{post_path}/hide", json={"reason": "Personal details"}, headers=moderator.headers
        )
        assert response.status_code == 200, response.text
        copies = await expect_everywhere(site, streams, viewers, "post.hidden", post_path)
        for who in ("visitor", "member"):
            assert copies[who]["is_hidden"] is True
            assert copies[who]["body"] == "" and copies[who]["body_html"] == ""
            assert copies[who]["hidden_reason"] is None
            assert copies[who]["author"] is None
        for who in ("author", "moderator"):
            assert copies[who]["body"] == "Night feeds again, third time."
            assert copies[who]["hidden_reason"] == "Personal details"

        # post.unhidden → post.updated, with the body back for everyone.
        response = await site.client.post(f"{post_path}/unhide", headers=moderator.headers)
        assert response.status_code == 200, response.text
        copies = await expect_everywhere(site, streams, viewers, "post.updated", post_path)
        assert all(copy["is_hidden"] is False for copy in copies.values())
        assert copies["visitor"]["body"] == "Night feeds again, third time."

        # post.deleted → post.updated: the post keeps its place, emptied.
        response = await site.client.delete(post_path, headers=alice.headers)
        assert response.status_code == 204, response.text
        copies = await expect_everywhere(site, streams, viewers, "post.updated", post_path)
        assert all(copy["is_deleted"] is True and copy["body"] == "" for copy in copies.values())

        # A moderator's restore → post.updated: back in its place for everyone; the report
        # its delete upheld says so in its reporter's copy.
        response = await site.client.post(f"{post_path}/restore", headers=moderator.headers)
        assert response.status_code == 200, response.text
        copies = await expect_everywhere(site, streams, viewers, "post.updated", post_path)
        assert {who: (copy["is_deleted"], copy["body"]) for who, copy in copies.items()} == (
            dict.fromkeys(viewers, (False, "Night feeds again, third time."))
        )
        assert copies["member"]["my_flag"] == {**mine, "status": "upheld"}

        # thread.updated: renamed by its (anonymous) author, then locked by a moderator.
        response = await site.client.patch(
            thread_path, json={"title": "Alone at night, but less so"}, headers=alice.headers
        )
        assert response.status_code == 200, response.text
        copies = await expect_everywhere(site, streams, viewers, "thread.updated", thread_path)
        assert all(copy["title"] == "Alone at night, but less so" for copy in copies.values())
        assert copies["member"]["author"] is None and copies["visitor"]["author"] is None
        assert copies["author"]["author"]["id"] == alice.id
        assert copies["moderator"]["author"]["id"] == alice.id
        response = await site.client.patch(
            thread_path, json={"is_locked": True}, headers=moderator.headers
        )
        assert response.status_code == 200, response.text
        copies = await expect_everywhere(site, streams, viewers, "thread.updated", thread_path)
        assert all(copy["is_locked"] is True for copy in copies.values())

        # thread.deleted: the last event, then the stream ends.
        response = await site.client.delete(thread_path, headers=moderator.headers)
        assert response.status_code == 204, response.text
        for events in streams.values():
            event = await events.next()
            assert event.name == "thread.deleted"
            assert event.data == {"id": thread["id"]}
            await events.end()


async def test_a_hidden_post_never_reaches_a_member_in_any_event(site: Served) -> None:
    """Hidden by a moderator, then edited by its author: the member's post.updated still
    carries no body (the visibility rules, not the event kind, decide)."""
    forum = site.forum
    alice = await forum.member()
    bob = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(bob)
    reply = await forum.reply(alice, thread["id"], body="My address is 1 Elm Street.")
    response = await site.client.post(
        f"/posts/{reply['id']}/hide", json={"reason": "Address"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    async with stream(site.url, thread["id"], bob) as as_member:
        response = await site.client.patch(
            f"/posts/{reply['id']}",
            json={"body": "My address is 2 Elm Street."},
            headers=alice.headers,
        )
        assert response.status_code == 200, response.text
        event = await as_member.next()
        assert event.name == "post.updated"
        assert event.data["is_hidden"] is True
        assert event.data["body"] == "" and "Elm" not in str(event.data)


async def test_other_threads_events_do_not_arrive(site: Served) -> None:
    alice = await site.forum.member()
    watched = await site.forum.thread(alice)
    other = await site.forum.thread(alice)
    async with stream(site.url, watched["id"]) as events:
        await site.forum.reply(alice, other["id"])
        await events.quiet()
        mine = await site.forum.reply(alice, watched["id"])
        assert (await events.next()).data["id"] == mine["id"]


async def test_an_open_stream_holds_no_database_connection(site: Served) -> None:
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    pool = site.app.state.database.engine.pool
    async with stream(site.url, thread["id"], alice), stream(site.url, thread["id"]) as events:
        assert pool.checkedout() == 0
        reply = await site.forum.reply(alice, thread["id"])
        assert (await events.next()).data["id"] == reply["id"]
        assert pool.checkedout() == 0
