"""Concurrent deletes, moves, edits and replies on PostgreSQL (SQLite serialises every writer,
so it proves nothing): only the request that changes a state counts it and logs it, and no
race answers 500. After every race the counters are checked exactly, through the API and
by `village check-counters`' own check."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import select

from app.forum.models import Post
from tests.helpers import Forum, Member, assert_counters_exact
from tests.moderation.conftest import log_entries, log_mark

pytestmark = pytest.mark.postgres_only

Json = dict[str, Any]


async def counts(client: AsyncClient, category: Json) -> tuple[int, int]:
    now = (await client.get(f"/categories/{category['slug']}")).json()
    return now["thread_count"], now["post_count"]


async def public_posts(client: AsyncClient, member: Member) -> int:
    count: int = (await client.get(f"/users/{member.username}")).json()["post_count"]
    return count


def statuses(responses: list[Response]) -> Counter[int]:
    return Counter(response.status_code for response in responses)


async def test_ten_concurrent_deletes_of_one_post(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, replier = await forum.member(), await forum.member()
    moderators = [await forum.moderator() for _ in range(3)]
    category = await forum.category()
    thread = await forum.thread(author, category)
    doomed = await forum.reply(replier, thread["id"], body="This goes.")
    await forum.reply(replier, thread["id"], body="This stays.")
    mark = await log_mark(client, moderators[0])

    url = f"/posts/{doomed['id']}"
    responses = await asyncio.gather(
        *(client.delete(url, headers=moderators[n % 3].headers) for n in range(10))
    )
    assert statuses(responses) == {204: 10}, [r.text for r in responses]

    assert (await client.get(f"/threads/{thread['id']}")).json()["post_count"] == 2
    assert await counts(client, category) == (1, 2)
    assert await public_posts(client, replier) == 1
    entries = await log_entries(client, moderators[0], after=mark)
    assert [(e["action"], e["target_id"]) for e in entries] == [("post.delete", doomed["id"])]
    await assert_counters_exact(app)

    # The author's own deletes, at once: the same, and nothing logged.
    mine = await forum.reply(replier, thread["id"], body="Mine to take back.")
    mark = await log_mark(client, moderators[0])
    responses = await asyncio.gather(
        *(client.delete(f"/posts/{mine['id']}", headers=replier.headers) for _ in range(10))
    )
    assert statuses(responses) == {204: 10}, [r.text for r in responses]
    assert (await client.get(f"/threads/{thread['id']}")).json()["post_count"] == 2
    assert await public_posts(client, replier) == 1
    assert await log_entries(client, moderators[0], after=mark) == []
    await assert_counters_exact(app)


async def test_five_moderators_deleting_one_thread(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, replier, reporter = [await forum.member() for _ in range(3)]
    moderators = [await forum.moderator() for _ in range(5)]
    category = await forum.category()
    kept = await forum.thread(author, category, title="This one stays")
    doomed = await forum.thread(author, category)
    reply = await forum.reply(replier, doomed["id"])
    await forum.reply(replier, doomed["id"], anonymous=True, body="Quietly, me too.")
    flagged = await client.post(
        f"/posts/{reply['id']}/flags", json={"reason": "spam"}, headers=reporter.headers
    )
    assert flagged.status_code == 201, flagged.text
    assert await counts(client, category) == (2, 4)
    mark = await log_mark(client, moderators[0])

    url = f"/threads/{doomed['id']}"
    responses = await asyncio.gather(*(client.delete(url, headers=m.headers) for m in moderators))
    seen = statuses(responses)
    # The winner deletes it; the others find it deleted meanwhile (204), or already gone
    # when they looked (404, as a later request would).
    assert seen[204] >= 1 and set(seen) <= {204, 404}, [r.text for r in responses]

    assert await counts(client, category) == (1, 1)
    assert await public_posts(client, author) == 1
    assert await public_posts(client, replier) == 0
    entries = await log_entries(client, moderators[0], after=mark)
    assert sorted((e["action"], e["target_id"]) for e in entries) == [
        ("flag.upheld", flagged.json()["id"]),
        ("thread.delete", doomed["id"]),
    ]
    assert (await client.get(f"/threads/{kept['id']}")).status_code == 200
    await assert_counters_exact(app)


async def test_five_concurrent_moves_of_one_thread(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author = await forum.member()
    moderators = [await forum.moderator() for _ in range(5)]
    source, target = await forum.category(), await forum.category()
    thread = await forum.thread(author, source)
    await forum.thread(author, source, title="Another one")
    await forum.reply(author, thread["id"])
    mark = await log_mark(client, moderators[0])

    url = f"/threads/{thread['id']}"
    responses = await asyncio.gather(
        *(
            client.patch(url, json={"category": target["slug"]}, headers=m.headers)
            for m in moderators
        )
    )
    assert statuses(responses) == {200: 5}, [r.text for r in responses]
    assert {r.json()["category"]["slug"] for r in responses} == {target["slug"]}

    assert await counts(client, source) == (1, 1)
    assert await counts(client, target) == (1, 2)
    entries = await log_entries(client, moderators[0], after=mark)
    assert [(e["action"], e["target_id"], e["note"]) for e in entries] == [
        ("thread.move", thread["id"], f"{source['slug']} → {target['slug']}")
    ]
    await assert_counters_exact(app)


async def test_moves_in_opposite_directions_with_replies(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    """Threads cross between two categories both ways while members reply to them: every
    request succeeds (no deadlock) and every counter is exact."""
    moderator = await forum.moderator()
    members = [await forum.member() for _ in range(4)]
    first, second = await forum.category(), await forum.category()
    home = {first["slug"]: second["slug"], second["slug"]: first["slug"]}
    threads = [
        await forum.thread(members[n % 4], first if n % 2 else second, title=f"Thread {n}")
        for n in range(8)
    ]
    where = {t["id"]: t["category"]["slug"] for t in threads}
    mark = await log_mark(client, moderator)

    async def move(thread_id: int, to: str) -> Response:
        return await client.patch(
            f"/threads/{thread_id}", json={"category": to}, headers=moderator.headers
        )

    async def reply(thread_id: int, n: int, body: str) -> Response:
        return await client.post(
            f"/threads/{thread_id}/posts",
            json={"body": body, "anonymous": n == 2},
            headers=members[n].headers,
        )

    for round_ in range(3):
        work = [move(t["id"], home[where[t["id"]]]) for t in threads]
        work += [reply(t["id"], n, f"round {round_} reply {n}") for t in threads for n in range(3)]
        responses = await asyncio.gather(*work)
        assert statuses(responses) == {200: 8, 201: 24}, [
            r.text for r in responses if r.status_code >= 300
        ]
        where = {t["id"]: home[where[t["id"]]] for t in threads}
        await assert_counters_exact(app)

    # Each thread moved three times and has its first post and nine replies.
    for category in (first, second):
        mine = [t for t in threads if where[t["id"]] == category["slug"]]
        assert await counts(client, category) == (len(mine), 10 * len(mine))
    entries = await log_entries(client, moderator, after=mark)
    assert Counter(e["action"] for e in entries) == {"thread.move": 24}
    for n, member in enumerate(members):
        replies = 3 * 8 if n < 2 else 0  # members 0 and 1 reply in public, 2 anonymously
        assert await public_posts(client, member) == replies + 2, member.username


async def test_ten_concurrent_edits_of_one_post(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author, body="The first words.")
    url = f"/posts/{thread['first_post']['id']}"
    bodies = [f"Edit number {n}." for n in range(10)]
    mark = await log_mark(client, moderator)

    responses = await asyncio.gather(
        *(
            client.patch(url, json={"body": body}, headers=(moderator if n % 2 else author).headers)
            for n, body in enumerate(bodies)
        )
    )
    assert statuses(responses) == {200: 10}, [r.text for r in responses]

    # One history, in some order: revision 1 holds the first words, and each later one
    # holds what an edit wrote, ending with the body the post has now.
    final = (await client.get(url)).json()["body"]
    revisions = (await client.get(f"{url}/revisions", headers=author.headers)).json()
    assert [r["number"] for r in revisions] == list(range(1, 11))
    assert revisions[0]["body"] == "The first words."
    assert sorted([r["body"] for r in revisions[1:]] + [final]) == sorted(bodies)
    entries = await log_entries(client, moderator, after=mark)
    assert [e["action"] for e in entries] == ["post.edit"] * 5
    await assert_counters_exact(app)


async def test_replies_racing_a_thread_delete(app: Any, client: AsyncClient, forum: Forum) -> None:
    """A reply lands before the delete (and is counted out with the thread) or finds the
    thread gone (404): never counted into a deleted thread."""
    moderator = await forum.moderator()
    members = [await forum.member() for _ in range(5)]
    category = await forum.category()
    kept = await forum.thread(moderator, category, title="Still here")
    for attempt in range(3):
        doomed = await forum.thread(members[0], category, title=f"Doomed {attempt}")
        replies = [
            client.post(
                f"/threads/{doomed['id']}/posts",
                json={"body": f"reply {n}", "anonymous": n == 4},
                headers=members[n % 5].headers,
            )
            for n in range(10)
        ]
        deleted, *answers = await asyncio.gather(
            client.delete(f"/threads/{doomed['id']}", headers=moderator.headers), *replies
        )
        assert deleted.status_code == 204, deleted.text
        assert set(statuses(answers)) <= {201, 404}, [r.text for r in answers]
        assert await counts(client, category) == (1, 1)
        for member in members:
            assert await public_posts(client, member) == 0, member.username
        await assert_counters_exact(app)
    assert (await client.get(f"/threads/{kept['id']}")).json()["post_count"] == 1


async def test_post_deletes_racing_a_thread_delete(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    """A post deleted while its thread is deleted is subtracted once, not twice; the post
    deletes logged are exactly the posts a moderator's delete did mark deleted."""
    moderators = [await forum.moderator() for _ in range(2)]
    members = [await forum.member() for _ in range(3)]
    category = await forum.category()
    await forum.thread(members[0], category, title="Still here")
    for attempt in range(3):
        doomed = await forum.thread(members[0], category, title=f"Doomed {attempt}")
        posts = [
            await forum.reply(members[n % 3], doomed["id"], body=f"reply {n}") for n in range(6)
        ]
        mark = await log_mark(client, moderators[0])
        deleted, *answers = await asyncio.gather(
            client.delete(f"/threads/{doomed['id']}", headers=moderators[0].headers),
            *(
                client.delete(
                    f"/posts/{post['id']}",
                    headers=(members[n % 3] if n % 2 else moderators[1]).headers,
                )
                for n, post in enumerate(posts)
            ),
        )
        assert deleted.status_code == 204, deleted.text
        assert set(statuses(answers)) <= {204, 404}, [r.text for r in answers]
        assert await counts(client, category) == (1, 1)
        assert [await public_posts(client, m) for m in members] == [1, 0, 0]
        await assert_counters_exact(app)

        by_moderator = {post["id"] for n, post in enumerate(posts) if n % 2 == 0}
        async with app.state.database.sessionmaker() as session:
            marked = set(
                await session.scalars(
                    select(Post.id).where(Post.id.in_(by_moderator), Post.is_deleted)
                )
            )
        entries = await log_entries(client, moderators[0], after=mark)
        assert Counter(e["action"] for e in entries) == {
            "thread.delete": 1,
            **({"post.delete": len(marked)} if marked else {}),
        }
        assert {e["target_id"] for e in entries if e["action"] == "post.delete"} == marked
