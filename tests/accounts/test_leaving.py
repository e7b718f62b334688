"""`DELETE /me` (GDPR art. 17): the member's email, password, bio, tokens, reactions and
sign-ins are erased and the username is freed. With `keep` their posts stay under no name
("Deleted member"); with `erase` their words go as deleted posts' do. Either way every
thread still reads right (numbers, replies' places, counters), anonymous posts stay
anonymous, and no route returns the old username or email again."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select

from app.accounts.models import AccountToken, PersonalAccessToken, RefreshToken
from app.config import Settings
from app.events import OutboxEvent
from app.forum.models import Post, PostRevision
from app.mail.models import OutgoingMail
from tests.accounts.refusals import invalid_token
from tests.helpers import PASSWORD, Forum, Member, assert_counters_exact, problem
from tests.moderation.conftest import flag, log_entries, queue_item
from tests.moderation.fixtures import make_pat, site, suspend, unique_ip, unique_name

Json = dict[str, Any]


async def ok(
    client: AsyncClient, method: str, path: str, who: Member | None, json: Any = None
) -> Any:
    headers = who.headers if who is not None else {}
    response = await client.request(method, path, json=json, headers=headers)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


async def leave(client: AsyncClient, member: Member, posts: str, password: str = PASSWORD) -> Any:
    return await client.request(
        "DELETE", "/me", json={"password": password, "posts": posts}, headers=member.headers
    )


@dataclass
class Scene:
    """A member about to leave, the threads they wrote in, and the people around them."""

    leaver: Member
    friend: Member
    moderator: Member
    category: Json
    own: Json  # a thread the leaver started under their name
    anonymous: Json  # a thread the leaver started anonymously
    elsewhere: Json  # the friend's thread, where the leaver replied anonymously
    posts: dict[str, Json]  # every post, by the body it was written with

    @property
    def thread_ids(self) -> list[int]:
        return [self.own["id"], self.anonymous["id"], self.elsewhere["id"]]


async def scene(client: AsyncClient, forum: Forum) -> Scene:
    moderator = await forum.moderator()
    category = await forum.category()
    leaver = await forum.member(unique_name("leaver"))
    friend = await forum.member(unique_name("friend"))
    await ok(client, "PATCH", "/me", leaver, {"display_name": "Jess Tired", "bio": "Near the park"})
    posts: dict[str, Json] = {}
    own = await forum.thread(leaver, category, title="Twins at last", body="LEAVER-FIRST")
    posts["LEAVER-FIRST"] = own["first_post"]
    posts["FRIEND-ANSWER"] = await forum.reply(
        friend, own["id"], body="FRIEND-ANSWER", reply_to=own["first_post"]["id"]
    )
    posts["LEAVER-SECOND"] = await forum.reply(
        leaver, own["id"], body="LEAVER-SECOND", reply_to=posts["FRIEND-ANSWER"]["id"]
    )
    posts["FRIEND-LAST"] = await forum.reply(
        friend, own["id"], body="FRIEND-LAST", reply_to=posts["LEAVER-SECOND"]["id"]
    )
    await ok(client, "PATCH", f"/posts/{posts['LEAVER-SECOND']['id']}", leaver,
             {"body": "LEAVER-SECOND edited"})  # fmt: skip
    anonymous = await forum.thread(
        leaver, category, title="Hard days", body="LEAVER-ANONYMOUS-OP", anonymous=True
    )
    posts["LEAVER-ANONYMOUS-OP"] = anonymous["first_post"]
    posts["FRIEND-KIND-WORDS"] = await forum.reply(
        friend, anonymous["id"], body="FRIEND-KIND-WORDS"
    )
    posts["LEAVER-ANONYMOUS-THANKS"] = await forum.reply(
        leaver, anonymous["id"], body="LEAVER-ANONYMOUS-THANKS", anonymous=True
    )
    elsewhere = await forum.thread(friend, category, title="Teething", body="FRIEND-QUESTION")
    posts["FRIEND-QUESTION"] = elsewhere["first_post"]
    posts["LEAVER-ANONYMOUS-REPLY"] = await forum.reply(
        leaver, elsewhere["id"], body="LEAVER-ANONYMOUS-REPLY", anonymous=True
    )
    await ok(client, "PUT", f"/posts/{posts['FRIEND-QUESTION']['id']}/reactions/hug", leaver)
    await ok(client, "PUT", f"/posts/{posts['LEAVER-FIRST']['id']}/reactions/heart", friend)
    await flag(client, posts["LEAVER-FIRST"]["id"], friend, "abusive")
    await ok(client, "POST", f"/users/{leaver.username}/warnings", moderator,
             {"reason": "Please be gentle."})  # fmt: skip
    return Scene(leaver, friend, moderator, category, own, anonymous, elsewhere, posts)


async def read_threads(client: AsyncClient, s: Scene, viewer: Member | None) -> list[list[Json]]:
    pages = []
    for thread_id in s.thread_ids:
        headers = viewer.headers if viewer is not None else {}
        response = await client.get(
            f"/threads/{thread_id}/posts", params={"limit": 100}, headers=headers
        )
        assert response.status_code == 200, response.text
        pages.append(response.json()["items"])
    return pages


def places(pages: list[list[Json]]) -> list[list[tuple[Any, ...]]]:
    """What must not move when a member leaves: each post's id, number and reply_to."""
    return [[(p["id"], p["number"], p["reply_to"]) for p in page] for page in pages]


