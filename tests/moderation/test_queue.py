"""The review queue: who may read it, what an item holds, its order and paging, and claims."""

from __future__ import annotations

import base64
import json
from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, Member, problem
from tests.moderation.conftest import (
    FLAG_KEYS,
    QUEUE_ITEM_KEYS,
    Cast,
    actions_since,
    assert_user_ref,
    flag,
    flag_by_new_members,
    log_entries,
    log_mark,
    queue_item,
    queue_items,
    when,
)


async def _token(client: AsyncClient, member: Member, scopes: list[str]) -> dict[str, str]:
    response = await client.post(
        "/me/tokens", json={"name": "script", "scopes": scopes}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _cursor(values: list[object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


# Who may read it


async def test_queue_permissions(client: AsyncClient, cast: Cast) -> None:
    await flag(client, cast.post_id, cast.member, "spam")
    response = await client.get("/moderation/queue")
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    problem(await client.get("/moderation/queue", headers=cast.member.headers), 403, "forbidden")
    problem(await client.get("/moderation/queue", headers=cast.author.headers), 403, "forbidden")
    for who in (cast.moderator, cast.admin):
        response = await client.get("/moderation/queue", headers=who.headers)
        assert response.status_code == 200, response.text
        assert [i["post"]["id"] for i in response.json()["items"]] == [cast.post_id]
    # A moderator's personal access token needs the `moderate` scope.
    without = await _token(client, cast.moderator, ["read", "write"])
    problem(await client.get("/moderation/queue", headers=without), 403, "insufficient-scope")
    with_scope = await _token(client, cast.moderator, ["read", "moderate"])
    response = await client.get("/moderation/queue", headers=with_scope)
    assert response.status_code == 200, response.text


async def test_claim_permissions(client: AsyncClient, cast: Cast) -> None:
    await flag(client, cast.post_id, cast.member, "spam")
    url = f"/moderation/posts/{cast.post_id}/claim"
    for method in ("PUT", "DELETE"):
        response = await client.request(method, url)
        problem(response, 401, "not-authenticated")
        assert response.headers["www-authenticate"] == "Bearer"
        for who in (cast.member, cast.author):
            problem(await client.request(method, url, headers=who.headers), 403, "forbidden")
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["claimed_by"] is None

    for who in (cast.moderator, cast.admin):
        claimed = await client.put(url, headers=who.headers)
        assert claimed.status_code == 204, claimed.text
        assert claimed.content == b""
        item = await queue_item(client, who, cast.post_id)
        assert item is not None
        assert_user_ref(item["claimed_by"], who)
        released = await client.delete(url, headers=who.headers)
        assert released.status_code == 204, released.text
        item = await queue_item(client, who, cast.post_id)
        assert item is not None and item["claimed_by"] is None


# What an item holds


async def test_queue_item_shape(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    second = await forum.member()
    first_flag = await flag(client, cast.post_id, cast.member, "abusive", "Rude to a newcomer")
    second_flag = await flag(client, cast.post_id, second, "other", "Looks like an advert")
    items = await queue_items(client, cast.moderator)
    assert len(items) == 1
    item = items[0]
    assert set(item) == QUEUE_ITEM_KEYS
    assert item["flag_count"] == 2
    assert when(item["first_flagged_at"]) == when(first_flag["created_at"])
    assert item["claimed_by"] is None
    # One item per post: its id is the post's, the id claiming and resolving take.
    assert item["id"] == item["post"]["id"] == cast.post_id
    assert item["thread"] == {"id": cast.thread["id"], "title": cast.thread["title"]}
    assert item["post"]["body"] == "The original words of the author."
    assert item["post"]["author"]["id"] == cast.author.id
    assert [f["id"] for f in item["flags"]] == [first_flag["id"], second_flag["id"]]
    for shown, created, flagger in (
        (item["flags"][0], first_flag, cast.member),
        (item["flags"][1], second_flag, second),
    ):
        assert set(shown) == FLAG_KEYS
        assert shown == created
        assert shown["status"] == "open"
        assert_user_ref(shown["flagger"], flagger)


async def test_queue_shows_hidden_and_anonymous_posts_in_full(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    anonymous = await forum.thread(
        cast.author, cast.category, anonymous=True, body="Anonymous but unkind words."
    )
    post_id = anonymous["first_post"]["id"]
    await flag_by_new_members(client, forum, post_id, ["abusive", "abusive", "safety"])
    # Hidden from members now, but not from the moderators reviewing it.
    assert (await client.get(f"/posts/{post_id}")).json()["body"] == ""
    for who in (cast.moderator, cast.admin):
        item = await queue_item(client, who, post_id)
        assert item is not None
        assert item["flag_count"] == 3 and len(item["flags"]) == 3
        post = item["post"]
        assert post["is_hidden"] is True
        assert post["body"] == "Anonymous but unkind words."
        assert post["body_html"] == "<p>Anonymous but unkind words.</p>"
        assert post["hidden_reason"] == "auto: 3 flags: abusive×2, safety×1"
        assert post["anonymous"] is True
        assert post["author"]["id"] == cast.author.id


async def test_posts_without_open_flags_are_not_in_the_queue(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    assert await queue_items(client, cast.moderator) == []
    unflagged = await forum.reply(cast.author, cast.thread["id"])
    await flag(client, cast.post_id, cast.member)
    assert [i["post"]["id"] for i in await queue_items(client, cast.moderator)] == [cast.post_id]
    resolved = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "dismiss"},
        headers=cast.moderator.headers,
    )
    assert resolved.status_code == 200, resolved.text
    assert await queue_items(client, cast.moderator) == []
    assert await queue_item(client, cast.moderator, unflagged["id"]) is None


# Order and paging


async def test_safety_first_then_oldest_first(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    posts = [cast.post_id] + [
        (await forum.reply(cast.author, cast.thread["id"], body=f"reply {n}"))["id"]
        for n in range(5)
    ]
    reporters = [await forum.member() for _ in range(2)]
    # Flagged in this order; posts[3] with a safety flag.
    for post_id in posts:
        await flag(client, post_id, reporters[0], "safety" if post_id == posts[3] else "spam")
    expected = [posts[3], posts[0], posts[1], posts[2], posts[4], posts[5]]
    assert [i["post"]["id"] for i in await queue_items(client, cast.moderator)] == expected

    # A later safety flag moves an item up, among the safety items by its age.
    await flag(client, posts[4], reporters[1], "safety")
    await flag(client, posts[1], reporters[1], "off_topic")
    expected = [posts[3], posts[4], posts[0], posts[1], posts[2], posts[5]]
    items = await queue_items(client, cast.moderator)
    assert [i["post"]["id"] for i in items] == expected
    assert [i["flag_count"] for i in items] == [1, 2, 1, 2, 1, 1]
    # Non-safety items wait oldest first; first_flagged_at never moves with later flags.
    waits = [when(i["first_flagged_at"]) for i in items[2:]]
    assert waits == sorted(waits)

    # Every page size yields every item exactly once, in the same order.
    for limit in (1, 2, 4, 5, 6, 100):
        paged = await queue_items(client, cast.admin, limit=limit)
        assert [i["post"]["id"] for i in paged] == expected, limit


async def test_paging_while_new_items_arrive(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    reporter = await forum.member()
    posts = [
        (await forum.reply(cast.author, cast.thread["id"], body=f"reply {n}"))["id"]
        for n in range(4)
    ]
    for post_id in posts[:3]:
        await flag(client, post_id, reporter)
    first = await client.get(
        "/moderation/queue", params={"limit": 2}, headers=cast.moderator.headers
    )
    page = first.json()
    assert [i["post"]["id"] for i in page["items"]] == posts[:2]
    assert page["next_cursor"] is not None
    await flag(client, posts[3], reporter)  # a newer item arrives meanwhile
    seen = [i["post"]["id"] for i in page["items"]]
    cursor = page["next_cursor"]
    while cursor is not None:
        response = await client.get(
            "/moderation/queue",
            params={"limit": 2, "cursor": cursor},
            headers=cast.moderator.headers,
        )
        assert response.status_code == 200, response.text
        seen += [i["post"]["id"] for i in response.json()["items"]]
        cursor = response.json()["next_cursor"]
    assert seen == posts


async def test_queue_paging_parameters(client: AsyncClient, cast: Cast) -> None:
    headers = cast.moderator.headers
    for params in ({"limit": 0}, {"limit": 101}, {"limit": "x"}, {"cursor": "c" * 501}):
        problem(await client.get("/moderation/queue", params=params, headers=headers), 422)
    wrong_shapes = ([1], ["x", "2026-01-01T00:00:00+00:00", 1], [True, "yesterday", 1])
    for cursor in ["not-a-cursor!", *(_cursor(v) for v in wrong_shapes)]:
        problem(
            await client.get("/moderation/queue", params={"cursor": cursor}, headers=headers),
            400,
            "invalid-cursor",
        )


# Claims


async def test_claim_and_release(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    await flag(client, cast.post_id, cast.member)
    other = await forum.moderator()
    url = f"/moderation/posts/{cast.post_id}/claim"
    mark = await log_mark(client, cast.moderator)

    assert (await client.put(url, headers=cast.moderator.headers)).status_code == 204
    # Claiming again is a no-op for the holder.
    assert (await client.put(url, headers=cast.moderator.headers)).status_code == 204
    item = await queue_item(client, other, cast.post_id)
    assert item is not None
    assert_user_ref(item["claimed_by"], cast.moderator)

    # Another moderator (or an admin) can neither take it nor release it.
    for who in (other, cast.admin):
        problem(await client.put(url, headers=who.headers), 409, "claimed")
        problem(await client.delete(url, headers=who.headers), 409, "claimed")
    item = await queue_item(client, other, cast.post_id)
    assert item is not None
    assert_user_ref(item["claimed_by"], cast.moderator)

    # The holder releases it; then another moderator may claim it.
    assert (await client.delete(url, headers=cast.moderator.headers)).status_code == 204
    item = await queue_item(client, other, cast.post_id)
    assert item is not None and item["claimed_by"] is None
    # Releasing what nobody holds changes nothing.
    assert (await client.delete(url, headers=cast.moderator.headers)).status_code == 204
    assert (await client.put(url, headers=other.headers)).status_code == 204
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert_user_ref(item["claimed_by"], other)

    entries = await log_entries(client, cast.moderator, after=mark)
    assert [(e["action"], e["actor"]["id"]) for e in entries] == [
        ("queue.claim", other.id),
        ("queue.release", cast.moderator.id),
        ("queue.claim", cast.moderator.id),
    ]
    assert all((e["target_type"], e["target_id"]) == ("post", cast.post_id) for e in entries)


async def test_claim_what_is_not_in_the_queue(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    mark = await log_mark(client, cast.moderator)
    for post_id in (cast.post_id, 999999):
        url = f"/moderation/posts/{post_id}/claim"
        problem(await client.put(url, headers=cast.moderator.headers), 404, "not-found")
        problem(await client.delete(url, headers=cast.moderator.headers), 404, "not-found")
    problem(await client.put("/moderation/posts/0/claim", headers=cast.moderator.headers), 422)

    # Once resolved, a post is out of the queue and its claim is gone with it.
    await flag(client, cast.post_id, cast.member)
    url = f"/moderation/posts/{cast.post_id}/claim"
    assert (await client.put(url, headers=cast.moderator.headers)).status_code == 204
    resolved = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "dismiss"},
        headers=cast.moderator.headers,
    )
    assert resolved.status_code == 200, resolved.text
    problem(await client.put(url, headers=cast.admin.headers), 404, "not-found")
    problem(await client.delete(url, headers=cast.moderator.headers), 404, "not-found")
    # Flagged again, it comes back unclaimed.
    await flag(client, cast.post_id, await forum.member())
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["claimed_by"] is None
    assert await actions_since(client, cast.moderator, mark) == [
        "post.resolve",
        "flag.dismissed",
        "queue.claim",
    ]


async def test_every_item_in_the_queue_can_be_resolved(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """Whatever happened to a flagged post since (its author deleted it, a moderator deleted
    its thread), the queue never shows an item a moderator cannot resolve."""
    deleted_by_author = await forum.reply(cast.author, cast.thread["id"], body="Oops")
    doomed = await forum.thread(cast.author, cast.category, body="In a thread soon gone")
    in_deleted_thread = doomed["first_post"]["id"]
    for post_id in (cast.post_id, deleted_by_author["id"], in_deleted_thread):
        await flag(client, post_id, cast.member)
    response = await client.delete(f"/posts/{deleted_by_author['id']}", headers=cast.author.headers)
    assert response.status_code == 204
    response = await client.delete(f"/threads/{doomed['id']}", headers=cast.moderator.headers)
    assert response.status_code == 204

    for item in await queue_items(client, cast.moderator):
        post_id = item["post"]["id"]
        response = await client.post(
            f"/moderation/posts/{post_id}/resolve",
            json={"action": "dismiss"},
            headers=cast.moderator.headers,
        )
        assert response.status_code == 200, (post_id, response.text)
    assert await queue_items(client, cast.moderator) == []


# The thread an item is in, and the count for the navigation's badge


async def test_an_item_names_its_thread(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    reply = await forum.reply(cast.author, cast.thread["id"], body="A reply to report.")
    await flag(client, reply["id"], cast.member, "abusive")
    item = await queue_item(client, cast.moderator, reply["id"])
    assert item is not None
    assert item["thread"] == {"id": cast.thread["id"], "title": "Up every two hours at night"}
    renamed = await client.patch(
        f"/threads/{cast.thread['id']}", json={"title": "Sleepless"}, headers=cast.author.headers
    )
    assert renamed.status_code == 200, renamed.text
    item = await queue_item(client, cast.moderator, reply["id"])
    assert item is not None and item["thread"]["title"] == "Sleepless"


async def test_queue_count(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    url = "/moderation/queue/count"
    problem(await client.get(url), 401, "not-authenticated")
    for who in (cast.member, cast.author):
        problem(await client.get(url, headers=who.headers), 403, "forbidden")
    without = await _token(client, cast.moderator, ["read"])
    problem(await client.get(url, headers=without), 403, "insufficient-scope")

    async def count(who: Member) -> int:
        response = await client.get(url, headers=who.headers)
        assert response.status_code == 200, response.text
        assert set(response.json()) == {"open"}
        return int(response.json()["open"])

    assert await count(cast.moderator) == 0
    second = await forum.reply(cast.author, cast.thread["id"])
    await flag(client, cast.post_id, cast.member, "spam")
    await flag_by_new_members(client, forum, cast.post_id, ["abusive"])  # the same item
    await flag(client, second["id"], cast.member, "safety")
    assert await count(cast.moderator) == await count(cast.admin) == 2
    assert await count(cast.moderator) == len(await queue_items(client, cast.moderator))
    resolved = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "dismiss"},
        headers=cast.moderator.headers,
    )
    assert resolved.status_code == 200, resolved.text
    assert await count(cast.moderator) == 1


# Polling


async def test_the_queue_answers_a_conditional_get(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    await flag(client, cast.post_id, cast.member)
    mod = cast.moderator

    async def poll(etag: str | None = None) -> Any:
        headers = {**mod.headers, **({"If-None-Match": etag} if etag else {})}
        return await client.get("/moderation/queue", headers=headers)

    first = await poll()
    assert first.status_code == 200, first.text
    etag = first.headers["etag"]
    unchanged = await poll(etag)
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged.headers["etag"] == etag
    # A claim shows on the item, so the page (and its ETag) changes; so does a new report.
    url = f"/moderation/posts/{cast.post_id}/claim"
    assert (await client.put(url, headers=mod.headers)).status_code == 204
    claimed = await poll(etag)
    assert claimed.status_code == 200
    assert_user_ref(claimed.json()["items"][0]["claimed_by"], mod)
    assert claimed.headers["etag"] != etag
    await flag(client, cast.post_id, await forum.member(), "spam")
    reported = await poll(claimed.headers["etag"])
    assert reported.status_code == 200
    assert reported.json()["items"][0]["flag_count"] == 2
