"""Posts: replying, reading, editing, deleting, hidden posts, locked threads and counters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from httpx import AsyncClient, Response

from tests.forum.conftest import SetPost, SetUser, when
from tests.helpers import Forum, Member, problem

POST_KEYS = {
    "id",
    "thread_id",
    "number",
    "author",
    "author_deleted",
    "anonymous",
    "anonymous_label",
    "is_mine",
    "body",
    "body_html",
    "reply_to",
    "created_at",
    "edited_at",
    "is_hidden",
    "hidden_by",
    "hidden_reason",
    "is_deleted",
    "reactions",
    "my_reactions",
    "my_flag",
    "is_blocked_author",
}


async def posts_of(client: AsyncClient, thread_id: int, **headers: str) -> list[dict[str, Any]]:
    response = await client.get(
        f"/threads/{thread_id}/posts", params={"limit": 100}, headers=headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["next_cursor"] is None
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_reply_and_read(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(alice)
    response = await client.post(
        f"/threads/{thread['id']}/posts",
        json={"body": "Same here, **every** night.", "reply_to": thread["first_post"]["id"]},
        headers=bob.headers,
    )
    assert response.status_code == 201, response.text
    reply = response.json()
    assert set(reply) == POST_KEYS
    assert response.headers["location"] == f"/api/v1/posts/{reply['id']}"
    assert reply["thread_id"] == thread["id"]
    assert reply["number"] == 2
    assert reply["author"]["id"] == bob.id
    assert reply["anonymous"] is False
    assert reply["body_html"] == "<p>Same here, <strong>every</strong> night.</p>"
    assert reply["reply_to"] == {"id": thread["first_post"]["id"], "number": 1}
    assert reply["edited_at"] is None

    followed = await client.get(f"http://test{response.headers['location']}")
    assert followed.status_code == 200
    # As everyone reads it: only its author is told it is theirs.
    assert reply["is_mine"] is True
    assert followed.json() == {**reply, "is_mine": False}

    page = await posts_of(client, thread["id"])
    assert [p["number"] for p in page] == [1, 2]
    assert page[1] == {**reply, "is_mine": False}
    assert page[0] == {**thread["first_post"], "is_mine": False}

    problem(await client.get("/posts/999999"), 404, "not-found")
    problem(await client.get("/posts/0"), 422, "validation-error")


async def test_reply_permissions_and_validation(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    thread = await forum.thread(alice)
    other = await forum.thread(alice)
    url = f"/threads/{thread['id']}/posts"

    response = await client.post(url, json={"body": "hello"})
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"

    invalid: list[tuple[dict[str, Any], str]] = [
        ({"body": ""}, "body"),
        ({"body": "   \n  "}, "body"),
        ({"body": "x" * 20_001}, "body"),
        ({"body": 42}, "body"),
        ({"body": None}, "body"),
        ({}, "body"),
        ({"body": "ok", "reply_to": "first"}, "reply_to"),
        ({"body": "ok", "reply_to": 0}, "reply_to"),
        ({"body": "ok", "anonymous": "nope"}, "anonymous"),
    ]
    for payload, field in invalid:
        body = problem(await client.post(url, json=payload, headers=alice.headers), 422)
        assert body["type"] == "/problems/validation-error"
        assert body["errors"][0]["loc"][-1] == field, (payload, body)

    # reply_to must be a post of the same thread.
    for reply_to in (other["first_post"]["id"], 999_999):
        body = problem(
            await client.post(
                url, json={"body": "ok", "reply_to": reply_to}, headers=alice.headers
            ),
            422,
            "validation-error",
        )
        assert body["errors"][0]["loc"] == ["body", "reply_to"]

    assert [p["number"] for p in await posts_of(client, thread["id"])] == [1]
    ok = await client.post(url, json={"body": "y" * 20_000}, headers=alice.headers)
    assert ok.status_code == 201
    assert ok.json()["number"] == 2
    problem(
        await client.post("/threads/999999/posts", json={"body": "hi"}, headers=alice.headers),
        404,
        "not-found",
    )


async def test_locked_thread(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    member = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    thread = await forum.thread(author)
    earlier = await forum.reply(member, thread["id"])
    url = f"/threads/{thread['id']}/posts"
    locked = await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": True}, headers=moderator.headers
    )
    assert locked.status_code == 200

    for actor in (author, member):
        body = problem(
            await client.post(url, json={"body": "one more thing"}, headers=actor.headers),
            403,
            "thread-locked",
        )
        assert body["detail"]
    # Nor can a member change what they wrote there.
    problem(
        await client.patch(
            f"/posts/{earlier['id']}", json={"body": "sneaky"}, headers=member.headers
        ),
        403,
        "thread-locked",
    )
    for actor in (moderator, admin):
        response = await client.post(url, json={"body": "Locking this now."}, headers=actor.headers)
        assert response.status_code == 201, response.text
    assert [p["number"] for p in await posts_of(client, thread["id"])] == [1, 2, 3, 4]

    # Reading still works, and unlocking lets members reply again.
    await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": False}, headers=moderator.headers
    )
    response = await client.post(url, json={"body": "thanks"}, headers=member.headers)
    assert response.status_code == 201
    assert response.json()["number"] == 5


async def test_edit_post_permissions(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    stranger = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    thread = await forum.thread(author)
    post = await forum.reply(author, thread["id"], body="original")
    url = f"/posts/{post['id']}"

    problem(await client.patch(url, json={"body": "by nobody"}), 401, "not-authenticated")
    problem(await client.patch(url, json={"body": "by a stranger"}, headers=stranger.headers), 403)
    assert (await client.get(url)).json()["body"] == "original"

    for actor, text in [(author, "by the _author_"), (moderator, "by a mod"), (admin, "by admin")]:
        response = await client.patch(url, json={"body": text}, headers=actor.headers)
        assert response.status_code == 200, response.text
        edited = response.json()
        assert edited["body"] == text
        assert edited["edited_at"] is not None
        assert when(edited["edited_at"]) > when(post["created_at"])
        # The author stays the author, whoever edited it.
        assert edited["author"]["id"] == author.id
        assert edited["number"] == post["number"]
        assert edited["is_mine"] is (actor is author)
        assert (await client.get(url)).json() == {**edited, "is_mine": False}
    assert (await client.get(url)).json()["body_html"] == "<p>by admin</p>"

    for bad in ["", "  ", "z" * 20_001, 3, None]:
        problem(
            await client.patch(url, json={"body": bad}, headers=author.headers),
            422,
            "validation-error",
        )
    problem(await client.patch(url, json={}, headers=author.headers), 422)
    problem(await client.patch("/posts/999999", json={"body": "x"}, headers=author.headers), 404)


async def test_delete_post(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    stranger = await forum.member()
    moderator = await forum.moderator()
    category = await forum.category()
    thread = await forum.thread(author, category)
    first_reply = await forum.reply(author, thread["id"], body="first reply")
    second_reply = await forum.reply(author, thread["id"], body="second reply")
    url = f"/posts/{first_reply['id']}"

    problem(await client.delete(url), 401, "not-authenticated")
    problem(await client.delete(url, headers=stranger.headers), 403, "forbidden")
    assert (await client.get(url)).json()["is_deleted"] is False

    response = await client.delete(url, headers=author.headers)
    assert response.status_code == 204
    assert response.content == b""
    # A moderator may delete anyone's post; deleting twice is harmless.
    response = await client.delete(f"/posts/{second_reply['id']}", headers=moderator.headers)
    assert response.status_code == 204
    assert (await client.delete(url, headers=author.headers)).status_code == 204
    problem(await client.delete("/posts/999999", headers=author.headers), 404)

    # A deleted post keeps its number and place, emptied, for everyone including its author.
    for viewer in ({}, author.headers, moderator.headers):
        deleted = (await client.get(url, headers=viewer)).json()
        assert deleted["is_deleted"] is True
        assert (deleted["body"], deleted["body_html"]) == ("", "")
        assert deleted["number"] == 2
        page = await posts_of(client, thread["id"], **viewer)
        assert [p["number"] for p in page] == [1, 2, 3]
        assert [p["is_deleted"] for p in page] == [False, True, True]
        assert [p["body"] for p in page][1:] == ["", ""]

    # It cannot be edited or reacted to any more.
    problem(
        await client.patch(url, json={"body": "back"}, headers=author.headers), 409, "post-deleted"
    )
    problem(await client.put(f"{url}/reactions/hug", headers=stranger.headers), 409)

    # Numbers are never reused; counters drop.
    reply = await forum.reply(stranger, thread["id"])
    assert reply["number"] == 4
    thread_now = (await client.get(f"/threads/{thread['id']}")).json()
    assert thread_now["post_count"] == 2
    category_now = (await client.get(f"/categories/{category['slug']}")).json()
    assert (category_now["thread_count"], category_now["post_count"]) == (1, 2)
    assert (await client.get(f"/users/{author.username}")).json()["post_count"] == 1
    assert (await client.get(f"/users/{stranger.username}")).json()["post_count"] == 1


async def test_hidden_post_body_only_for_author_and_moderators(
    client: AsyncClient, forum: Forum, set_post: SetPost
) -> None:
    author = await forum.member()
    reader = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    thread = await forum.thread(author)
    post = await forum.reply(author, thread["id"], body="something **regrettable**")
    await set_post(post["id"], is_hidden=True, hidden_reason="Hidden pending review")

    for viewer in ({}, reader.headers):
        for shown in (
            (await client.get(f"/posts/{post['id']}", headers=viewer)).json(),
            (await posts_of(client, thread["id"], **viewer))[1],
        ):
            assert shown["is_hidden"] is True
            assert (shown["body"], shown["body_html"]) == ("", "")
            assert shown["number"] == 2
            assert shown["author"]["id"] == author.id
    for viewer in (author.headers, moderator.headers, admin.headers):
        for shown in (
            (await client.get(f"/posts/{post['id']}", headers=viewer)).json(),
            (await posts_of(client, thread["id"], **viewer))[1],
        ):
            assert shown["is_hidden"] is True
            assert shown["body"] == "something **regrettable**"
            assert shown["body_html"] == "<p>something <strong>regrettable</strong></p>"
            assert shown["hidden_reason"] == "Hidden pending review"


async def test_counters_are_exact(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    bob = await forum.member()
    category = await forum.category()
    other = await forum.category()

    async def category_now(slug: str) -> dict[str, Any]:
        response = await client.get(f"/categories/{slug}")
        assert response.status_code == 200
        body: dict[str, Any] = response.json()
        return body

    async def post_count(member_username: str) -> int:
        count: int = (await client.get(f"/users/{member_username}")).json()["post_count"]
        return count

    thread = await forum.thread(alice, category)
    now = await category_now(category["slug"])
    assert (now["thread_count"], now["post_count"]) == (1, 1)
    assert when(now["last_post_at"]) == when(thread["last_post_at"])
    assert (await post_count(alice.username), await post_count(bob.username)) == (1, 0)

    replies = [await forum.reply(bob, thread["id"]) for _ in range(3)]
    anonymous = await forum.reply(bob, thread["id"], anonymous=True)
    second = await forum.thread(alice, category, anonymous=True)
    now = await category_now(category["slug"])
    assert (now["thread_count"], now["post_count"]) == (2, 6)
    assert when(now["last_post_at"]) == when(second["first_post"]["created_at"])
    thread_now = (await client.get(f"/threads/{thread['id']}")).json()
    assert thread_now["post_count"] == 5
    assert when(thread_now["last_post_at"]) == when(anonymous["created_at"])
    assert when(thread_now["created_at"]) == when(thread["created_at"])
    # Anonymous posts never count towards a member's public post count.
    assert (await post_count(alice.username), await post_count(bob.username)) == (1, 3)
    # Other categories are untouched.
    untouched = await category_now(other["slug"])
    assert (untouched["thread_count"], untouched["post_count"]) == (0, 0)
    assert untouched["last_post_at"] is None

    # Deleting posts drops every count, the anonymous one included, but not bob's public count.
    for post in (replies[0], anonymous):
        assert (await client.delete(f"/posts/{post['id']}", headers=bob.headers)).status_code == 204
    assert (await category_now(category["slug"]))["post_count"] == 4
    assert (await client.get(f"/threads/{thread['id']}")).json()["post_count"] == 3
    assert (await post_count(alice.username), await post_count(bob.username)) == (1, 2)

    # The thread list shows the same numbers.
    listed = (await client.get("/threads", params={"category": category["slug"]})).json()
    assert {t["id"]: t["post_count"] for t in listed["items"]} == {
        thread["id"]: 3,
        second["id"]: 1,
    }


async def test_posts_page_etag(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(alice)
    url = f"/threads/{thread['id']}/posts"

    first = await client.get(url)
    etag = first.headers["etag"]
    cached = await client.get(url, headers={"If-None-Match": etag})
    assert cached.status_code == 304
    assert cached.content == b""
    assert cached.headers["etag"] == etag

    reply = await forum.reply(bob, thread["id"])
    after_reply = await client.get(url, headers={"If-None-Match": etag})
    assert after_reply.status_code == 200
    assert len(after_reply.json()["items"]) == 2
    etag = after_reply.headers["etag"]
    assert etag != first.headers["etag"]

    assert (
        await client.put(f"/posts/{reply['id']}/reactions/hug", headers=alice.headers)
    ).status_code == 200
    after_reaction = await client.get(url, headers={"If-None-Match": etag})
    assert after_reaction.status_code == 200
    assert after_reaction.json()["items"][1]["reactions"] == {"hug": 1}
    assert after_reaction.headers["etag"] != etag
    etag = after_reaction.headers["etag"]

    await client.patch(f"/posts/{reply['id']}", json={"body": "edited"}, headers=bob.headers)
    after_edit = await client.get(url, headers={"If-None-Match": etag})
    assert after_edit.status_code == 200
    assert after_edit.headers["etag"] != etag

    # The tag is per viewer: alice's page shows her reaction, so its tag differs.
    mine = await client.get(url, headers=alice.headers)
    assert mine.json()["items"][1]["my_reactions"] == ["hug"]
    assert mine.headers["etag"] != after_edit.headers["etag"]
    again = await client.get(url, headers={**alice.headers, "If-None-Match": mine.headers["etag"]})
    assert again.status_code == 304


async def test_suspended_members_and_read_only_tokens_cannot_write(
    client: AsyncClient, forum: Forum, set_user: SetUser
) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(member, anonymous=True)
    post = await forum.reply(member, thread["id"], body="mine")
    post_url = f"/posts/{post['id']}"

    async def token(owner: Member, scopes: list[str]) -> dict[str, str]:
        response = await client.post(
            "/me/tokens", json={"name": "script", "scopes": scopes}, headers=owner.headers
        )
        assert response.status_code == 201, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}

    async def writes(headers: dict[str, str]) -> list[Response]:
        return [
            await client.post(
                "/threads",
                json={"category": thread["category"]["slug"], "title": "Hello", "body": "x"},
                headers=headers,
            ),
            await client.post(
                f"/threads/{thread['id']}/posts", json={"body": "more"}, headers=headers
            ),
            await client.patch(post_url, json={"body": "changed"}, headers=headers),
            await client.delete(post_url, headers=headers),
            await client.put(f"{post_url}/reactions/hug", headers=headers),
            await client.delete(f"{post_url}/reactions/hug", headers=headers),
            await client.patch(
                f"/threads/{thread['id']}", json={"title": "Renamed"}, headers=headers
            ),
        ]

    # A token with only the read scope reads, but every write is refused.
    read_only = await token(member, ["read"])
    for response in await writes(read_only):
        problem(response, 403, "insufficient-scope")
    assert (await client.get(post_url, headers=read_only)).json()["body"] == "mine"

    # A moderator's token without `moderate` acts as a member: no locking, no unmasking.
    mod_token = await token(moderator, ["read", "write"])
    problem(
        await client.patch(f"/threads/{thread['id']}", json={"is_locked": True}, headers=mod_token),
        403,
    )
    problem(await client.delete(f"/threads/{thread['id']}", headers=mod_token), 403)
    assert (await client.get(f"/threads/{thread['id']}", headers=mod_token)).json()[
        "author"
    ] is None
    shown = (await client.get(f"/threads/{thread['id']}", headers=moderator.headers)).json()
    assert shown["author"]["id"] == member.id

    # A suspended member reads, but every write is refused with the suspension problem.
    await set_user(member.id, suspended_until=datetime.now(UTC) + timedelta(days=2))
    for response in await writes(member.headers):
        body = problem(response, 403, "suspended")
        assert "until" in body["detail"]
    assert (await client.get(post_url, headers=member.headers)).json()["body"] == "mine"
    page = await posts_of(client, thread["id"], **member.headers)
    assert [p["number"] for p in page] == [1, 2]
    assert page[1]["reactions"] == {}
