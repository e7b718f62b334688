"""New members (registered less than NEW_MEMBER_HOURS ago): at most a few threads, replies
and links, and two spam flags hide their post at once. Moderators and admins are exempt,
and the limits lift once the member is no longer new.

The default test settings make nobody new (`new_member_hours=0`); these tests build an app
with `new_member_hours=24` on the same database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from httpx import AsyncClient, Response

from app.config import Settings
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import Site, make_old, site

THREE_LINKS = (
    "Helpful: [sleep](https://example.org/sleep), [feeding](https://example.org/feeding) "
    "and https://example.org/teething"
)
TWO_LINKS = "See [sleep](https://example.org/sleep) and https://example.org/feeding"


@pytest.fixture
async def newbies(settings: Settings) -> AsyncIterator[Site]:
    """The forum with the default new-member limits of the issue: 3 threads, 10 replies,
    2 links, 2 spam flags."""
    async with site(
        settings,
        new_member_hours=24,
        new_member_max_threads=3,
        new_member_max_replies=10,
        new_member_max_links=2,
        new_member_spam_flags_to_hide=2,
        flag_hide_threshold=3,
    ) as limited:
        yield limited


async def new_thread(
    client: AsyncClient, author: Member, category: dict[str, Any], title: str, body: str = "Hi"
) -> Response:
    return await client.post(
        "/threads",
        json={"category": category["slug"], "title": title, "body": body},
        headers=author.headers,
    )


async def reply(client: AsyncClient, author: Member, thread_id: int, body: str) -> Response:
    return await client.post(
        f"/threads/{thread_id}/posts", json={"body": body}, headers=author.headers
    )


async def test_a_new_member_may_start_three_threads(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    member = await forum.member()
    category = await forum.category()
    for i in range(3):
        response = await new_thread(client, member, category, f"Question number {i}")
        assert response.status_code == 201, response.text
    response = await new_thread(client, member, category, "Question number 4")
    body = problem(response, 403, "new-member-limit")
    assert "24 hours" in body["detail"] and "3 threads" in body["detail"]
    listed = (await client.get("/threads", params={"category": category["slug"]})).json()
    assert len(listed["items"]) == 3
    # Replying is still fine: threads and replies are counted apart.
    thread_id = listed["items"][0]["id"]
    assert (await reply(client, member, thread_id, "An update")).status_code == 201


async def test_a_new_member_may_post_ten_replies(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    member = await forum.member()
    category = await forum.category()
    thread = await forum.thread(await forum.member(), category)
    for i in range(10):
        response = await reply(client, member, thread["id"], f"Reply number {i}")
        assert response.status_code == 201, response.text
    body = problem(await reply(client, member, thread["id"], "Reply 11"), 403, "new-member-limit")
    assert "10 replies" in body["detail"]
    posts = (await client.get(f"/threads/{thread['id']}/posts", params={"limit": 100})).json()
    assert len(posts["items"]) == 11
    # The first post of their own thread is not a reply.
    response = await new_thread(client, member, category, "A question of my own")
    assert response.status_code == 201, response.text


async def test_a_new_members_post_may_have_two_links(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    member = await forum.member()
    category = await forum.category()
    thread = await forum.thread(await forum.member(), category)

    response = await reply(client, member, thread["id"], TWO_LINKS)
    assert response.status_code == 201, response.text
    assert response.json()["body_html"].count("<a ") == 2

    body = problem(await reply(client, member, thread["id"], THREE_LINKS), 422, "too-many-links")
    assert "2 links" in body["detail"] and "has 3" in body["detail"]
    assert body["errors"][0]["loc"] == ["body", "body"]
    problem(await new_thread(client, member, category, "Links", THREE_LINKS), 422, "too-many-links")
    response = await new_thread(client, member, category, "Links", TWO_LINKS)
    assert response.status_code == 201, response.text
    # The refused posts were not written.
    posts = (await client.get(f"/threads/{thread['id']}/posts")).json()["items"]
    assert [p["body"] for p in posts[1:]] == [TWO_LINKS]


async def test_an_edit_cannot_add_links_past_the_limit(newbies: Site) -> None:
    """ "At most 2 links per post" holds for the post as edited too, or the limit is one
    PATCH away from useless: post plain text, then edit the links in."""
    client, forum = newbies.client, newbies.forum
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    post = (await reply(client, member, thread["id"], "Plain words, no links")).json()
    response = await client.patch(
        f"/posts/{post['id']}", json={"body": THREE_LINKS}, headers=member.headers
    )
    problem(response, 422, "too-many-links")
    current = (await client.get(f"/posts/{post['id']}")).json()
    assert current["body"] == "Plain words, no links" and current["edited_at"] is None
    response = await client.patch(
        f"/posts/{post['id']}", json={"body": TWO_LINKS}, headers=member.headers
    )
    assert response.status_code == 200, response.text


async def test_moderators_and_admins_are_never_new_members(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    category = await forum.category()
    thread = await forum.thread(await forum.member(), category)
    for actor in (await forum.moderator(), await forum.admin()):
        for i in range(4):
            response = await new_thread(client, actor, category, f"Announcement {i}", THREE_LINKS)
            assert response.status_code == 201, response.text
        for i in range(11):
            response = await reply(client, actor, thread["id"], f"{THREE_LINKS} ({i})")
            assert response.status_code == 201, response.text


async def test_the_limits_lift_when_the_member_is_no_longer_new(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    member = await forum.member()
    category = await forum.category()
    for i in range(3):
        assert (await new_thread(client, member, category, f"Early {i}")).status_code == 201
    problem(await new_thread(client, member, category, "Early 3"), 403, "new-member-limit")

    await make_old(newbies.app, member, days=2)
    response = await new_thread(client, member, category, "A day later", THREE_LINKS)
    assert response.status_code == 201, response.text
    thread_id = response.json()["id"]
    for i in range(11):
        response = await reply(client, member, thread_id, f"Reply {i} {THREE_LINKS}")
        assert response.status_code == 201, response.text


async def test_nobody_is_new_when_new_member_hours_is_zero(
    client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    category = await forum.category()
    for i in range(4):
        response = await new_thread(client, member, category, f"Thread {i}", THREE_LINKS)
        assert response.status_code == 201, response.text


# --- spam flags ---------------------------------------------------------------------------


async def flag(client: AsyncClient, post_id: int, flagger: Member, reason: str) -> None:
    response = await client.post(
        f"/posts/{post_id}/flags", json={"reason": reason}, headers=flagger.headers
    )
    assert response.status_code == 201, response.text


async def test_two_spam_flags_hide_a_new_members_post_at_once(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    author = await forum.member()
    thread = await forum.thread(author)
    post_id = thread["first_post"]["id"]

    await flag(client, post_id, await forum.member(), "spam")
    assert (await client.get(f"/posts/{post_id}")).json()["is_hidden"] is False
    await flag(client, post_id, await forum.member(), "spam")

    public = (await client.get(f"/posts/{post_id}")).json()
    assert public["is_hidden"] is True
    assert public["body"] == "" and public["body_html"] == ""
    own = (await client.get(f"/posts/{post_id}", headers=author.headers)).json()
    assert own["is_hidden"] is True
    assert "new member" in own["hidden_reason"]
    assert own["body"] == thread["first_post"]["body"]

    moderator = await forum.moderator()
    log = (
        await client.get(
            "/moderation/log", params={"action": "post.auto_hide"}, headers=moderator.headers
        )
    ).json()["items"]
    assert [(e["actor"], e["target_id"]) for e in log] == [(None, post_id)]
    assert "new member" in log[0]["note"]


async def test_two_spam_flags_do_not_hide_an_established_members_post(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    author = await forum.member()
    await make_old(newbies.app, author)
    post_id = (await forum.thread(author))["first_post"]["id"]
    for _ in range(2):
        await flag(client, post_id, await forum.member(), "spam")
    post = (await client.get(f"/posts/{post_id}")).json()
    assert post["is_hidden"] is False and post["hidden_reason"] is None
    # The usual threshold still applies.
    await flag(client, post_id, await forum.member(), "spam")
    post = (await client.get(f"/posts/{post_id}", headers=author.headers)).json()
    assert post["is_hidden"] is True
    assert "new member" not in post["hidden_reason"]


async def test_other_flags_do_not_count_as_spam_flags(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    author = await forum.member()
    post_id = (await forum.thread(author))["first_post"]["id"]
    await flag(client, post_id, await forum.member(), "spam")
    await flag(client, post_id, await forum.member(), "off_topic")
    assert (await client.get(f"/posts/{post_id}")).json()["is_hidden"] is False


async def test_spam_flags_never_hide_a_moderators_post_early(newbies: Site) -> None:
    client, forum = newbies.client, newbies.forum
    moderator = await forum.moderator()
    post_id = (await forum.thread(moderator))["first_post"]["id"]
    for _ in range(2):
        await flag(client, post_id, await forum.member(), "spam")
    assert (await client.get(f"/posts/{post_id}")).json()["is_hidden"] is False
