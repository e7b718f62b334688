"""No N+1: a page of posts (and of threads) costs the same number of SQL statements whatever
its size, for a logged-out reader and for a signed-in viewer."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.forum.conftest import SetPost, StatementCounter
from tests.helpers import Forum, Member

KINDS = ["heart", "hug", "same", "thanks", "laugh"]


async def build_thread(
    client: AsyncClient, forum: Forum, set_post: SetPost, members: list[Member], size: int
) -> int:
    """A thread of `size` posts by several members: anonymous posts, replies to earlier posts,
    reactions from several members, a deleted and a hidden post."""
    thread = await forum.thread(members[0])
    ids = [thread["first_post"]["id"]]
    for n in range(size - 1):
        author = members[n % len(members)]
        fields: dict[str, Any] = {"anonymous": n % 4 == 0}
        if n % 3 == 0:
            fields["reply_to"] = ids[n // 2]
        ids.append((await forum.reply(author, thread["id"], **fields))["id"])
    for n, post_id in enumerate(ids):
        for reactor in members[: 1 + n % len(members)]:
            response = await client.put(
                f"/posts/{post_id}/reactions/{KINDS[n % len(KINDS)]}", headers=reactor.headers
            )
            assert response.status_code == 200
    await client.delete(f"/posts/{ids[-1]}", headers=members[0].headers)
    await set_post(ids[1], is_hidden=True, hidden_reason="review")
    thread_id: int = thread["id"]
    return thread_id


async def count_page(
    client: AsyncClient, counter: StatementCounter, url: str, headers: dict[str, str]
) -> tuple[int, dict[str, Any]]:
    counter.start()
    response = await client.get(url, params={"limit": 100}, headers=headers)
    count = counter.stop()
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return count, page


async def test_post_page_costs_the_same_at_5_and_50_posts(
    client: AsyncClient, forum: Forum, set_post: SetPost, sql_counter: StatementCounter
) -> None:
    members = [await forum.member() for _ in range(4)]
    viewer = members[1]
    small = await build_thread(client, forum, set_post, members, 5)
    large = await build_thread(client, forum, set_post, members, 50)
    # The viewer reported a few posts, so their reports are really read beside the posts.
    page = await client.get(f"/threads/{large}/posts", headers=viewer.headers)
    reported = [post["id"] for post in page.json()["items"] if not post["is_mine"]][:3]
    for post_id in reported:
        response = await client.post(
            f"/posts/{post_id}/flags", json={"reason": "spam"}, headers=viewer.headers
        )
        assert response.status_code == 201, response.text
    counts: dict[bool, int] = {}

    for headers in ({}, viewer.headers):
        assert (await client.get("/threads", headers=headers)).status_code == 200  # as above
        small_count, small_page = await count_page(
            client, sql_counter, f"/threads/{small}/posts", headers
        )
        large_count, large_page = await count_page(
            client, sql_counter, f"/threads/{large}/posts", headers
        )
        assert len(small_page["items"]) == 5
        assert len(large_page["items"]) == 50
        # The page really carries what was loaded beside the posts.
        assert any(post["reply_to"] for post in large_page["items"])
        assert all(post["reactions"] for post in large_page["items"][:-1])
        if headers:
            assert any(post["my_reactions"] for post in large_page["items"])
            flagged = [post["id"] for post in large_page["items"] if post["my_flag"]]
            assert flagged == reported
        assert small_count == large_count, (headers, sql_counter.statements)
        assert 1 <= large_count <= 10, sql_counter.statements
        # The reaction counts come in the posts' own statement.
        assert not [sql for sql in sql_counter.statements if "GROUP BY reactions" in sql]
        # The viewer's own reports (`my_flag`) are one statement of the page, a signed-in
        # viewer's only.
        flag_reads = [sql for sql in sql_counter.statements if "FROM flags" in sql]
        assert len(flag_reads) == (1 if headers else 0), sql_counter.statements
        counts[bool(headers)] = large_count
    # A visitor's page is one statement (SQLite adds its BEGIN). A signed-in viewer costs
    # three more, whatever the page's size: their reactions, their reports and which of the
    # page's authors they blocked (who they are was read in the last seconds: MemberCache).
    assert counts[True] == counts[False] + 3, counts


async def test_thread_list_costs_the_same_at_5_and_25_threads(
    client: AsyncClient, forum: Forum, sql_counter: StatementCounter
) -> None:
    members = [await forum.member() for _ in range(3)]
    small = await forum.category()
    large = await forum.category()
    for n in range(5):
        await forum.thread(members[n % 3], small, anonymous=n == 2)
    for n in range(25):
        await forum.thread(members[n % 3], large, anonymous=n % 5 == 0)

    for headers in ({}, members[0].headers):
        # A reader's member row is then remembered for a few seconds (MemberCache), so both
        # counted pages read it alike.
        assert (await client.get("/threads", headers=headers)).status_code == 200
        counts = []
        for category, size in ((small, 5), (large, 25)):
            sql_counter.start()
            response = await client.get(
                "/threads", params={"category": category["slug"], "limit": 100}, headers=headers
            )
            counts.append(sql_counter.stop())
            assert response.status_code == 200
            assert len(response.json()["items"]) == size
        assert counts[0] == counts[1], counts
        assert 2 <= counts[1] <= 8, counts