async def everything_readable(client: AsyncClient, s: Scene, names: list[str]) -> str:
    """The text of every route that shows members, posts or the log, as a visitor, a member
    and a moderator see them."""
    texts = []
    for viewer in (None, s.friend, s.moderator):
        headers = viewer.headers if viewer is not None else {}
        paths = ["/threads?limit=100", "/threads?sort=new&limit=100", "/categories"]
        paths += [f"/threads?category={s.category['slug']}&limit=100"]
        for thread_id in s.thread_ids:
            paths += [f"/threads/{thread_id}", f"/threads/{thread_id}/posts?limit=100"]
        for post in s.posts.values():
            paths += [f"/posts/{post['id']}"]
        paths += [f"/users/{name}" for name in names]
        if viewer is s.moderator:
            paths += ["/moderation/log?limit=100", "/moderation/queue?limit=100"]
            paths += [f"/posts/{post['id']}/revisions" for post in s.posts.values()]
            paths += [f"/users/{s.friend.username}/warnings"]
        for path in paths:
            response = await client.get(path, headers=headers)
            if response.status_code == 404 and path.startswith("/users/"):
                continue  # a problem that quotes the name asked for
            assert response.status_code == 200, (path, response.text)
            texts.append(response.text)
    return "\n".join(texts)


async def assert_gone(client: AsyncClient, forum: Forum, s: Scene) -> None:
    """The account no longer exists for anyone: credentials, profile, name and address."""
    leaver = s.leaver
    invalid_token(await client.get("/me", headers=leaver.headers))
    refreshed = await client.post("/auth/refresh", json={"refresh_token": leaver.refresh_token})
    problem(refreshed, 401, "invalid-refresh-token")
    for login in (leaver.username, leaver.email, f"deleted-{leaver.id}"):
        signed_in = await client.post("/auth/token", data={"username": login, "password": PASSWORD})
        problem(signed_in, 401, "invalid-credentials")
    problem(await client.get(f"/users/{leaver.username}"), 404, "not-found")
    problem(await client.get(f"/users/deleted-{leaver.id}"), 404, "not-found")
    text = await everything_readable(client, s, [leaver.username, f"deleted-{leaver.id}"])
    for old in (leaver.username, leaver.email, "Jess Tired", "Near the park"):
        assert old not in text, old


