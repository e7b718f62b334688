"""What a thread or post tells the one reading it: `is_mine` (their own), `my_flag` (their
own report), `hidden_by` (why it is hidden, said to everyone who sees it is hidden), and
`author_deleted` (its author left) — each on every route that shows the resource."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, Member, assert_counters_exact

Json = dict[str, Any]


def headers_of(viewer: Member | None) -> dict[str, str]:
    return viewer.headers if viewer is not None else {}


async def post_everywhere(
    client: AsyncClient, thread_id: int, post_id: int, viewer: Member | None
) -> list[Json]:
    """The post as `viewer` reads it alone and in its thread's page."""
    headers = headers_of(viewer)
    single = await client.get(f"/posts/{post_id}", headers=headers)
    page = await client.get(f"/threads/{thread_id}/posts", params={"limit": 100}, headers=headers)
    assert single.status_code == page.status_code == 200, (single.text, page.text)
    (listed,) = [post for post in page.json()["items"] if post["id"] == post_id]
    return [single.json(), listed]


async def thread_everywhere(
    client: AsyncClient, thread_id: int, viewer: Member | None
) -> list[Json]:
    """The thread as `viewer` reads it alone and in the thread list."""
    headers = headers_of(viewer)
    single = (await client.get(f"/threads/{thread_id}", headers=headers)).json()
    items = (await client.get("/threads", params={"limit": 100}, headers=headers)).json()["items"]
    (listed,) = [thread for thread in items if thread["id"] == thread_id]
    return [single, listed]


async def flag(client: AsyncClient, post_id: int, who: Member, reason: str = "spam") -> Json:
    response = await client.post(
        f"/posts/{post_id}/flags", json={"reason": reason}, headers=who.headers
    )
    assert response.status_code == 201, response.text
    body: Json = response.json()
    return body


async def test_is_mine_is_told_to_the_author_alone(client: AsyncClient, forum: Forum) -> None:
    author, other = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    for anonymous in (False, True):
        thread = await forum.thread(author, anonymous=anonymous)
        assert thread["is_mine"] is thread["first_post"]["is_mine"] is True
        reply = await forum.reply(other, thread["id"], anonymous=anonymous)
        assert reply["is_mine"] is True
        first = thread["first_post"]["id"]
        for viewer, mine in ((author, True), (other, False), (moderator, False), (None, False)):
            for shown in await thread_everywhere(client, thread["id"], viewer):
                assert shown["is_mine"] is mine, (viewer, shown)
            for shown in await post_everywhere(client, thread["id"], first, viewer):
                assert shown["is_mine"] is mine
            for shown in await post_everywhere(client, thread["id"], reply["id"], viewer):
                assert shown["is_mine"] is (viewer is other)
        # A moderator's edit of the author's post answers the moderator: not theirs.
        edited = await client.patch(
            f"/posts/{first}", json={"body": "Edited by a moderator."}, headers=moderator.headers
        )
        assert edited.json()["is_mine"] is False
        own = await client.patch(f"/posts/{first}", json={"body": "Mine."}, headers=author.headers)
        assert own.json()["is_mine"] is True


