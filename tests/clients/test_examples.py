"""The shipped client's examples (clients/python/examples/) run against a live `village serve`
on SQLite and PostgreSQL, and do what they say: the effects are read back through the API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import Settings
from tests.clients.live import Example, Village, run_example, running_village
from tests.core.private_postgres import free_port
from tests.helpers import Member
from tests.webhooks.receiver import until

SECRET = "a-long-secret-the-bot-and-the-webhook-share"
# The bot's personal access token carries the moderation scope alone.
BOT_SCOPES = ["moderate"]


@pytest.fixture
async def village(settings: Settings, tmp_path: Path) -> AsyncIterator[Village]:
    async with running_village(settings, tmp_path) as running:
        yield running


async def _get(village: Village, member: Member, path: str, **params: Any) -> Any:
    response = await village.client.get(path, params=params, headers=member.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def _unread(village: Village, member: Member) -> int:
    count: int = (await _get(village, member, "/notifications/unread-count"))["count"]
    return count


async def test_the_member_script_signs_in_reads_replies_reacts_and_counts(village: Village) -> None:
    forum = village.forum
    alice, bob = await forum.member(), await forum.member()
    category = await forum.category(name="Sleep")
    own = await forum.thread(alice, category, title="Naps shorter than forty minutes")
    await forum.reply(bob, own["id"], body="Ours too until six months; it passes.")
    asked = await forum.thread(bob, category, title="Which carrier for a newborn?")  # liveliest

    async def notified() -> bool:
        return await _unread(village, alice) == 1

    await until(notified)  # the reply's notification is written by the worker

    refused = await run_example(
        "member.py",
        *("--base-url", village.url, "--username", alice.username, "--password", "wrong"),
    )
    assert refused.returncode == 1
    assert refused.stderr.startswith("The API answered 401: ")
    assert "Traceback" not in refused.stderr

    ran = await run_example(
        "member.py",
        *("--base-url", village.url, "--username", alice.username, "--password", alice.password),
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    out = ran.stdout
    assert f"Signed in as {alice.username}. 1 categories: Sleep" in out
    assert "Which carrier for a newborn? (1 posts)" in out
    assert 'Opened "Which carrier for a newborn?" in Sleep: 1 posts read.' in out
    assert "Replied as post #2." in out
    assert f"Thanked {bob.username} for post #1 (now thanks 1)." in out
    assert "1 unread notifications." in out
    assert f'from {bob.username} in "Naps shorter than forty minutes"' in out

    posts = (await _get(village, alice, f"/threads/{asked['id']}/posts"))["items"]
    assert [post["author"]["username"] for post in posts] == [bob.username, alice.username]
    assert posts[1]["body"] == "Thank you all, this helps a lot."
    assert posts[0]["my_reactions"] == ["thanks"]
    assert posts[0]["reactions"]["thanks"] == 1


@dataclass
class Reports:
    """Posts reported by members, and the bot's moderator with its token."""

    bot: Member
    bot_token: str
    admin: Member
    flagger: Member
    unsafe: dict[str, Any]  # one `safety` report: the bot hides it
    doubly: dict[str, Any]  # two reports (spam, off_topic): the bot hides it
    spam: dict[str, Any]  # one `spam` report: left for a person


async def _bot_and_posts(village: Village) -> Reports:
    forum = village.forum
    bot, admin = await forum.moderator(), await forum.admin()
    response = await village.client.post(
        "/me/tokens", json={"name": "moderation bot", "scopes": BOT_SCOPES}, headers=bot.headers
    )
    assert response.status_code == 201, response.text
    author = await forum.member()
    thread = await forum.thread(author, title="Swap shop for outgrown clothes")
    posts = [
        await forum.reply(author, thread["id"], body=f"Post number {n} of the swap.")
        for n in (1, 2, 3)
    ]
    flagger = await forum.member()
    return Reports(bot, response.json()["token"], admin, flagger, *posts)