async def test_leaving_with_keep(app: Any, client: AsyncClient, forum: Forum) -> None:
    s = await scene(client, forum)
    token = await make_pat(client, s.leaver, "read", "write")
    before = await read_threads(client, s, s.friend)
    hug = f"/posts/{s.posts['FRIEND-QUESTION']['id']}"
    assert (await ok(client, "GET", hug, None))["reactions"] == {"hug": 1}

    async with app.state.database.sessionmaker() as session:
        for table in (AccountToken, OutgoingMail):  # the verification sent at sign-up
            rows = select(func.count()).select_from(table).where(table.user_id == s.leaver.id)
            assert await session.scalar(rows) == 1, table.__tablename__

    response = await leave(client, s.leaver, "keep")
    assert response.status_code == 204, response.text
    assert response.content == b""
    invalid_token(await client.get("/me", headers=token.headers))
    await assert_gone(client, forum, s)

    for viewer in (None, s.friend, s.moderator):
        after = await read_threads(client, s, viewer)
        assert places(after) == places(before)
        by_body = {p["body"]: p for page in after for p in page}
        for body in ("LEAVER-FIRST", "LEAVER-SECOND edited"):
            post = by_body[body]
            assert (post["author"], post["author_deleted"], post["is_deleted"]) == (
                None,
                True,
                False,
            )
        # Anonymous posts say nothing of their author's leaving: they read as before.
        for body in ("LEAVER-ANONYMOUS-OP", "LEAVER-ANONYMOUS-THANKS", "LEAVER-ANONYMOUS-REPLY"):
            post = by_body[body]
            assert (post["author"], post["author_deleted"], post["is_deleted"]) == (
                None,
                False,
                False,
            )
        labels = [(p["body"], p["anonymous_label"]) for p in after[1]]
        assert labels == [(p["body"], p["anonymous_label"]) for p in before[1]]
        assert by_body["FRIEND-ANSWER"]["author"]["id"] == s.friend.id
    own = await ok(client, "GET", f"/threads/{s.own['id']}", s.friend)
    assert (own["author"], own["author_deleted"], own["post_count"]) == (None, True, 4)
    anonymous = await ok(client, "GET", f"/threads/{s.anonymous['id']}", s.friend)
    assert (anonymous["author"], anonymous["author_deleted"]) == (None, False)
    # Their reactions went with them; others' reactions to their posts stay.
    assert (await ok(client, "GET", hug, None))["reactions"] == {}
    first = await ok(client, "GET", f"/posts/{s.posts['LEAVER-FIRST']['id']}", None)
    assert first["reactions"] == {"heart": 1}
    await assert_counters_exact(app)

    # The log keeps every entry, naming the member as a deleted member.
    entries = await log_entries(client, s.moderator)
    left = next(e for e in entries if e["action"] == "user.leave")
    assert (left["target_id"], left["target_label"], left["note"]) == (
        s.leaver.id,
        "Deleted member",
        "posts kept",
    )
    assert left["actor"]["display_name"] == "Deleted member"
    warned = next(e for e in entries if e["action"] == "user.warn")
    assert (warned["target_id"], warned["target_label"]) == (s.leaver.id, "Deleted member")

    # Nothing that reached the person is kept: emailed links, mail to the old address.
    async with app.state.database.sessionmaker() as session:
        for table in (AccountToken, OutgoingMail, RefreshToken, PersonalAccessToken):
            rows = select(func.count()).select_from(table).where(table.user_id == s.leaver.id)
            assert await session.scalar(rows) == 0, table.__tablename__

    # The name and the address are free for anyone.
    again = await client.post(
        "/auth/register",
        json={"username": s.leaver.username, "email": s.leaver.email, "password": PASSWORD},
    )
    assert again.status_code == 201, again.text
    assert again.json()["id"] != s.leaver.id
    profile = await ok(client, "GET", f"/users/{s.leaver.username}", None)
    assert (profile["id"], profile["post_count"]) == (again.json()["id"], 0)


