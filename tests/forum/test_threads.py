"""Threads: creating, reading, listing, renaming, moving, pinning, locking and deleting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from httpx import AsyncClient

from tests.forum.conftest import SetUser, when
from tests.helpers import Forum, Member, problem

THREAD_KEYS = {
    "id",
    "category",
    "title",
    "author",
    "author_deleted",
    "anonymous",
    "is_mine",
    "created_at",
    "last_post_at",
    "post_count",
    "is_pinned",
    "is_locked",
    "content_warning",
    "last_read_number",
    "unread_count",
    "subscription",
}


def user_ref(member: Member) -> dict[str, Any]:
    return {
        "id": member.id,
        "username": member.username,
        "display_name": member.username,
        "role": member.role,
    }


async def test_create_thread(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member("alice")
    category = await forum.category("sleep", name="Sleep")
    response = await client.post(
        "/threads",
        json={
            "category": "sleep",
            "title": "Four month sleep regression",
            "body": "Is *anyone* else awake?",
            "content_warning": "tiredness",
        },
        headers=alice.headers,
    )
    assert response.status_code == 201, response.text
    thread = response.json()
    assert set(thread) == THREAD_KEYS | {"first_post"}
    assert response.headers["location"] == f"/api/v1/threads/{thread['id']}"
    assert thread["category"] == {
        "id": category["id"],
        "slug": "sleep",
        "name": "Sleep",
        "kind": "forum",
    }
    assert thread["title"] == "Four month sleep regression"
    assert thread["author"] == user_ref(alice)
    assert thread["anonymous"] is False
    assert thread["content_warning"] == "tiredness"
    assert (thread["post_count"], thread["is_pinned"], thread["is_locked"]) == (1, False, False)
    assert when(thread["created_at"]) == when(thread["last_post_at"])

    first = thread["first_post"]
    assert first["thread_id"] == thread["id"]
    assert first["number"] == 1
    assert first["author"] == user_ref(alice)
    assert first["body"] == "Is *anyone* else awake?"
    assert first["body_html"] == "<p>Is <em>anyone</em> else awake?</p>"
    assert first["reply_to"] is None
    assert first["edited_at"] is None
    assert (first["is_hidden"], first["is_deleted"], first["hidden_reason"]) == (
        False,
        False,
        None,
    )
    assert (first["reactions"], first["my_reactions"]) == ({}, [])
    assert when(first["created_at"]) == when(thread["created_at"])

    # The Location is the thread as everyone reads it.
    read = await client.get(f"http://test{response.headers['location']}")
    assert read.status_code == 200
    assert thread["is_mine"] is True  # told to its author alone
    # Its author has read it and watches it (forum/reading.py); a visitor has no state.
    assert (thread["last_read_number"], thread["unread_count"], thread["subscription"]) == (
        1,
        0,
        "watching",
    )
    assert read.json() == {
        **{k: v for k, v in thread.items() if k != "first_post"},
        "is_mine": False,
        "last_read_number": None,
        "unread_count": None,
        "subscription": None,
    }
    post = await client.get(f"/posts/{first['id']}")
    assert first["is_mine"] is True
    assert post.json() == {**first, "is_mine": False}


async def test_create_thread_permissions(
    client: AsyncClient, forum: Forum, set_user: SetUser
) -> None:
    category = await forum.category()
    payload = {"category": category["slug"], "title": "Hello there", "body": "Hi all"}
    response = await client.post("/threads", json=payload)
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    problem(
        await client.post("/threads", json=payload, headers={"Authorization": "Bearer nonsense"}),
        401,
    )

    # A suspended member still reads, but cannot start a thread.
    member = await forum.member()
    await set_user(member.id, suspended_until=datetime.now(UTC) + timedelta(days=1))
    body = problem(
        await client.post("/threads", json=payload, headers=member.headers), 403, "suspended"
    )
    assert "until" in body["detail"]
    assert (await client.get("/threads", headers=member.headers)).status_code == 200
    assert (await client.get("/threads")).json()["items"] == []

    # Members, moderators and admins may all start threads.
    for author in (await forum.member(), await forum.moderator(), await forum.admin()):
        response = await client.post("/threads", json=payload, headers=author.headers)
        assert response.status_code == 201, response.text
        assert response.json()["author"]["role"] == author.role


async def test_create_thread_validation(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    category = await forum.category()
    valid = {"category": category["slug"], "title": "A fine title", "body": "A fine body"}
    invalid: list[tuple[dict[str, Any], str]] = [
        ({"title": "ab"}, "title"),
        ({"title": "  ab   "}, "title"),  # white space at the ends
        ({"title": "Four month\nsleep regression"}, "title"),  # more than one line
        ({"content_warning": " tiredness"}, "content_warning"),
        ({"title": "t" * 201}, "title"),
        ({"title": "   "}, "title"),
        ({"title": 12345}, "title"),
        ({"title": None}, "title"),
        ({"body": ""}, "body"),
        ({"body": " \n\t "}, "body"),
        ({"body": "b" * 20_001}, "body"),
        ({"body": ["list"]}, "body"),
        ({"anonymous": "perhaps"}, "anonymous"),
        ({"anonymous": {"x": 1}}, "anonymous"),
        ({"content_warning": "   "}, "content_warning"),
        ({"content_warning": "c" * 201}, "content_warning"),
        ({"category": "Not A Slug"}, "category"),
        ({"category": None}, "category"),
    ]
    for change, field in invalid:
        body = problem(
            await client.post("/threads", json={**valid, **change}, headers=member.headers),
            422,
            "validation-error",
        )
        assert any(error["loc"][-1] == field for error in body["errors"]), (change, body)
    for missing in ("category", "title", "body"):
        payload = {k: v for k, v in valid.items() if k != missing}
        body = problem(await client.post("/threads", json=payload, headers=member.headers), 422)
        assert body["errors"][0]["loc"] == ["body", missing]

    # Not a JSON object, or not JSON at all.
    problem(await client.post("/threads", json=["x"], headers=member.headers), 422)
    malformed = await client.post(
        "/threads",
        content=b'{"title": ',
        headers={**member.headers, "Content-Type": "application/json"},
    )
    problem(malformed, 400, "malformed-json")

    # An unknown category is 404, like every other missing resource.
    body = problem(
        await client.post(
            "/threads", json={**valid, "category": "no-such-thing"}, headers=member.headers
        ),
        404,
        "not-found",
    )
    assert "no-such-thing" in body["detail"]

    # Nothing was created by any of that.
    assert (await client.get("/threads")).json()["items"] == []

    # The limits themselves are allowed.
    for title, text in [("abc", "x"), ("t" * 200, "b" * 20_000), ("a c", "  x  ")]:
        response = await client.post(
            "/threads", json={**valid, "title": title, "body": text}, headers=member.headers
        )
        assert response.status_code == 201, response.text
        assert response.json()["title"] == title.strip()
        assert response.json()["first_post"]["body"] == text


async def test_get_thread_not_found(client: AsyncClient, forum: Forum) -> None:
    problem(await client.get("/threads/999999"), 404, "not-found")
    problem(await client.get("/threads/999999/posts"), 404, "not-found")
    problem(await client.get("/threads/0"), 422, "validation-error")
    problem(await client.get("/threads/abc"), 422, "validation-error")
    problem(await client.get("/threads/99999999999999"), 422, "validation-error")
    member = await forum.member()
    problem(
        await client.patch("/threads/999999", json={"title": "Whatever"}, headers=member.headers),
        404,
    )
    moderator = await forum.moderator()
    problem(await client.delete("/threads/999999", headers=moderator.headers), 404)


async def test_rename_thread_permissions(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    stranger = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    thread = await forum.thread(author)
    url = f"/threads/{thread['id']}"

    problem(await client.patch(url, json={"title": "By nobody"}), 401, "not-authenticated")
    problem(await client.patch(url, json={"title": "By a stranger"}, headers=stranger.headers), 403)
    assert (await client.get(url)).json()["title"] == thread["title"]

    for actor, title in [(author, "By the author"), (moderator, "By a mod"), (admin, "By admin")]:
        response = await client.patch(url, json={"title": title}, headers=actor.headers)
        assert response.status_code == 200, response.text
        assert response.json()["title"] == title
        assert (await client.get(url)).json()["title"] == title
    # The author is still the author after others renamed it.
    assert (await client.get(url)).json()["author"]["id"] == author.id

    for bad in ["ab", "  a ", "x" * 201, 7, None]:
        response = await client.patch(url, json={"title": bad}, headers=author.headers)
        if bad is None:  # an explicit null changes nothing
            assert response.status_code == 200
        else:
            problem(response, 422, "validation-error")
    assert (await client.get(url)).json()["title"] == "By admin"


async def test_pin_lock_and_move_are_for_moderators(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    stranger = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    home = await forum.category()
    elsewhere = await forum.category()
    thread = await forum.thread(author, home)
    url = f"/threads/{thread['id']}"

    changes: list[dict[str, Any]] = [
        {"is_pinned": True},
        {"is_locked": True},
        {"is_pinned": False},
        {"category": elsewhere["slug"]},
        {"title": "New title", "is_locked": True},  # the title alone would be allowed
    ]
    for change in changes:
        problem(await client.patch(url, json=change), 401)
        for actor in (author, stranger):
            problem(await client.patch(url, json=change, headers=actor.headers), 403, "forbidden")
    unchanged = (await client.get(url)).json()
    # As a visitor sees it: not theirs, and no reading state (the author's is 1, 0, watching).
    assert (thread["last_read_number"], thread["unread_count"]) == (1, 0)
    assert thread["subscription"] == "watching"
    assert unchanged == {
        **{k: v for k, v in thread.items() if k != "first_post"},
        "is_mine": False,
        "last_read_number": None,
        "unread_count": None,
        "subscription": None,
    }

    response = await client.patch(
        url, json={"is_pinned": True, "is_locked": True}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    assert (response.json()["is_pinned"], response.json()["is_locked"]) == (True, True)
    response = await client.patch(url, json={"category": elsewhere["slug"]}, headers=admin.headers)
    assert response.status_code == 200, response.text
    assert response.json()["category"] == {
        "id": elsewhere["id"],
        "slug": elsewhere["slug"],
        "name": elsewhere["name"],
        "kind": "forum",
    }
    response = await client.patch(
        url, json={"is_pinned": False, "is_locked": False}, headers=admin.headers
    )
    assert (response.json()["is_pinned"], response.json()["is_locked"]) == (False, False)
    read = (await client.get(url)).json()
    assert read["category"]["slug"] == elsewhere["slug"]
    assert (read["is_pinned"], read["is_locked"]) == (False, False)

    problem(
        await client.patch(url, json={"category": "nowhere"}, headers=moderator.headers),
        404,
        "not-found",
    )
    assert (await client.get(url)).json()["category"]["slug"] == elsewhere["slug"]
    problem(
        await client.patch(url, json={"is_pinned": "sometimes"}, headers=moderator.headers),
        422,
        "validation-error",
    )


async def test_moving_a_thread_moves_its_counts(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    source = await forum.category()
    target = await forum.category()
    older = await forum.thread(member, source)
    moving = await forum.thread(member, source)
    await forum.reply(member, moving["id"])
    last = await forum.reply(member, moving["id"])

    response = await client.patch(
        f"/threads/{moving['id']}", json={"category": target["slug"]}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text

    source_now = (await client.get(f"/categories/{source['slug']}")).json()
    target_now = (await client.get(f"/categories/{target['slug']}")).json()
    assert (source_now["thread_count"], source_now["post_count"]) == (1, 1)
    assert when(source_now["last_post_at"]) == when(older["last_post_at"])
    assert (target_now["thread_count"], target_now["post_count"]) == (1, 3)
    assert when(target_now["last_post_at"]) == when(last["created_at"])

    listed = (await client.get("/threads", params={"category": target["slug"]})).json()
    assert [t["id"] for t in listed["items"]] == [moving["id"]]
    listed = (await client.get("/threads", params={"category": source["slug"]})).json()
    assert [t["id"] for t in listed["items"]] == [older["id"]]

    # Moving to where it already is changes nothing.
    response = await client.patch(
        f"/threads/{moving['id']}", json={"category": target["slug"]}, headers=moderator.headers
    )
    assert response.status_code == 200
    again = (await client.get(f"/categories/{target['slug']}")).json()
    assert again == target_now


async def test_delete_thread(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    replier = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    category = await forum.category()
    kept = await forum.thread(author, category)
    doomed = await forum.thread(author, category)
    reply = await forum.reply(replier, doomed["id"])
    await forum.reply(replier, doomed["id"], anonymous=True)
    url = f"/threads/{doomed['id']}"

    problem(await client.delete(url), 401, "not-authenticated")
    problem(await client.delete(url, headers=author.headers), 403, "forbidden")
    problem(await client.delete(url, headers=replier.headers), 403, "forbidden")
    assert (await client.get(url)).status_code == 200

    response = await client.delete(url, headers=moderator.headers)
    assert response.status_code == 204
    assert response.content == b""

    # Gone from every route, for everyone, and cannot be deleted twice.
    for viewer in ({}, author.headers, moderator.headers):
        problem(await client.get(url, headers=viewer), 404, "not-found")
        problem(await client.get(f"{url}/posts", headers=viewer), 404, "not-found")
        problem(await client.get(f"/posts/{reply['id']}", headers=viewer), 404, "not-found")
        problem(await client.get(f"/posts/{doomed['first_post']['id']}", headers=viewer), 404)
        listed = (await client.get("/threads", headers=viewer)).json()
        assert [t["id"] for t in listed["items"]] == [kept["id"]]
    problem(
        await client.post(f"{url}/posts", json={"body": "hello?"}, headers=replier.headers), 404
    )
    problem(await client.patch(url, json={"title": "Renamed"}, headers=author.headers), 404)
    problem(
        await client.patch(
            f"/posts/{reply['id']}", json={"body": "edited"}, headers=replier.headers
        ),
        404,
    )
    problem(await client.delete(f"/posts/{reply['id']}", headers=replier.headers), 404)
    problem(await client.put(f"/posts/{reply['id']}/reactions/hug", headers=author.headers), 404)
    problem(await client.get(f"/posts/{reply['id']}/revisions", headers=replier.headers), 404)
    problem(await client.delete(url, headers=moderator.headers), 404)

    # Counters forget the thread and its posts; public post counts lose the public posts.
    now = (await client.get(f"/categories/{category['slug']}")).json()
    assert (now["thread_count"], now["post_count"]) == (1, 1)
    assert when(now["last_post_at"]) == when(kept["last_post_at"])
    assert (await client.get(f"/users/{author.username}")).json()["post_count"] == 1
    assert (await client.get(f"/users/{replier.username}")).json()["post_count"] == 0

    # Admins may delete threads too.
    assert (await client.delete(f"/threads/{kept['id']}", headers=admin.headers)).status_code == 204
    now = (await client.get(f"/categories/{category['slug']}")).json()
    assert (now["thread_count"], now["post_count"], now["last_post_at"]) == (0, 0, None)


async def test_thread_list_sorts(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    category = await forum.category()
    other = await forum.category()
    first = await forum.thread(member, category, title="First thread")
    second = await forum.thread(member, category, title="Second thread")
    third = await forum.thread(member, other, title="Third thread")
    await forum.reply(member, first["id"])

    async def ids(**params: Any) -> list[int]:
        response = await client.get("/threads", params=params)
        assert response.status_code == 200, response.text
        return [thread["id"] for thread in response.json()["items"]]

    # `active` (the default) follows the latest post; `new` the thread's creation.
    assert await ids() == [first["id"], third["id"], second["id"]]
    assert await ids(sort="active") == [first["id"], third["id"], second["id"]]
    assert await ids(sort="new") == [third["id"], second["id"], first["id"]]
    assert await ids(category=category["slug"]) == [first["id"], second["id"]]
    assert await ids(category=category["slug"], sort="new") == [second["id"], first["id"]]
    assert await ids(category=other["slug"]) == [third["id"]]

    # Pinned threads come first within their category, in either order; not across the forum.
    response = await client.patch(
        f"/threads/{second['id']}", json={"is_pinned": True}, headers=moderator.headers
    )
    assert response.status_code == 200
    assert await ids(category=category["slug"]) == [second["id"], first["id"]]
    assert await ids(category=category["slug"], sort="active") == [second["id"], first["id"]]
    assert await ids(category=category["slug"], sort="new") == [second["id"], first["id"]]
    assert await ids() == [first["id"], third["id"], second["id"]]

    listed = (await client.get("/threads", params={"category": category["slug"]})).json()
    assert listed["next_cursor"] is None
    assert set(listed["items"][0]) == THREAD_KEYS
    assert listed["items"][0]["is_pinned"] is True
    assert listed["items"][1]["post_count"] == 2

    problem(await client.get("/threads", params={"category": "missing"}), 404, "not-found")
    problem(await client.get("/threads", params={"sort": "hot"}), 422, "validation-error")


async def test_thread_etag(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(member)
    url = f"/threads/{thread['id']}"

    first = await client.get(url)
    etag = first.headers["etag"]
    cached = await client.get(url, headers={"If-None-Match": etag})
    assert cached.status_code == 304
    assert cached.content == b""
    assert cached.headers["etag"] == etag

    await forum.reply(member, thread["id"])
    replied = await client.get(url, headers={"If-None-Match": etag})
    assert replied.status_code == 200
    assert replied.json()["post_count"] == 2
    assert replied.headers["etag"] != etag
    etag = replied.headers["etag"]

    await client.patch(url, json={"is_locked": True}, headers=moderator.headers)
    locked = await client.get(url, headers={"If-None-Match": etag})
    assert locked.status_code == 200
    assert locked.json()["is_locked"] is True
    assert locked.headers["etag"] != etag
    assert (
        await client.get(url, headers={"If-None-Match": locked.headers["etag"]})
    ).status_code == 304