async def _flag(village: Village, member: Member, post: dict[str, Any], reason: str) -> int:
    response = await village.client.post(
        f"/posts/{post['id']}/flags", json={"reason": reason}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    flag_id: int = response.json()["id"]
    return flag_id


async def _report(village: Village, reports: Reports) -> int:
    """Files the reports; returns the id of the `safety` one."""
    second = await village.forum.member()
    safety = await _flag(village, reports.flagger, reports.unsafe, "safety")
    await _flag(village, reports.flagger, reports.spam, "spam")
    await _flag(village, reports.flagger, reports.doubly, "spam")
    await _flag(village, second, reports.doubly, "off_topic")
    return safety


async def _hidden(village: Village, reports: Reports, post: dict[str, Any]) -> bool:
    hidden: bool = (await _get(village, reports.admin, f"/posts/{post['id']}"))["is_hidden"]
    return hidden


async def _assert_the_rule_was_applied(village: Village, reports: Reports, safety: int) -> None:
    admin = reports.admin
    for post in (reports.unsafe, reports.doubly):
        shown = await _get(village, admin, f"/posts/{post['id']}")
        assert shown["is_hidden"], post
        assert shown["hidden_reason"].startswith("Moderation bot: reported ")
    assert not await _hidden(village, reports, reports.spam)

    # The two hidden posts left the queue, their reports upheld; the third waits for a person.
    queue = (await _get(village, admin, "/moderation/queue"))["items"]
    assert [(item["post"]["id"], item["claimed_by"]) for item in queue] == [
        (reports.spam["id"], None)
    ]
    flag = await _get(village, reports.flagger, f"/posts/{reports.unsafe['id']}/flags/{safety}")
    assert flag["status"] == "upheld"

    log = (await _get(village, admin, "/moderation/log", actor=reports.bot.username))["items"]
    done = {(entry["action"], entry["target_id"]) for entry in log}
    hidden_ids = (reports.unsafe["id"], reports.doubly["id"])
    actions = ("queue.claim", "post.resolve")
    assert done == {(action, post_id) for action in actions for post_id in hidden_ids}
    assert {entry["note"] for entry in log if entry["action"] == "post.resolve"} == {
        "hide: Moderation bot: reported as safety.",
        "hide: Moderation bot: reported by 2 members.",
    }


async def test_the_moderation_bot_acts_on_webhook_deliveries(
    village: Village, tmp_path: Path
) -> None:
    reports = await _bot_and_posts(village)
    port = free_port()
    listener = Example(
        "moderation_bot.py",
        [
            *("--base-url", village.url, "--token", reports.bot_token),
            *("listen", "--port", str(port), "--secret", SECRET),
        ],
        tmp_path,
        "bot",
    )
    try:
        await listener.logged("listening on", within=60)  # a cold start imports ~1,700 models
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as to_bot:
            forged = await to_bot.post(
                "/",
                content=b'{"event":"flag.created","timestamp":0}',
                headers={"X-Village-Signature": "sha256=" + "0" * 64},
            )
        assert forged.status_code == 401
        await listener.logged("refused a delivery with a wrong signature")

        registered = await run_example(
            "moderation_bot.py",
            *("--base-url", village.url, "register", "--admin-token"),
            *(reports.admin.access_token, "--url", f"http://127.0.0.1:{port}/"),
            *("--secret", SECRET),
        )
        assert registered.returncode == 0, registered.stdout + registered.stderr
        assert "flag.created is sent to" in registered.stdout

        safety = await _report(village, reports)

        async def both_hidden() -> bool:
            return await _hidden(village, reports, reports.unsafe) and await _hidden(
                village, reports, reports.doubly
            )

        await until(both_hidden, within=30)
        await _assert_the_rule_was_applied(village, reports, safety)
        assert listener.alive(), listener.log()
    finally:
        listener.stop()


async def test_the_moderation_bot_polls_the_queue(village: Village) -> None:
    reports = await _bot_and_posts(village)
    safety = await _report(village, reports)

    swept = await run_example(
        "moderation_bot.py",
        *("--base-url", village.url, "--token", reports.bot_token, "poll", "--once"),
    )
    assert swept.returncode == 0, swept.stdout + swept.stderr
    assert "swept the queue: 2 hidden" in swept.stderr
    await _assert_the_rule_was_applied(village, reports, safety)