async def test_leaving_with_erase(app: Any, client: AsyncClient, forum: Forum) -> None:
    s = await scene(client, forum)
    before = await read_threads(client, s, s.friend)
    assert await queue_item(client, s.moderator, s.posts["LEAVER-FIRST"]["id"]) is not None
    counts = {
        t: (await ok(client, "GET", f"/threads/{t}", None))["post_count"] for t in s.thread_ids
    }
    category = f"/categories/{s.category['slug']}"
    category_posts = (await ok(client, "GET", category, None))["post_count"]

    response = await leave(client, s.leaver, "erase")
    assert response.status_code == 204, response.text
    await assert_gone(client, forum, s)

    erased = {key for key in s.posts if key.startswith("LEAVER-")}
    for viewer in (None, s.friend, s.moderator):
        after = await read_threads(client, s, viewer)
        # Numbers and replies' places are kept: a reply to an erased post still points at it.
        assert places(after) == places(before)
        by_id = {p["id"]: p for page in after for p in page}
        for key, written in s.posts.items():
            post = by_id[written["id"]]
            if key in erased:
                assert (post["is_deleted"], post["body"], post["body_html"]) == (True, "", "")
                assert post["author"] is None
                # An anonymous post erased looks like any deleted anonymous post.
                assert post["author_deleted"] is (not post["anonymous"])
            else:
                assert (post["is_deleted"], post["body"]) == (False, key)
    erased_per_thread = {s.own["id"]: 2, s.anonymous["id"]: 2, s.elsewhere["id"]: 1}
    for thread_id, count in counts.items():
        thread = await ok(client, "GET", f"/threads/{thread_id}", None)
        assert thread["post_count"] == count - erased_per_thread[thread_id]
    assert (await ok(client, "GET", category, None))["post_count"] == category_posts - 5
    # The report on an erased post is closed with it, as for any delete.
    assert await queue_item(client, s.moderator, s.posts["LEAVER-FIRST"]["id"]) is None
    await assert_counters_exact(app)
    text = await everything_readable(client, s, [s.friend.username])
    for key in erased:
        assert key not in text, key

    # Erased, not hidden: no stored body or earlier version of theirs is left.
    async with app.state.database.sessionmaker() as session:
        bodies = await session.scalars(
            select(Post.body).where(Post.author_id == s.leaver.id, Post.body != "")
        )
        assert list(bodies) == []
        revisions = await session.scalar(
            select(func.count())
            .select_from(PostRevision)
            .join(Post, Post.id == PostRevision.post_id)
            .where(Post.author_id == s.leaver.id)
        )
        assert revisions == 0


