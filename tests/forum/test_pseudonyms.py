"""Per-thread pseudonyms and replies that stay anonymous where their author started
anonymously: `anonymous_label` on every post, and `PostCreate.anonymous` left out."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient

from tests.helpers import Forum, Member, assert_counters_exact

Json = dict[str, Any]
OP = "Anonymous (original poster)"


async def labels(client: AsyncClient, thread_id: int, viewer: Member | None = None) -> list[Any]:
    """Each post's (number, anonymous_label), as `viewer` reads the thread's page."""
    headers = viewer.headers if viewer is not None else {}
    response = await client.get(
        f"/threads/{thread_id}/posts", params={"limit": 100}, headers=headers
    )
    assert response.status_code == 200, response.text
    return [(post["number"], post["anonymous_label"]) for post in response.json()["items"]]


async def test_labels_number_anonymous_authors_per_thread(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    starter, ann, bea, named = [await forum.member() for _ in range(4)]
    thread = await forum.thread(starter, anonymous=True)
    assert thread["first_post"]["anonymous_label"] == OP
    tid = thread["id"]
    await forum.reply(ann, tid, anonymous=True, body="First anonymous replier.")
    await forum.reply(named, tid, body="Under my own name.")
    await forum.reply(bea, tid, anonymous=True, body="Second anonymous replier.")
    await forum.reply(ann, tid, anonymous=True, body="Ann again.")
    await forum.reply(starter, tid, anonymous=True, body="The starter replies.")
    await forum.reply(ann, tid, anonymous=False, body="Ann, named this time.")
    expected = [
        (1, OP),
        (2, "Anonymous 1"),
        (3, None),
        (4, "Anonymous 2"),
        (5, "Anonymous 1"),
        (6, OP),
        (7, None),
    ]
    for viewer in (None, named, ann, starter):  # the same for everyone: it names nobody
        assert await labels(client, tid, viewer) == expected
    single = (await client.get(f"/posts/{thread['first_post']['id']}")).json()
    assert single["anonymous_label"] == OP

    # A deleted post keeps its pseudonym, and its author keeps theirs in the thread.
    second = (await client.get(f"/threads/{tid}/posts")).json()["items"][3]
    deleted = await client.delete(f"/posts/{second['id']}", headers=bea.headers)
    assert deleted.status_code == 204, deleted.text
    again = await forum.reply(bea, tid, anonymous=True, body="Still me.")
    assert again["anonymous_label"] == "Anonymous 2"
    newcomer = await forum.member()
    latest = await forum.reply(newcomer, tid, anonymous=True, body="A third voice.")
    assert latest["anonymous_label"] == "Anonymous 3"
    await assert_counters_exact(app)


async def test_anonymous_replies_in_a_named_thread_start_at_one(
    client: AsyncClient, forum: Forum
) -> None:
    """In a thread started under a name there is no original poster to hide: even its starter
    replying anonymously is numbered like anyone."""
    starter, other = await forum.member(), await forum.member()
    thread = await forum.thread(starter)
    assert thread["first_post"]["anonymous_label"] is None
    mine = await forum.reply(starter, thread["id"], anonymous=True)
    theirs = await forum.reply(other, thread["id"], anonymous=True)
    assert (mine["anonymous_label"], theirs["anonymous_label"]) == ("Anonymous 1", "Anonymous 2")


async def test_replies_default_to_anonymous_where_you_started_anonymously(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    starter, other = await forum.member(), await forum.member()
    secret = await forum.thread(starter, anonymous=True)
    public = await forum.thread(starter)

    # Omitted in your own anonymous thread: anonymous, as the original poster.
    reply = await forum.reply(starter, secret["id"], body="Thank you all.")
    assert (reply["anonymous"], reply["anonymous_label"]) == (True, OP)
    shown = (await client.get(f"/posts/{reply['id']}", headers=other.headers)).json()
    assert (shown["author"], shown["anonymous"]) == (None, True)

    # An explicit false is honoured: the author chose to post under their name.
    named = await forum.reply(starter, secret["id"], anonymous=False, body="It is me, Jess.")
    assert (named["anonymous"], named["anonymous_label"]) == (False, None)
    assert named["author"]["id"] == starter.id

    # Omitted anywhere else: under your name, as before.
    for author, thread in ((other, secret), (starter, public), (other, public)):
        plain = await forum.reply(author, thread["id"], body=f"Reply in {thread['id']}.")
        assert (plain["anonymous"], plain["anonymous_label"]) == (False, None)

    # `anonymous: null` means "not said", like leaving it out; anything else is refused.
    response = await client.post(
        f"/threads/{secret['id']}/posts",
        json={"body": "Said as null.", "anonymous": None},
        headers=starter.headers,
    )
    assert response.status_code == 201, response.text
    assert response.json()["anonymous"] is True
    for bad in ("yes", 1, "false"):
        response = await client.post(
            f"/threads/{secret['id']}/posts",
            json={"body": "Bad flag.", "anonymous": bad},
            headers=starter.headers,
        )
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")

    # Only the one named reply counts towards the starter's public post count.
    profile = (await client.get(f"/users/{starter.username}")).json()
    assert profile["post_count"] == 1 + 1 + 1  # the public thread, its reply, the named one
    await assert_counters_exact(app)


@pytest.mark.postgres_only
async def test_concurrent_anonymous_replies_share_and_skip_no_number(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    starter = await forum.member()
    members = [await forum.member() for _ in range(8)]
    twice = await forum.member()
    thread = await forum.thread(starter, anonymous=True)
    url = f"/threads/{thread['id']}/posts"

    def reply(member: Member, n: int) -> Any:
        body = {"body": f"Voice {n} of many.", "anonymous": True}
        return client.post(url, json=body, headers=member.headers)

    posted = [member for member in members for _ in range(2)] + [twice, twice, twice, starter]
    responses = await asyncio.gather(*(reply(member, n) for n, member in enumerate(posted)))
    assert [r.status_code for r in responses] == [201] * len(posted), [r.text for r in responses]

    by_author: dict[int, set[str]] = {}
    for member, response in zip(posted, responses, strict=True):
        by_author.setdefault(member.id, set()).add(response.json()["anonymous_label"])
    # Each member has one label however many replies raced; the starter is the OP.
    assert all(len(seen) == 1 for seen in by_author.values()), by_author
    assert by_author.pop(starter.id) == {OP}
    numbered = sorted(int(label.removeprefix("Anonymous ")) for (label,) in by_author.values())
    assert numbered == list(range(1, len(members) + 2))  # 1..N+1: distinct, none skipped
    # The page agrees with the responses, and the next newcomer takes the next number.
    page = await labels(client, thread["id"])
    assert sorted(label for _, label in page[1:]) == sorted(
        response.json()["anonymous_label"] for response in responses
    )
    late = await forum.reply(await forum.member(), thread["id"], anonymous=True)
    assert late["anonymous_label"] == f"Anonymous {len(members) + 2}"
    await assert_counters_exact(app)