async def test_my_flag_is_the_viewers_own_latest_report(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, reporter, other = [await forum.member() for _ in range(3)]
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    post = await forum.reply(author, thread["id"], body="Buy cheap watches")
    unreported = thread["first_post"]["id"]

    first = await flag(client, post["id"], reporter, "spam")
    await flag(client, post["id"], other, "off_topic")
    mine = {"id": first["id"], "reason": "spam", "status": "open"}
    for shown in await post_everywhere(client, thread["id"], post["id"], reporter):
        assert shown["my_flag"] == mine
    for shown in await post_everywhere(client, thread["id"], unreported, reporter):
        assert shown["my_flag"] is None
    # Nobody else is told of it: not the author, another reporter (who sees theirs), a
    # moderator (who sees reports in the queue), or a visitor.
    for viewer in (author, moderator, None):
        for shown in await post_everywhere(client, thread["id"], post["id"], viewer):
            assert shown["my_flag"] is None
    for shown in await post_everywhere(client, thread["id"], post["id"], other):
        assert shown["my_flag"]["reason"] == "off_topic"
        assert shown["my_flag"]["id"] != first["id"]

    # A decision shows in its status; a new report after it is the one shown.
    response = await client.post(
        f"/moderation/posts/{post['id']}/resolve",
        json={"action": "dismiss"},
        headers=moderator.headers,
    )
    assert response.status_code == 200, response.text
    for shown in await post_everywhere(client, thread["id"], post["id"], reporter):
        assert shown["my_flag"] == {**mine, "status": "dismissed"}
    second = await flag(client, post["id"], reporter, "abusive")
    for shown in await post_everywhere(client, thread["id"], post["id"], reporter):
        assert shown["my_flag"] == {"id": second["id"], "reason": "abusive", "status": "open"}
    await assert_counters_exact(app)


async def test_hidden_by_says_why_to_everyone(
    client: AsyncClient, forum: Forum, settings: Any
) -> None:
    author, reader = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    by_mod = await forum.reply(author, thread["id"], body="My phone number is …")
    by_reports = await forum.reply(author, thread["id"], body="Cheap watches")
    shown_post = await forum.reply(author, thread["id"], body="Plain words")

    response = await client.post(
        f"/posts/{by_mod['id']}/hide",
        json={"reason": "Personal details"},
        headers=moderator.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["hidden_by"] == "moderator"
    for _ in range(settings.flag_hide_threshold):
        await flag(client, by_reports["id"], await forum.member())

    expected = {by_mod["id"]: "moderator", by_reports["id"]: "reports", shown_post["id"]: None}
    for viewer in (None, reader, author, moderator):
        for post_id, why in expected.items():
            for shown in await post_everywhere(client, thread["id"], post_id, viewer):
                assert shown["hidden_by"] == why, (viewer, post_id)
                assert shown["is_hidden"] is (why is not None)

    # A moderator's hide of a post hidden by reports makes it theirs; un-hiding clears it.
    response = await client.post(
        f"/posts/{by_reports['id']}/hide", json={"reason": "Spam"}, headers=moderator.headers
    )
    assert response.json()["hidden_by"] == "moderator"
    response = await client.post(f"/posts/{by_mod['id']}/unhide", headers=moderator.headers)
    assert (response.json()["is_hidden"], response.json()["hidden_by"]) == (False, None)


async def leave(client: AsyncClient, member: Member, posts: str) -> None:
    response = await client.request(
        "DELETE", "/me", json={"password": member.password, "posts": posts}, headers=member.headers
    )
    assert response.status_code == 204, response.text


async def test_a_member_who_left_is_named_to_nobody(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    leaver, reader = await forum.member(), await forum.member()
    moderator, admin = await forum.moderator(), await forum.admin()
    named = await forum.thread(leaver, title="Weaning at six months")
    secret = await forum.thread(leaver, title="Something I never said", anonymous=True)
    reply = await forum.reply(leaver, named["id"], body="Named reply")
    hidden_reply = await forum.reply(leaver, secret["id"], body="Anonymous reply")
    assert hidden_reply["anonymous"] is True  # by default, in their anonymous thread
    await leave(client, leaver, "keep")

    for viewer in (None, reader, moderator, admin):
        # Under their name: no author, "Deleted member" for everyone, moderators included.
        for shown in await thread_everywhere(client, named["id"], viewer):
            assert (shown["author"], shown["author_deleted"]) == (None, True)
        for post_id in (named["first_post"]["id"], reply["id"]):
            for shown in await post_everywhere(client, named["id"], post_id, viewer):
                assert (shown["author"], shown["author_deleted"]) == (None, True)
                assert shown["body"] != ""  # `keep`: the words stay
        # Anonymous: exactly as any anonymous item looks, nothing says its author left.
        for shown in await thread_everywhere(client, secret["id"], viewer):
            assert (shown["author"], shown["author_deleted"], shown["anonymous"]) == (
                None,
                False,
                True,
            )
        for post_id in (secret["first_post"]["id"], hidden_reply["id"]):
            for shown in await post_everywhere(client, secret["id"], post_id, viewer):
                assert (shown["author"], shown["author_deleted"]) == (None, False)
                assert shown["anonymous_label"] == "Anonymous (original poster)"
    page = await client.get(f"/threads/{named['id']}/posts", headers=moderator.headers)
    assert leaver.username not in page.text
    await assert_counters_exact(app)


async def test_everyone_else_is_shown_as_before(client: AsyncClient, forum: Forum) -> None:
    """`author_deleted` is false for members who have not left, whoever reads."""
    author = await forum.member()
    thread = await forum.thread(author)
    for viewer in (None, author):
        for shown in await thread_everywhere(client, thread["id"], viewer):
            assert (shown["author"]["id"], shown["author_deleted"]) == (author.id, False)
        for shown in await post_everywhere(
            client, thread["id"], thread["first_post"]["id"], viewer
        ):
            assert shown["author_deleted"] is False
