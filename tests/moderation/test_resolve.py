"""Resolving a queue item (dismiss, hide, delete), and hiding or un-hiding a post by hand."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient, Response

from tests.helpers import Forum, Member, problem
from tests.moderation.conftest import (
    Cast,
    actions_since,
    assert_user_ref,
    flag,
    flag_by_new_members,
    log_entries,
    log_mark,
    queue_item,
    read_post,
)

BODY = "The original words of the author."


async def resolve(
    client: AsyncClient, post_id: int, who: Member, action: str, note: str | None = None
) -> Response:
    payload: dict[str, Any] = {"action": action}
    if note is not None:
        payload["note"] = note
    return await client.post(
        f"/moderation/posts/{post_id}/resolve", json=payload, headers=who.headers
    )


async def resolved(
    client: AsyncClient, post_id: int, who: Member, action: str, note: str | None = None
) -> dict[str, Any]:
    response = await resolve(client, post_id, who, action, note)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def auto_hidden(client: AsyncClient, forum: Forum, post_id: int) -> list[dict[str, Any]]:
    flags = await flag_by_new_members(client, forum, post_id, ["spam", "abusive", "spam"])
    assert (await read_post(client, post_id))["is_hidden"] is True
    return flags


# Who may resolve, hide and un-hide


async def test_resolve_permissions(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    await flag(client, cast.post_id, cast.member)
    url = f"/moderation/posts/{cast.post_id}/resolve"
    response = await client.post(url, json={"action": "dismiss"})
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    for who in (cast.member, cast.author):
        problem(
            await client.post(url, json={"action": "dismiss"}, headers=who.headers),
            403,
            "forbidden",
        )
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["flag_count"] == 1

    post = await resolved(client, cast.post_id, cast.moderator, "dismiss")
    assert post["id"] == cast.post_id
    reply = await forum.reply(cast.author, cast.thread["id"])
    await flag(client, reply["id"], cast.member)
    post = await resolved(client, reply["id"], cast.admin, "dismiss")
    assert post["id"] == reply["id"]
    assert await queue_item(client, cast.admin, reply["id"]) is None


async def test_hide_and_unhide_permissions(client: AsyncClient, cast: Cast) -> None:
    hide, unhide = f"/posts/{cast.post_id}/hide", f"/posts/{cast.post_id}/unhide"
    for url, payload in ((hide, {"reason": "Off topic"}), (unhide, None)):
        response = await client.post(url, json=payload)
        problem(response, 401, "not-authenticated")
        assert response.headers["www-authenticate"] == "Bearer"
        for who in (cast.member, cast.author):
            problem(await client.post(url, json=payload, headers=who.headers), 403, "forbidden")
    assert (await read_post(client, cast.post_id))["is_hidden"] is False

    for who in (cast.moderator, cast.admin):
        response = await client.post(hide, json={"reason": "Off topic"}, headers=who.headers)
        assert response.status_code == 200, response.text
        assert response.json()["is_hidden"] is True
        response = await client.post(unhide, headers=who.headers)
        assert response.status_code == 200, response.text
        assert response.json()["is_hidden"] is False


async def test_moderation_needs_the_moderate_scope_and_nothing_else(
    client: AsyncClient, cast: Cast
) -> None:
    """A bot's personal access token with `moderate` alone reviews the queue; one without
    it gets 403 `insufficient-scope` naming `moderate`, and nothing changes."""

    async def token(scopes: list[str]) -> dict[str, str]:
        response = await client.post(
            "/me/tokens", json={"name": "bot", "scopes": scopes}, headers=cast.moderator.headers
        )
        assert response.status_code == 201, response.text
        return {"Authorization": f"Bearer {response.json()['token']}"}

    await flag(client, cast.post_id, cast.member)
    writes = [
        ("PUT", f"/moderation/posts/{cast.post_id}/claim", None),
        ("DELETE", f"/moderation/posts/{cast.post_id}/claim", None),
        ("POST", f"/posts/{cast.post_id}/hide", {"reason": "Spam"}),
        ("POST", f"/posts/{cast.post_id}/unhide", None),
        ("POST", f"/moderation/posts/{cast.post_id}/resolve", {"action": "delete"}),
    ]
    reads = ["/moderation/queue", "/moderation/queue/count", "/moderation/log"]
    member_scopes = await token(["read", "write"])
    for method, url, payload in [*writes, *(("GET", url, None) for url in reads)]:
        response = await client.request(method, url, json=payload, headers=member_scopes)
        problem(response, 403, "insufficient-scope")
        assert 'scope="moderate"' in response.headers["www-authenticate"], url
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["claimed_by"] is None
    post = await read_post(client, cast.post_id, cast.member)
    assert (post["is_hidden"], post["is_deleted"]) == (False, False)

    bot = await token(["moderate"])
    for url in reads:
        assert (await client.get(url, headers=bot)).status_code == 200, url
    for method, url, payload in writes:
        response = await client.request(method, url, json=payload, headers=bot)
        assert response.status_code in (200, 204), (url, response.text)
    assert (await read_post(client, cast.post_id, cast.member))["is_deleted"] is True


# Dismiss


async def test_dismiss_unhides_an_auto_hidden_post(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    flags = await auto_hidden(client, forum, cast.post_id)
    mark = await log_mark(client, cast.moderator)

    post = await resolved(client, cast.post_id, cast.moderator, "dismiss", "Fair criticism")
    assert post["id"] == cast.post_id
    assert (post["is_hidden"], post["hidden_reason"], post["body"]) == (False, None, BODY)
    seen = await read_post(client, cast.post_id, cast.member)
    assert (seen["is_hidden"], seen["body"]) == (False, BODY)
    assert await queue_item(client, cast.moderator, cast.post_id) is None

    entries = await log_entries(client, cast.moderator, after=mark)
    assert [e["action"] for e in entries] == ["post.resolve"] + ["flag.dismissed"] * 3
    assert_user_ref(entries[0]["actor"], cast.moderator)
    assert (entries[0]["target_type"], entries[0]["target_id"]) == ("post", cast.post_id)
    assert entries[0]["note"] == "dismiss: Fair criticism"
    assert all(e["actor"] is None and e["target_type"] == "flag" for e in entries[1:])
    assert sorted(e["target_id"] for e in entries[1:]) == sorted(f["id"] for f in flags)


async def test_dismiss_keeps_a_post_a_moderator_hid(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    hidden = await client.post(
        f"/posts/{cast.post_id}/hide",
        json={"reason": "Names a child"},
        headers=cast.moderator.headers,
    )
    assert hidden.status_code == 200, hidden.text
    await flag_by_new_members(client, forum, cast.post_id, ["spam", "spam", "spam"])
    post = await resolved(client, cast.post_id, cast.admin, "dismiss")
    assert (post["is_hidden"], post["hidden_reason"]) == (True, "Names a child")
    seen = await read_post(client, cast.post_id, cast.member)
    assert (seen["is_hidden"], seen["body"]) == (True, "")

    # Likewise when a moderator re-hid an auto-hidden post by hand before the review.
    reply = await forum.reply(cast.author, cast.thread["id"], body="Another post.")
    await auto_hidden(client, forum, reply["id"])
    rehidden = await client.post(
        f"/posts/{reply['id']}/hide", json={"reason": "Doxxing"}, headers=cast.moderator.headers
    )
    assert rehidden.status_code == 200, rehidden.text
    post = await resolved(client, reply["id"], cast.moderator, "dismiss")
    assert (post["is_hidden"], post["hidden_reason"]) == (True, "Doxxing")


async def test_dismiss_of_a_visible_post(client: AsyncClient, cast: Cast) -> None:
    flagged = await flag(client, cast.post_id, cast.member, "off_topic")
    mark = await log_mark(client, cast.moderator)
    post = await resolved(client, cast.post_id, cast.moderator, "dismiss")
    assert (post["is_hidden"], post["is_deleted"], post["body"]) == (False, False, BODY)
    entries = await log_entries(client, cast.moderator, after=mark)
    assert [(e["action"], e["target_id"]) for e in entries] == [
        ("post.resolve", cast.post_id),
        ("flag.dismissed", flagged["id"]),
    ]
    assert entries[0]["note"] == "dismiss"


# Hide


async def test_resolve_hide_upholds_flags(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    flags = await flag_by_new_members(client, forum, cast.post_id, ["abusive", "safety"])
    mark = await log_mark(client, cast.moderator)
    post = await resolved(client, cast.post_id, cast.moderator, "hide", "Personal attack")
    assert post["is_hidden"] is True
    assert post["hidden_reason"] == "Personal attack"
    assert post["body"] == BODY  # the moderator still sees it
    author_view = await read_post(client, cast.post_id, cast.author)
    assert (author_view["hidden_reason"], author_view["body"]) == ("Personal attack", BODY)
    member_view = await read_post(client, cast.post_id, cast.member)
    assert (member_view["is_hidden"], member_view["body"], member_view["hidden_reason"]) == (
        True,
        "",
        None,
    )
    assert await queue_item(client, cast.moderator, cast.post_id) is None

    entries = await log_entries(client, cast.moderator, after=mark)
    assert [e["action"] for e in entries] == ["post.resolve", "flag.upheld", "flag.upheld"]
    assert entries[0]["note"] == "hide: Personal attack"
    assert_user_ref(entries[0]["actor"], cast.moderator)
    assert sorted(e["target_id"] for e in entries[1:]) == sorted(f["id"] for f in flags)
    assert all(e["actor"] is None for e in entries[1:])


async def test_resolve_hide_of_an_auto_hidden_post(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    await auto_hidden(client, forum, cast.post_id)
    post = await resolved(client, cast.post_id, cast.moderator, "hide")
    assert post["is_hidden"] is True
    assert post["hidden_reason"]  # a reason is always given
    assert not post["hidden_reason"].startswith("auto:")
    # Upheld, it is a moderator's decision now: un-hiding takes a moderator.
    await flag(client, cast.post_id, cast.member, "spam")
    post = await resolved(client, cast.post_id, cast.moderator, "dismiss")
    assert post["is_hidden"] is True


# Delete


async def test_resolve_delete(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    reply = await forum.reply(cast.author, cast.thread["id"], body="Buy my supplements.")
    flags = await flag_by_new_members(client, forum, reply["id"], ["spam", "spam"])

    async def counts() -> tuple[int, int, int]:
        thread = (await client.get(f"/threads/{cast.thread['id']}")).json()
        category = (await client.get(f"/categories/{cast.category['slug']}")).json()
        author = (await client.get(f"/users/{cast.author.username}")).json()
        return thread["post_count"], category["post_count"], author["post_count"]

    assert await counts() == (2, 2, 2)
    mark = await log_mark(client, cast.moderator)
    post = await resolved(client, reply["id"], cast.moderator, "delete", "Advertising")
    assert post["is_deleted"] is True
    assert (post["body"], post["body_html"]) == ("", "")
    assert await counts() == (1, 1, 1)
    for viewer in (cast.author, cast.member, None):
        seen = await read_post(client, reply["id"], viewer)
        assert (seen["is_deleted"], seen["body"]) == (True, "")
    assert await queue_item(client, cast.moderator, reply["id"]) is None

    entries = await log_entries(client, cast.moderator, after=mark)
    assert [e["action"] for e in entries] == [
        "post.delete",
        "post.resolve",
        "flag.upheld",
        "flag.upheld",
    ]
    assert entries[1]["note"] == "delete: Advertising"
    assert [e["target_id"] for e in entries[:2]] == [reply["id"], reply["id"]]
    assert sorted(e["target_id"] for e in entries[2:]) == sorted(f["id"] for f in flags)


# Refusals


async def test_nothing_to_resolve(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    mark = await log_mark(client, cast.moderator)
    for action in ("dismiss", "hide", "delete"):
        problem(
            await resolve(client, cast.post_id, cast.moderator, action), 409, "nothing-to-resolve"
        )
    problem(await resolve(client, 999999, cast.moderator, "dismiss"), 404, "not-found")
    # Resolving twice: the second finds nothing open.
    await flag(client, cast.post_id, cast.member)
    await resolved(client, cast.post_id, cast.moderator, "hide", "Rude")
    problem(await resolve(client, cast.post_id, cast.admin, "dismiss"), 409, "nothing-to-resolve")
    post = await read_post(client, cast.post_id, cast.author)
    assert (post["is_hidden"], post["hidden_reason"]) == (True, "Rude")
    assert await actions_since(client, cast.moderator, mark) == ["post.resolve", "flag.upheld"]


async def test_resolve_validation(client: AsyncClient, cast: Cast) -> None:
    await flag(client, cast.post_id, cast.member)
    url = f"/moderation/posts/{cast.post_id}/resolve"
    for payload in (
        {},
        {"action": "ban"},
        {"action": "Dismiss"},
        {"action": None},
        {"action": "hide", "note": "x" * 501},
        {"action": "hide", "note": ""},
    ):
        problem(await client.post(url, json=payload, headers=cast.moderator.headers), 422)
    problem(
        await client.post(
            "/moderation/posts/0/resolve",
            json={"action": "dismiss"},
            headers=cast.moderator.headers,
        ),
        422,
    )
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["flag_count"] == 1


async def test_resolve_respects_claims(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    flags = await auto_hidden(client, forum, cast.post_id)
    other = await forum.moderator()
    claim = f"/moderation/posts/{cast.post_id}/claim"
    assert (await client.put(claim, headers=other.headers)).status_code == 204
    mark = await log_mark(client, cast.moderator)

    for who in (cast.moderator, cast.admin):
        for action in ("dismiss", "hide", "delete"):
            problem(await resolve(client, cast.post_id, who, action), 409, "claimed")
    assert await actions_since(client, cast.moderator, mark) == []
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert item["flag_count"] == 3
    assert [f["id"] for f in item["flags"]] == [f["id"] for f in flags]
    assert_user_ref(item["claimed_by"], other)
    assert (await read_post(client, cast.post_id, cast.moderator))["is_deleted"] is False

    # The holder resolves it; the claim goes with the item.
    post = await resolved(client, cast.post_id, other, "dismiss")
    assert post["is_hidden"] is False
    assert await queue_item(client, cast.moderator, cast.post_id) is None
    await flag(client, cast.post_id, cast.member)
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["claimed_by"] is None


async def test_flag_statuses_after_resolving(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    """Closed flags leave the queue; a new flag opens a fresh item with only itself."""
    await flag_by_new_members(client, forum, cast.post_id, ["spam"])
    await resolved(client, cast.post_id, cast.moderator, "dismiss")
    fresh = await flag(client, cast.post_id, cast.member, "safety")
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert item["flag_count"] == 1
    assert [f["id"] for f in item["flags"]] == [fresh["id"]]
    assert item["first_flagged_at"] == fresh["created_at"]


# Hiding by hand


async def test_hide_and_unhide(client: AsyncClient, cast: Cast) -> None:
    mark = await log_mark(client, cast.moderator)
    response = await client.post(
        f"/posts/{cast.post_id}/hide",
        json={"reason": "Shares a home address"},
        headers=cast.moderator.headers,
    )
    assert response.status_code == 200, response.text
    post = response.json()
    assert post["id"] == cast.post_id
    assert (post["is_hidden"], post["hidden_reason"], post["body"]) == (
        True,
        "Shares a home address",
        BODY,
    )
    own = await read_post(client, cast.post_id, cast.author)
    assert (own["is_hidden"], own["hidden_reason"], own["body"]) == (
        True,
        "Shares a home address",
        BODY,
    )
    for viewer in (cast.member, None):
        seen = await read_post(client, cast.post_id, viewer)
        assert (seen["is_hidden"], seen["hidden_reason"], seen["body"], seen["body_html"]) == (
            True,
            None,
            "",
            "",
        )
    # Hiding a post does not put it in the queue.
    assert await queue_item(client, cast.moderator, cast.post_id) is None

    response = await client.post(f"/posts/{cast.post_id}/unhide", headers=cast.admin.headers)
    assert response.status_code == 200, response.text
    assert (response.json()["is_hidden"], response.json()["hidden_reason"]) == (False, None)
    assert (await read_post(client, cast.post_id, cast.member))["body"] == BODY
    # Un-hiding a visible post changes nothing and logs nothing.
    again = await client.post(f"/posts/{cast.post_id}/unhide", headers=cast.admin.headers)
    assert again.status_code == 200, again.text
    assert again.json()["is_hidden"] is False

    entries = await log_entries(client, cast.moderator, after=mark)
    assert [(e["action"], e["actor"]["id"], e["target_id"], e["note"]) for e in entries] == [
        ("post.unhide", cast.admin.id, cast.post_id, None),
        ("post.hide", cast.moderator.id, cast.post_id, "Shares a home address"),
    ]


async def test_unhide_an_auto_hidden_post(client: AsyncClient, forum: Forum, cast: Cast) -> None:
    await auto_hidden(client, forum, cast.post_id)
    response = await client.post(f"/posts/{cast.post_id}/unhide", headers=cast.moderator.headers)
    assert response.status_code == 200, response.text
    assert (response.json()["is_hidden"], response.json()["hidden_reason"]) == (False, None)
    # The flags stay open for review.
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["flag_count"] == 3


async def test_hide_validation_and_missing_posts(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    headers = cast.moderator.headers
    for payload in ({}, {"reason": ""}, {"reason": "   "}, {"reason": "x" * 501}):
        problem(
            await client.post(f"/posts/{cast.post_id}/hide", json=payload, headers=headers), 422
        )
    problem(
        await client.post("/posts/999999/hide", json={"reason": "Spam"}, headers=headers),
        404,
        "not-found",
    )
    problem(await client.post("/posts/999999/unhide", headers=headers), 404, "not-found")
    doomed = await forum.thread(cast.author, cast.category)
    assert (await client.delete(f"/threads/{doomed['id']}", headers=headers)).status_code == 204
    problem(
        await client.post(
            f"/posts/{doomed['first_post']['id']}/hide", json={"reason": "Spam"}, headers=headers
        ),
        404,
        "not-found",
    )
    assert (await read_post(client, cast.post_id))["is_hidden"] is False
