"""Notifications made by the worker from committed events: each kind exactly once, the most
specific kind winning, never to the wrong member, anonymity kept; through the public API and
the real dispatch path (tests/notifications/fixtures.py)."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from app.notifications.fanout import PRECEDENCE, REPORT_OUTCOMES
from app.notifications.models import NotificationKind
from tests.helpers import PASSWORD, Forum, Member
from tests.notifications.fixtures import (
    announced,
    block,
    last_event_id,
    listed,
    mention,
    quote,
    redispatch,
    rows,
    run_worker,
    set_body_html,
    subscribe,
    unread,
)


def kinds_by_user(found: list[Any]) -> dict[int, str]:
    by_user: dict[int, str] = {}
    for row in found:
        assert row.user_id not in by_user, "two notifications to one member about one post"
        by_user[row.user_id] = row.kind
    return by_user


async def members(forum: Forum, count: int) -> list[Member]:
    return [await forum.member() for _ in range(count)]


def test_the_most_specific_kind_wins() -> None:
    expected = (
        NotificationKind.mention,
        NotificationKind.quote,
        NotificationKind.reply,
        NotificationKind.watching,
    )
    assert expected == PRECEDENCE


async def test_each_kind_once_to_the_right_member(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, replier, quoted, mentioned, watcher, bystander = await members(forum, 6)
    thread = await forum.thread(author, title="Sleep regression at four months")
    first = thread["first_post"]["id"]
    quoted_post = await forum.reply(quoted, thread["id"], body="Ours lasted two weeks.")
    await run_worker(app)
    for member, level in (
        (author, "watching"),  # reply beats watching
        (quoted, "normal"),
        (mentioned, "watching"),  # mention beats watching
        (watcher, "watching"),
        (bystander, "normal"),
        (replier, "watching"),  # the writer is never told of their own post
    ):
        await subscribe(app, member, thread["id"], level)
    post = await forum.reply(replier, thread["id"], reply_to=first, body="Same here.")
    await set_body_html(
        app,
        post["id"],
        f"<p>{mention(mentioned.username)} {mention(replier.username)}</p>"
        f"{quote(quoted_post['id'])}",
    )
    await run_worker(app)

    found = await rows(app, post_id=post["id"])
    assert kinds_by_user(found) == {
        author.id: "reply",
        quoted.id: "quote",
        mentioned.id: "mention",
        watcher.id: "watching",
    }
    assert {row.actor_id for row in found} == {replier.id}
    assert {row.anonymous_label for row in found} == {None}
    assert len({row.source_event_id for row in found}) == 1
    # One announcement of the fan-out, listing exactly what was inserted.
    last = (await announced(app))[-1]
    assert sorted(zip(last["user_ids"], last["notification_ids"], strict=True)) == sorted(
        (row.user_id, row.id) for row in found
    )

    (item,) = await listed(client, mentioned)
    assert item == {
        "id": item["id"],
        "kind": "mention",
        "created_at": item["created_at"],
        "read_at": None,
        "thread": {"id": thread["id"], "title": "Sleep regression at four months"},
        "post": {"id": post["id"], "number": post["number"]},
        "actor": {
            "id": replier.id,
            "username": replier.username,
            "display_name": item["actor"]["display_name"],
            "role": "member",
        },
        "anonymous_label": None,
        "action": None,
        "reason": None,
        "meetup_id": None,
    }
    assert await listed(client, bystander) == []
    assert await listed(client, replier) == []


async def test_never_to_self_a_blocker_a_muted_thread_or_a_member_who_left(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, writer, blocker, muter, leaver, watcher = await members(forum, 6)
    thread = await forum.thread(author)
    for member in (writer, blocker, muter, leaver, watcher):
        await subscribe(app, member, thread["id"], "watching")
    await subscribe(app, author, thread["id"], "normal")
    await subscribe(app, muter, thread["id"], "muted")
    await block(app, blocker, writer)
    response = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text
    await run_worker(app)

    post = await forum.reply(writer, thread["id"], reply_to=thread["first_post"]["id"])
    names = (writer, blocker, muter, leaver)
    await set_body_html(app, post["id"], "".join(mention(m.username) for m in names))
    await run_worker(app)
    # The author is told of the reply (normal still hears what is addressed to them); the
    # muter hears nothing, not even a mention; the blocker nothing from whom they blocked.
    assert kinds_by_user(await rows(app, post_id=post["id"])) == {
        author.id: "reply",
        watcher.id: "watching",
    }

    # Blocked and quoted, blocked and replied to: still nothing from them.
    own = await forum.reply(blocker, thread["id"])
    await run_worker(app)
    post = await forum.reply(writer, thread["id"], reply_to=own["id"])
    await set_body_html(app, post["id"], quote(own["id"]))
    await run_worker(app)
    assert blocker.id not in kinds_by_user(await rows(app, post_id=post["id"]))


async def test_nothing_about_a_post_gone_before_the_worker_came(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, writer, mentioned = await members(forum, 3)
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    await run_worker(app)
    deleted = await forum.reply(writer, thread["id"])
    await set_body_html(app, deleted["id"], mention(mentioned.username))
    response = await client.delete(f"/posts/{deleted['id']}", headers=writer.headers)
    assert response.status_code == 204
    hidden = await forum.reply(writer, thread["id"])
    await set_body_html(app, hidden["id"], mention(mentioned.username))
    response = await client.post(
        f"/posts/{hidden['id']}/hide", json={"reason": "spam"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    other = await forum.thread(author)
    gone = await forum.reply(writer, other["id"])
    await set_body_html(app, gone["id"], mention(mentioned.username))
    response = await client.delete(f"/threads/{other['id']}", headers=moderator.headers)
    assert response.status_code == 204, response.text
    await run_worker(app)
    assert await rows(app, user_id=mentioned.id) == []


async def test_an_anonymous_post_never_names_its_author(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, secret, mentioned = await members(forum, 3)
    thread = await forum.thread(author)
    await subscribe(app, author, thread["id"], "watching")
    await run_worker(app)
    post = await forum.reply(
        secret, thread["id"], reply_to=thread["first_post"]["id"], anonymous=True
    )
    await set_body_html(app, post["id"], mention(mentioned.username))
    await run_worker(app)

    found = await rows(app, post_id=post["id"])
    assert kinds_by_user(found) == {author.id: "reply", mentioned.id: "mention"}
    assert {row.actor_id for row in found} == {None}
    assert {row.anonymous_label for row in found} == {"Anonymous 1"}
    for member in (author, mentioned):
        (item,) = [i for i in await listed(client, member) if i["post"]["id"] == post["id"]]
        assert item["actor"] is None
        assert item["anonymous_label"] == "Anonymous 1"
        text = str(item)
        assert secret.username not in text and str(secret.id) not in str(item["actor"])
    for payload in await announced(app):
        assert secret.id not in payload["user_ids"]

    # The author blocked the anonymous writer without knowing who: they simply hear nothing.
    await block(app, author, secret)
    again = await forum.reply(
        secret, thread["id"], reply_to=thread["first_post"]["id"], anonymous=True
    )
    await run_worker(app)
    assert await rows(app, post_id=again["id"]) == []


async def test_exactly_once_when_the_worker_meets_an_event_again(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, writer, watcher = await members(forum, 3)
    thread = await forum.thread(author)
    await run_worker(app)
    await subscribe(app, watcher, thread["id"], "watching")
    mark = await last_event_id(app)
    await forum.reply(writer, thread["id"], reply_to=thread["first_post"]["id"])
    await run_worker(app)
    before = [(row.id, row.user_id, row.kind) for row in await rows(app)]
    events = len(await announced(app))
    assert {kind for _, _, kind in before} >= {"reply", "watching"}

    # The reply's events (post.created, then notification.created) met again.
    await redispatch(app, after=mark)
    await run_worker(app)
    assert [(row.id, row.user_id, row.kind) for row in await rows(app)] == before
    assert len(await announced(app)) == events  # nothing new, nothing announced
    assert await unread(client, watcher) == 1


async def test_moderation_tells_the_author_and_the_reporters(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, writer, reporter = await members(forum, 3)
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    post = await forum.reply(writer, thread["id"])
    await run_worker(app)

    async def moderation_of(member: Member) -> list[tuple[str, str | None]]:
        found = await rows(app, user_id=member.id, kind="moderation")
        assert {(row.actor_id, row.post_id) for row in found} <= {(None, post["id"])}
        return [(row.action, row.reason) for row in found]

    async def act(method: str, path: str, body: Any = None) -> None:
        response = await client.request(method, path, json=body, headers=moderator.headers)
        assert response.status_code in (200, 204), response.text
        await run_worker(app)

    await act("POST", f"/posts/{post['id']}/hide", {"reason": "Please keep it kind."})
    await act("POST", f"/posts/{post['id']}/unhide")
    await act("DELETE", f"/posts/{post['id']}")
    await act("POST", f"/posts/{post['id']}/restore")
    assert await moderation_of(writer) == [
        ("hidden", "Please keep it kind."),
        ("restored", None),
        ("deleted", None),
        ("restored", None),
    ]

    response = await client.post(
        f"/posts/{post['id']}/flags", json={"reason": "abusive"}, headers=reporter.headers
    )
    assert response.status_code == 201, response.text
    await act(
        "POST",
        f"/moderation/posts/{post['id']}/resolve",
        {"action": "delete", "note": "Personal attack."},
    )
    assert await moderation_of(reporter) == [("flag_resolved", REPORT_OUTCOMES["delete"])]
    assert (await moderation_of(writer))[-1] == ("deleted", "Personal attack.")
    (item,) = await listed(client, reporter)
    assert item["actor"] is None and item["action"] == "flag_resolved"
    assert item["thread"] == {"id": thread["id"], "title": thread["title"]}

    # Editing is not restoring; an author deleting their own post is told nothing.
    own = await forum.reply(writer, thread["id"])
    response = await client.patch(
        f"/posts/{own['id']}", json={"body": "On second thought."}, headers=writer.headers
    )
    assert response.status_code == 200, response.text
    response = await client.delete(f"/posts/{own['id']}", headers=writer.headers)
    assert response.status_code == 204
    await run_worker(app)
    assert await rows(app, post_id=own["id"], kind="moderation") == []