async def test_a_post_deleted_before_leaving_is_erased_too(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    thread = await forum.thread(member, body="Still here")
    regret = await forum.reply(member, thread["id"], body="REGRETTED-WORDS")
    await ok(client, "DELETE", f"/posts/{regret['id']}", member)
    assert (await leave(client, member, "erase")).status_code == 204
    async with app.state.database.sessionmaker() as session:
        assert await session.scalar(select(Post.body).where(Post.id == regret["id"])) == ""
    await assert_counters_exact(app)


async def test_keep_leaves_posts_and_words_alone(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    thread = await forum.thread(member, body="Words that stay")
    assert (await leave(client, member, "keep")).status_code == 204
    post = await ok(client, "GET", f"/posts/{thread['first_post']['id']}", None)
    assert (post["body"], post["is_deleted"], post["author_deleted"]) == (
        "Words that stay",
        False,
        True,
    )
    assert (await ok(client, "GET", f"/threads/{thread['id']}", None))["post_count"] == 1
    await assert_counters_exact(app)


async def test_bad_requests_change_nothing(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    wrong = await leave(client, member, "keep", password="not my password at all")
    problem(wrong, 403, "wrong-password")
    for body in (
        {"password": PASSWORD},
        {"posts": "keep"},
        {"password": PASSWORD, "posts": "burn"},
        {"password": "", "posts": "keep"},
        {"password": PASSWORD, "posts": None},
        {"password": 5, "posts": "keep"},
        {"password": "x" * 1025, "posts": "keep"},
    ):
        response = await client.request("DELETE", "/me", json=body, headers=member.headers)
        problem(response, 422, "validation-error")
    response = await client.request(
        "DELETE",
        "/me",
        content=b"{not json",
        headers={**member.headers, "content-type": "application/json"},
    )
    problem(response, 400, "malformed-json")
    problem(
        await client.request("DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}), 401
    )
    # A personal access token never ends the account, even beside the password.
    for scopes, refusal in (
        (["read"], "insufficient-scope"),
        (["read", "write"], "password-sign-in-required"),
    ):
        token = await make_pat(client, member, *scopes)
        response = await client.request(
            "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=token.headers
        )
        problem(response, 403, refusal)
    me = await ok(client, "GET", "/me", member)
    assert me["username"] == member.username


async def test_wrong_passwords_count_as_failed_sign_ins(settings: Settings) -> None:
    async with site(
        settings, ip=unique_ip(), rate_limits_enabled=True, rate_limit_login_failures="2/hour"
    ) as limited:
        member = await limited.forum.member()
        for _ in range(2):
            problem(await leave(limited.client, member, "keep", password="a guess"), 403)
        # Even the right password waits now: a guesser with a stolen token is slowed down.
        response = await leave(limited.client, member, "keep")
        problem(response, 429, "rate-limited")
        assert (await limited.client.get("/me", headers=member.headers)).status_code == 200


async def test_moderators_and_admins_are_made_members_first(
    client: AsyncClient, forum: Forum
) -> None:
    moderator, admin = await forum.moderator(), await forum.admin()
    for who in (moderator, admin):
        problem(await leave(client, who, "keep"), 409, "demote-first")
        assert (await ok(client, "GET", "/me", who))["role"] == who.role
    # Made a member, the former moderator may leave; the reports they held go back to all.
    author, reader = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    post_id = thread["first_post"]["id"]
    await flag(client, post_id, reader, "spam")
    warned = await forum.member()
    await ok(client, "POST", f"/users/{warned.username}/warnings", moderator, {"reason": "Calm"})
    await ok(client, "PUT", f"/moderation/posts/{post_id}/claim", moderator)
    await ok(client, "PUT", f"/users/{moderator.username}/role", admin, {"role": "member"})
    assert (await leave(client, moderator, "keep")).status_code == 204

    other = await forum.moderator()
    item = await queue_item(client, other, post_id)
    assert item is not None and item["claimed_by"] is None
    entries = await log_entries(client, other)
    release = next(e for e in entries if e["action"] == "queue.release")
    assert (release["actor"], release["target_id"], release["note"]) == (
        None,
        post_id,
        "the moderator who claimed it left",
    )
    # What they did as a moderator stays on record, by a deleted member.
    warn_entry = next(e for e in entries if e["action"] == "user.warn")
    assert warn_entry["actor"]["display_name"] == "Deleted member"
    (warning,) = await ok(client, "GET", f"/users/{warned.username}/warnings", other)
    assert warning["moderator"]["display_name"] == "Deleted member"
    assert warning["moderator"]["username"] == f"deleted-{moderator.id}"


async def test_a_suspended_member_may_leave(client: AsyncClient, forum: Forum) -> None:
    member, moderator = await forum.member(), await forum.moderator()
    assert (await suspend(client, moderator, member)).status_code == 200
    assert (await leave(client, member, "erase")).status_code == 204
    problem(await client.get(f"/users/{member.username}"), 404)


@pytest.mark.postgres_only
async def test_leaving_twice_at_once_acts_once(app: Any, client: AsyncClient, forum: Forum) -> None:
    member, moderator = await forum.member(), await forum.moderator()
    thread = await forum.thread(member)
    for n in range(5):
        await forum.reply(member, thread["id"], body=f"Reply {n}")
    responses = await asyncio.gather(*(leave(client, member, "erase") for _ in range(6)))
    codes = [response.status_code for response in responses]
    # Each is done or, arriving after the first committed, no longer signed in.
    assert set(codes) <= {204, 401} and 204 in codes, [r.text for r in responses]
    entries = await log_entries(client, moderator, action="user.leave")
    assert [e["target_id"] for e in entries] == [member.id]
    async with app.state.database.sessionmaker() as session:
        events = await session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.kind == "member.left")
        )
        deleted = await session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.kind == "post.deleted")
        )
    assert (events, deleted) == (1, 6)
    assert (await ok(client, "GET", f"/threads/{thread['id']}", None))["post_count"] == 0
    await assert_counters_exact(app)
