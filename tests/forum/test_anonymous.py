"""Anonymous threads and posts: nothing a member or a logged-out reader receives may name
the author; the author themselves and moderators/admins do see who wrote it."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient, Response

from tests.helpers import Forum, Member

OP = "Anonymous (original poster)"


def assert_no_trace_of(author: Member, response: Response) -> None:
    assert response.status_code in (200, 201), response.text
    assert author.username not in response.text
    assert author.email not in response.text
    assert f'"id":{author.id},"username"' not in response.text.replace(" ", "")


async def test_anonymous_thread_and_posts(client: AsyncClient, forum: Forum) -> None:
    secret = await forum.member("secretmum")
    reader = await forum.member("readerdad")
    moderator = await forum.moderator("kindmod")
    admin = await forum.admin("theadmin")
    category = await forum.category()

    response = await client.post(
        "/threads",
        json={
            "category": category["slug"],
            "title": "Struggling more than I admit",
            "body": "I find it hard to cope some days.",
            "anonymous": True,
        },
        headers=secret.headers,
    )
    assert response.status_code == 201, response.text
    thread = response.json()
    # The author's own creation response names them, and says it is anonymous.
    assert thread["anonymous"] is True
    assert thread["author"]["id"] == secret.id
    assert thread["first_post"]["anonymous"] is True
    assert thread["first_post"]["author"]["id"] == secret.id

    reply = await forum.reply(reader, thread["id"], body="You are not alone.")
    anonymous_reply = await forum.reply(secret, thread["id"], body="Thank you.", anonymous=True)
    assert anonymous_reply["author"]["id"] == secret.id
    assert anonymous_reply["anonymous"] is True

    thread_url = f"/threads/{thread['id']}"
    anonymous_posts = [thread["first_post"]["id"], anonymous_reply["id"]]

    # Others (a member, a logged-out reader) never see who wrote it, on any route.
    for viewer in (reader.headers, {}):
        listed = await client.get("/threads", headers=viewer)
        in_category = await client.get(
            "/threads", params={"category": category["slug"], "sort": "new"}, headers=viewer
        )
        page = await client.get(f"{thread_url}/posts", headers=viewer)
        single = await client.get(thread_url, headers=viewer)
        for response in (listed, in_category, page, single):
            assert_no_trace_of(secret, response)
        for shown in (listed.json()["items"][0], in_category.json()["items"][0], single.json()):
            assert (shown["author"], shown["anonymous"]) == (None, True)
            assert (shown["is_mine"], shown["author_deleted"]) == (False, False)
        items = page.json()["items"]
        assert [(p["author"], p["anonymous"]) for p in items] == [
            (None, True),
            (items[1]["author"], False),
            (None, True),
        ]
        assert items[1]["author"]["id"] == reader.id
        # Both anonymous posts are the original poster's: the label says so, and no more.
        assert [p["anonymous_label"] for p in items] == [OP, None, OP]
        assert [p["is_mine"] for p in items] == [False, bool(viewer), False]
        for post_id in anonymous_posts:
            post = await client.get(f"/posts/{post_id}", headers=viewer)
            assert_no_trace_of(secret, post)
            assert (post.json()["author"], post.json()["anonymous"]) == (None, True)
            assert (post.json()["is_mine"], post.json()["author_deleted"]) == (False, False)
            assert (post.json()["my_flag"], post.json()["anonymous_label"]) == (None, OP)

    # The reader's own reply in that thread shows them, and nothing about the thread's author.
    assert reply["author"]["id"] == reader.id
    assert secret.username not in str(reply)

    # The author and moderators/admins see the author everywhere.
    for insider in (secret, moderator, admin):
        listed = (await client.get("/threads", headers=insider.headers)).json()["items"][0]
        single = (await client.get(thread_url, headers=insider.headers)).json()
        page = (await client.get(f"{thread_url}/posts", headers=insider.headers)).json()["items"]
        for shown in (listed, single, page[0], page[2]):
            assert shown["author"]["id"] == secret.id
            assert shown["anonymous"] is True
            assert shown["is_mine"] is (insider is secret)
        for post_id in anonymous_posts:
            post = (await client.get(f"/posts/{post_id}", headers=insider.headers)).json()
            assert post["author"]["id"] == secret.id

    # A moderator's edit answers the moderator with the author; others still see nothing.
    edited = await client.patch(
        f"/posts/{anonymous_reply['id']}",
        json={"body": "Thank you all."},
        headers=moderator.headers,
    )
    assert edited.json()["author"]["id"] == secret.id
    after_edit = await client.get(f"/posts/{anonymous_reply['id']}", headers=reader.headers)
    assert_no_trace_of(secret, after_edit)

    # Anonymous posts do not count towards the public post count.
    profile = await client.get(f"/users/{secret.username}", headers=reader.headers)
    assert profile.json()["post_count"] == 0
    await forum.reply(secret, thread["id"], body="Signed this time.", anonymous=False)
    profile = await client.get(f"/users/{secret.username}")
    assert profile.json()["post_count"] == 1
    assert (await client.get(f"/users/{reader.username}")).json()["post_count"] == 1


async def test_anonymous_reply_in_a_public_thread(client: AsyncClient, forum: Forum) -> None:
    starter = await forum.member("threadstarter")
    shy = await forum.member("shyparent")
    thread = await forum.thread(starter)
    reply = await forum.reply(shy, thread["id"], body="Me too.", anonymous=True)

    for viewer in (starter.headers, {}):
        page = await client.get(f"/threads/{thread['id']}/posts", headers=viewer)
        assert_no_trace_of(shy, page)
        assert page.json()["items"][1]["author"] is None
        post = await client.get(f"/posts/{reply['id']}", headers=viewer)
        assert_no_trace_of(shy, post)
        shown_thread = (await client.get(f"/threads/{thread['id']}", headers=viewer)).json()
        assert shown_thread["author"]["id"] == starter.id
        assert shown_thread["anonymous"] is False
    assert (await client.get(f"/users/{shy.username}")).json()["post_count"] == 0


async def test_same_idempotency_key_never_returns_anothers_anonymous_post(
    client: AsyncClient, forum: Forum
) -> None:
    """Another member retrying with the same key and body gets their own post, never the
    stored answer that names the anonymous author."""
    shy = await forum.member("shyone")
    other = await forum.member("otherone")
    thread = await forum.thread(other)
    payload: dict[str, Any] = {"body": "Same words", "anonymous": True}
    key = {"Idempotency-Key": "shared-key-1"}
    url = f"/threads/{thread['id']}/posts"
    mine = await client.post(url, json=payload, headers={**shy.headers, **key})
    theirs = await client.post(url, json=payload, headers={**other.headers, **key})
    assert (mine.status_code, theirs.status_code) == (201, 201)
    assert theirs.json()["id"] != mine.json()["id"]
    assert theirs.json()["author"]["id"] == other.id
    assert_no_trace_of(shy, theirs)


async def test_pseudonyms_cannot_link_threads(client: AsyncClient, forum: Forum) -> None:
    """A pseudonym is a number within one thread, not a key per person: the same member is
    "Anonymous 1" in one thread and "Anonymous 2" in another when others spoke first there,
    and nothing else in what others receive (`is_mine`, `my_flag`, `author_deleted`) is
    told apart by who wrote it."""
    starter, ann, bea, reader = [await forum.member() for _ in range(4)]
    moderator = await forum.moderator()
    category = await forum.category()
    first = await forum.thread(starter, category, title="Night feeds")
    second = await forum.thread(starter, category, title="Going back to work")
    ann_first = await forum.reply(ann, first["id"], anonymous=True, body="Ann, in the first.")
    bea_first = await forum.reply(bea, first["id"], anonymous=True, body="Bea, in the first.")
    bea_second = await forum.reply(bea, second["id"], anonymous=True, body="Bea, in the second.")
    ann_second = await forum.reply(ann, second["id"], anonymous=True, body="Ann, in the second.")
    assert (ann_first["anonymous_label"], ann_second["anonymous_label"]) == (
        "Anonymous 1",
        "Anonymous 2",
    )
    assert (bea_first["anonymous_label"], bea_second["anonymous_label"]) == (
        "Anonymous 2",
        "Anonymous 1",
    )
    # The reader reports one of Ann's posts: only the reader is told of it.
    flagged = await client.post(
        f"/posts/{ann_first['id']}/flags",
        json={"reason": "other", "note": "Worried"},
        headers=reader.headers,
    )
    assert flagged.status_code == 201, flagged.text

    def shape(post: dict[str, Any]) -> tuple[Any, ...]:
        """What others receive besides the words, numbers, ids and times."""
        return (
            post["author"],
            post["author_deleted"],
            post["anonymous"],
            post["is_mine"],
            post["my_flag"],
            post["reactions"],
            post["my_reactions"],
        )

    anonymous_ids = {p["id"] for p in (ann_first, bea_first, bea_second, ann_second)}
    for viewer in (None, starter, reader):
        headers = viewer.headers if viewer is not None else {}
        shapes = []
        for thread in (first, second):
            page = await client.get(f"/threads/{thread['id']}/posts", headers=headers)
            assert_no_trace_of(ann, page)
            assert_no_trace_of(bea, page)
            for post in page.json()["items"]:
                if post["id"] not in anonymous_ids:
                    continue
                if viewer is reader and post["id"] == ann_first["id"]:
                    assert post["my_flag"] == {
                        "id": flagged.json()["id"],
                        "reason": "other",
                        "status": "open",
                    }
                    continue
                shapes.append(shape(post))
        # Every anonymous post, Ann's or Bea's, in either thread, looks the same.
        assert len(shapes) == (3 if viewer is reader else 4)
        assert all(one == (None, False, True, False, None, {}, []) for one in shapes), shapes

    # Ann is told which are hers, and no one else's; moderators see the authors.
    for thread, mine in ((first, ann_first), (second, ann_second)):
        page = await client.get(f"/threads/{thread['id']}/posts", headers=ann.headers)
        assert {p["id"] for p in page.json()["items"] if p["is_mine"]} == {mine["id"]}
        assert all(p["my_flag"] is None for p in page.json()["items"])
        page = await client.get(f"/threads/{thread['id']}/posts", headers=moderator.headers)
        authors = {p["id"]: p["author"]["id"] for p in page.json()["items"]}
        assert authors[mine["id"]] == ann.id
        assert not any(p["is_mine"] for p in page.json()["items"])
