"""Flagging posts: reasons and notes, one open flag per member, who may flag what, and the
automatic hiding of a post once enough members have flagged it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient

from app.config import Settings
from tests.helpers import Forum, Member, problem
from tests.moderation.conftest import (
    FLAG_KEYS,
    Cast,
    actions_since,
    assert_user_ref,
    flag,
    flag_by_new_members,
    forum_with,
    log_entries,
    log_mark,
    queue_item,
    read_post,
    when,
)
from tests.moderation.fixtures import set_user, utc_in

REASONS = ["spam", "abusive", "off_topic", "safety", "other"]


# Creating flags


async def test_flag_shape_and_location(client: AsyncClient, cast: Cast) -> None:
    before = datetime.now(UTC)
    response = await client.post(
        f"/posts/{cast.post_id}/flags",
        json={"reason": "abusive", "note": "Name-calling in the second paragraph."},
        headers=cast.member.headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert set(body) == FLAG_KEYS
    assert body["post_id"] == cast.post_id
    assert body["reason"] == "abusive"
    assert body["note"] == "Name-calling in the second paragraph."
    assert body["status"] == "open"
    assert before - timedelta(seconds=5) <= when(body["created_at"]) <= datetime.now(UTC)
    assert_user_ref(body["flagger"], cast.member)
    assert response.headers["location"] == f"/api/v1/posts/{cast.post_id}/flags/{body['id']}"


@pytest.mark.parametrize("reason", REASONS)
async def test_every_reason_is_accepted(client: AsyncClient, cast: Cast, reason: str) -> None:
    note = "It is an advert for a pyramid scheme." if reason == "other" else None
    body = await flag(client, cast.post_id, cast.member, reason, note)
    assert (body["reason"], body["note"], body["status"]) == (reason, note, "open")
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert [f["reason"] for f in item["flags"]] == [reason]


async def test_flag_validation(client: AsyncClient, cast: Cast) -> None:
    url = f"/posts/{cast.post_id}/flags"
    headers = cast.member.headers
    for payload in (
        {},
        {"reason": "rude"},
        {"reason": None},
        {"reason": "SPAM"},
        {"reason": "other"},  # a note is required for `other`
        {"reason": "other", "note": None},
        {"reason": "other", "note": ""},
        {"reason": "other", "note": "   "},
        {"reason": "spam", "note": "x" * 501},
        {"reason": "spam", "note": 5},
        {"reason": "spam", "note": "nul \x00 byte"},
    ):
        body = problem(await client.post(url, json=payload, headers=headers), 422)
        assert body["type"] == "/problems/validation-error", payload
        assert body["errors"], payload
    problem(
        await client.post(
            url,
            content=b'{"reason": ',
            headers={**headers, "Content-Type": "application/json"},
        ),
        400,
        "malformed-json",
    )
    # Nothing was flagged by any of those.
    assert await queue_item(client, cast.moderator, cast.post_id) is None

    # The longest note is fine, and a note is optional for the other reasons.
    longest = await flag(client, cast.post_id, cast.member, "spam", "x" * 500)
    assert longest["note"] == "x" * 500
    plain = await flag(client, cast.post_id, cast.moderator, "off_topic")
    assert plain["note"] is None


async def test_one_open_flag_per_member_per_post(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    first = await flag(client, cast.post_id, cast.member, "spam")
    for reason in ("spam", "abusive", "safety"):
        problem(
            await client.post(
                f"/posts/{cast.post_id}/flags",
                json={"reason": reason},
                headers=cast.member.headers,
            ),
            409,
            "already-flagged",
        )
    # Another member may still flag it, and the same member may flag another post.
    await flag(client, cast.post_id, await forum.member(), "abusive")
    reply = await forum.reply(cast.author, cast.thread["id"])
    await flag(client, reply["id"], cast.member, "spam")

    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert item["flag_count"] == 2
    assert [f["flagger"]["id"] for f in item["flags"]].count(cast.member.id) == 1
    assert item["flags"][0]["id"] == first["id"]

    # Once a moderator closed the flags, the member may report the post again.
    resolved = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "dismiss"},
        headers=cast.moderator.headers,
    )
    assert resolved.status_code == 200, resolved.text
    again = await flag(client, cast.post_id, cast.member, "abusive")
    assert again["id"] != first["id"] and again["status"] == "open"
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert item["flag_count"] == 1
    assert [f["id"] for f in item["flags"]] == [again["id"]]


async def test_cannot_flag_own_post(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    problem(
        await client.post(
            f"/posts/{cast.post_id}/flags", json={"reason": "spam"}, headers=cast.author.headers
        ),
        403,
        "forbidden",
    )
    # Not an anonymous post of your own either, nor as a moderator.
    anonymous = await forum.thread(cast.author, cast.category, anonymous=True)
    problem(
        await client.post(
            f"/posts/{anonymous['first_post']['id']}/flags",
            json={"reason": "spam"},
            headers=cast.author.headers,
        ),
        403,
        "forbidden",
    )
    own = await forum.reply(cast.moderator, cast.thread["id"])
    problem(
        await client.post(
            f"/posts/{own['id']}/flags", json={"reason": "spam"}, headers=cast.moderator.headers
        ),
        403,
        "forbidden",
    )
    assert await queue_item(client, cast.moderator, cast.post_id) is None
    # Someone else's anonymous post can be flagged.
    await flag(client, anonymous["first_post"]["id"], cast.member, "off_topic")


async def test_flag_missing_deleted_or_gone_posts(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    headers = cast.member.headers
    problem(
        await client.post("/posts/999999/flags", json={"reason": "spam"}, headers=headers),
        404,
        "not-found",
    )
    problem(await client.post("/posts/0/flags", json={"reason": "spam"}, headers=headers), 422)

    # A post its author deleted: 409.
    reply = await forum.reply(cast.author, cast.thread["id"], body="I regret this.")
    deleted = await client.delete(f"/posts/{reply['id']}", headers=cast.author.headers)
    assert deleted.status_code == 204
    problem(
        await client.post(f"/posts/{reply['id']}/flags", json={"reason": "spam"}, headers=headers),
        409,
        "post-deleted",
    )

    # A post in a deleted thread is gone: 404.
    doomed = await forum.thread(cast.author, cast.category)
    gone = await client.delete(f"/threads/{doomed['id']}", headers=cast.moderator.headers)
    assert gone.status_code == 204
    problem(
        await client.post(
            f"/posts/{doomed['first_post']['id']}/flags", json={"reason": "spam"}, headers=headers
        ),
        404,
        "not-found",
    )
    assert await queue_item(client, cast.moderator, reply["id"]) is None


async def test_flag_permissions(client: AsyncClient, cast: Cast) -> None:
    """Anonymous 401; members, moderators and admins may flag; the author may not."""
    url = f"/posts/{cast.post_id}/flags"
    response = await client.post(url, json={"reason": "spam"})
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    problem(await client.post(url, json={"reason": "spam"}, headers=cast.author.headers), 403)
    for who in (cast.member, cast.moderator, cast.admin):
        assert_user_ref((await flag(client, cast.post_id, who, "spam"))["flagger"], who)


async def test_suspended_member_cannot_flag(client: AsyncClient, cast: Cast) -> None:
    until = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    suspended = await client.put(
        f"/users/{cast.member.username}/suspension",
        json={"until": until, "reason": "Cooling off"},
        headers=cast.moderator.headers,
    )
    assert suspended.status_code == 200, suspended.text
    problem(
        await client.post(
            f"/posts/{cast.post_id}/flags", json={"reason": "spam"}, headers=cast.member.headers
        ),
        403,
        "suspended",
    )
    assert await queue_item(client, cast.moderator, cast.post_id) is None


async def test_flag_is_idempotent_with_a_key(client: AsyncClient, cast: Cast) -> None:
    url = f"/posts/{cast.post_id}/flags"
    headers = {**cast.member.headers, "Idempotency-Key": "flag-once"}
    first = await client.post(url, json={"reason": "spam"}, headers=headers)
    assert first.status_code == 201, first.text
    retry = await client.post(url, json={"reason": "spam"}, headers=headers)
    assert retry.status_code == 201, retry.text
    assert retry.json() == first.json()
    assert retry.headers["location"] == first.headers["location"]
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["flag_count"] == 1
    # The same key with another body is refused.
    problem(await client.post(url, json={"reason": "abusive"}, headers=headers), 422)


# Automatic hiding


async def test_auto_hide_at_threshold(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    post_id = cast.post_id
    mark = await log_mark(client, cast.moderator)
    flaggers = [cast.member, await forum.member(), await forum.member()]
    for flagger, reason in zip(flaggers[:2], ["spam", "abusive"], strict=True):
        await flag(client, post_id, flagger, reason)
        post = await read_post(client, post_id, cast.member)
        assert post["is_hidden"] is False
        assert post["body"] == "The original words of the author."
    assert await actions_since(client, cast.moderator, mark) == []

    # The third distinct member hides it, in the same request.
    await flag(client, post_id, flaggers[2], "spam")
    reason = "auto: 3 flags: spam×2, abusive×1"

    # The author sees that and why.
    own = await read_post(client, post_id, cast.author)
    assert own["is_hidden"] is True
    assert own["hidden_reason"] == reason
    assert own["body"] == "The original words of the author."
    assert own["body_html"] == "<p>The original words of the author.</p>"

    # Other members and readers who are not signed in see neither body nor reason.
    for viewer in (cast.member, flaggers[1], None):
        seen = await read_post(client, post_id, viewer)
        assert seen["is_hidden"] is True
        assert (seen["body"], seen["body_html"], seen["hidden_reason"]) == ("", "", None)
        assert seen["is_deleted"] is False
    page = await client.get(f"/threads/{cast.thread['id']}/posts", headers=cast.member.headers)
    first = page.json()["items"][0]
    assert first["id"] == post_id
    assert (first["is_hidden"], first["body"], first["hidden_reason"]) == (True, "", None)

    # Moderators and admins see everything.
    for viewer in (cast.moderator, cast.admin):
        seen = await read_post(client, post_id, viewer)
        assert seen["is_hidden"] is True
        assert seen["body"] == "The original words of the author."
        assert seen["hidden_reason"] == reason

    # Exactly one automatic entry, with no actor.
    entries = await log_entries(client, cast.moderator, after=mark)
    assert [e["action"] for e in entries] == ["post.auto_hide"]
    assert entries[0]["actor"] is None
    assert (entries[0]["target_type"], entries[0]["target_id"]) == ("post", post_id)
    assert entries[0]["note"] == reason

    # More flags neither hide it again nor change why it was hidden.
    await flag_by_new_members(client, forum, post_id, ["safety", "off_topic"])
    assert (await read_post(client, post_id, cast.author))["hidden_reason"] == reason
    assert await actions_since(client, cast.moderator, mark) == ["post.auto_hide"]
    item = await queue_item(client, cast.moderator, post_id)
    assert item is not None and item["flag_count"] == 5


async def test_auto_hide_reason_counts_each_reason(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    await flag_by_new_members(client, forum, cast.post_id, ["off_topic", "other", "off_topic"])
    post = await read_post(client, cast.post_id, cast.author)
    assert post["is_hidden"] is True
    assert post["hidden_reason"] == "auto: 3 flags: off_topic×2, other×1"


async def test_auto_hide_needs_distinct_open_flags(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """Flags closed by a moderator no longer count towards the threshold."""
    await flag_by_new_members(client, forum, cast.post_id, ["spam", "spam"])
    dismissed = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "dismiss"},
        headers=cast.moderator.headers,
    )
    assert dismissed.status_code == 200, dismissed.text
    mark = await log_mark(client, cast.moderator)
    await flag_by_new_members(client, forum, cast.post_id, ["abusive", "abusive"])
    assert (await read_post(client, cast.post_id, cast.member))["is_hidden"] is False
    assert await actions_since(client, cast.moderator, mark) == []
    await flag_by_new_members(client, forum, cast.post_id, ["spam"])
    post = await read_post(client, cast.post_id, cast.author)
    assert post["hidden_reason"] == "auto: 3 flags: abusive×2, spam×1"
    assert await actions_since(client, cast.moderator, mark) == ["post.auto_hide"]


async def test_no_auto_hide_of_a_post_a_moderator_hid(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    hidden = await client.post(
        f"/posts/{cast.post_id}/hide",
        json={"reason": "Shares a phone number"},
        headers=cast.moderator.headers,
    )
    assert hidden.status_code == 200, hidden.text
    mark = await log_mark(client, cast.moderator)
    await flag_by_new_members(client, forum, cast.post_id, ["spam", "spam", "abusive"])
    assert await actions_since(client, cast.moderator, mark) == []
    post = await read_post(client, cast.post_id, cast.author)
    assert (post["is_hidden"], post["hidden_reason"]) == (True, "Shares a phone number")


async def test_threshold_comes_from_settings(settings: Settings) -> None:
    async with forum_with(settings, flag_hide_threshold=1) as forum:
        client = forum.client
        author, flagger = await forum.member(), await forum.member()
        post_id = (await forum.thread(author))["first_post"]["id"]
        moderator = await forum.moderator()
        await flag(client, post_id, flagger, "safety")
        post = await read_post(client, post_id, author)
        assert (post["is_hidden"], post["hidden_reason"]) == (True, "auto: 1 flags: safety×1")
        entries = await log_entries(client, moderator, action="post.auto_hide")
        assert [(e["target_id"], e["actor"]) for e in entries] == [(post_id, None)]


async def test_higher_threshold_from_settings(settings: Settings) -> None:
    async with forum_with(settings, flag_hide_threshold=4) as forum:
        client = forum.client
        author = await forum.member()
        post_id = (await forum.thread(author))["first_post"]["id"]
        await flag_by_new_members(client, forum, post_id, ["spam", "spam", "spam"])
        assert (await read_post(client, post_id, author))["is_hidden"] is False
        await flag_by_new_members(client, forum, post_id, ["abusive"])
        post = await read_post(client, post_id, author)
        assert (post["is_hidden"], post["hidden_reason"]) == (
            True,
            "auto: 4 flags: spam×3, abusive×1",
        )


async def test_new_members_spam_is_hidden_sooner(settings: Settings) -> None:
    """A member in their first hours is hidden after fewer spam flags."""
    async with forum_with(settings, new_member_hours=24, new_member_spam_flags_to_hide=2) as forum:
        client = forum.client
        newcomer = await forum.member()
        post_id = (await forum.thread(newcomer))["first_post"]["id"]
        await flag_by_new_members(client, forum, post_id, ["abusive", "spam"])
        assert (await read_post(client, post_id, newcomer))["is_hidden"] is False
        await flag_by_new_members(client, forum, post_id, ["spam"])
        post = await read_post(client, post_id, newcomer)
        assert post["is_hidden"] is True
        assert post["hidden_reason"] == "auto: 3 flags: spam×2, abusive×1"

        # Below the normal threshold, two spam flags on a newcomer's post are enough.
        other = await forum.member()
        second = (await forum.thread(other, title="Cheap nappies here"))["first_post"]["id"]
        await flag_by_new_members(client, forum, second, ["spam", "spam"])
        post = await read_post(client, second, other)
        assert (post["is_hidden"], post["hidden_reason"]) == (
            True,
            "auto: 2 flags: spam×2 (new member)",
        )


async def test_a_report_is_read_by_its_reporter_and_moderators_only(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    created = await client.post(
        f"/posts/{cast.post_id}/flags",
        json={"reason": "abusive", "note": "Name-calling."},
        headers=cast.member.headers,
    )
    assert created.status_code == 201, created.text
    location = created.headers["location"].removeprefix("/api/v1")
    for reader in (cast.member, cast.moderator, cast.admin):
        response = await client.get(location, headers=reader.headers)
        assert response.status_code == 200, response.text
        assert response.json() == created.json()
    # The reported author and bystanders cannot tell a report exists, let alone by whom.
    bystander = await forum.member()
    for outsider in (cast.author, bystander):
        problem(await client.get(location, headers=outsider.headers), 404, "not-found")
    problem(await client.get(location), 401)
    other_post = (await forum.reply(cast.author, cast.thread["id"]))["id"]
    flag_id = created.json()["id"]
    wrong = f"/posts/{other_post}/flags/{flag_id}"
    problem(await client.get(wrong, headers=cast.moderator.headers), 404, "not-found")

    # The reporter follows the outcome.
    response = await client.post(
        f"/moderation/posts/{cast.post_id}/resolve",
        json={"action": "dismiss"},
        headers=cast.moderator.headers,
    )
    assert response.status_code == 200, response.text
    response = await client.get(location, headers=cast.member.headers)
    assert response.json()["status"] == "dismissed"


async def test_anonymous_posts_are_hidden_as_soon_as_a_new_members(settings: Settings) -> None:
    """The sooner rule for new members applies to every anonymous post, whoever wrote it:
    were tenure to decide, how fast reports hid a post would tell that its author is new."""
    async with forum_with(settings, new_member_hours=24, new_member_spam_flags_to_hide=2) as forum:
        client = forum.client
        veteran, newcomer = await forum.member(), await forum.member()
        await set_user(forum.app, veteran.id, created_at=utc_in(days=-30))
        category, moderator = await forum.category(), await forum.moderator()

        async def first_post(author: Member, anonymous: bool, title: str) -> int:
            thread = await forum.thread(author, category, anonymous=anonymous, title=title)
            return int(thread["first_post"]["id"])

        named_old = await first_post(veteran, False, "Named, long here")
        named_new = await first_post(newcomer, False, "Named, just joined")
        anonymous_old = await first_post(veteran, True, "Anonymous, long here")
        anonymous_new = await first_post(newcomer, True, "Anonymous, just joined")

        async def hidden(post_id: int) -> tuple[bool, str | None]:
            post = await read_post(client, post_id, moderator)
            return post["is_hidden"], post["hidden_reason"]

        for post_id in (named_old, named_new, anonymous_old, anonymous_new):
            await flag_by_new_members(client, forum, post_id, ["spam"])
            assert await hidden(post_id) == (False, None)
        for post_id in (named_old, named_new, anonymous_old, anonymous_new):
            await flag_by_new_members(client, forum, post_id, ["spam"])
        # Under their names tenure counts: the veteran's post waits for the full threshold.
        assert await hidden(named_old) == (False, None)
        assert await hidden(named_new) == (True, "auto: 2 flags: spam×2 (new member)")
        # Anonymously both are hidden at the same flag, for the same stated reason.
        anonymous_reason = "auto: 2 flags: spam×2 (anonymous post)"
        assert await hidden(anonymous_old) == (True, anonymous_reason)
        assert await hidden(anonymous_new) == (True, anonymous_reason)
        await flag_by_new_members(client, forum, named_old, ["spam"])
        assert await hidden(named_old) == (True, "auto: 3 flags: spam×3")
