"""Concurrent flags on PostgreSQL (SQLite serialises every writer, so it proves nothing):
however many flags land at once, the post is hidden exactly once and every flag counts."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient, Response

from tests.helpers import Forum, assert_counters_exact
from tests.moderation.conftest import Cast, flag, log_entries, log_mark, queue_item, read_post

pytestmark = pytest.mark.postgres_only

REASONS = ["spam", "abusive", "off_topic", "spam", "abusive"] * 2


async def test_ten_concurrent_flags_hide_the_post_once(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    assert forum.app.state.settings.flag_hide_threshold == 3
    flaggers = [await forum.member() for _ in range(10)]
    mark = await log_mark(client, cast.moderator)

    async def report(n: int) -> Response:
        return await client.post(
            f"/posts/{cast.post_id}/flags",
            json={"reason": REASONS[n]},
            headers=flaggers[n].headers,
        )

    responses = await asyncio.gather(*(report(n) for n in range(10)))
    assert [r.status_code for r in responses] == [201] * 10, [r.text for r in responses]
    flags = [r.json() for r in responses]
    assert len({f["id"] for f in flags}) == 10

    post = await read_post(client, cast.post_id, cast.author)
    assert post["is_hidden"] is True
    reason = post["hidden_reason"]
    assert reason.startswith("auto: 3 flags: ")
    counted = dict(part.split("×") for part in reason.removeprefix("auto: 3 flags: ").split(", "))
    assert sum(int(n) for n in counted.values()) == 3
    assert set(counted) <= set(REASONS)

    entries = await log_entries(client, cast.moderator, after=mark)
    assert [(e["action"], e["actor"], e["target_id"]) for e in entries] == [
        ("post.auto_hide", None, cast.post_id)
    ]
    assert entries[0]["note"] == reason

    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert item["flag_count"] == 10
    assert sorted(f["id"] for f in item["flags"]) == sorted(f["id"] for f in flags)
    assert Counter(f["reason"] for f in item["flags"]) == Counter(REASONS)
    await assert_counters_exact(app)


async def test_same_member_flagging_twice_at_once(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """The same member's double click: one flag, one 409, and the count stays right."""
    url = f"/posts/{cast.post_id}/flags"
    responses = await asyncio.gather(
        *(client.post(url, json={"reason": "spam"}, headers=cast.member.headers) for _ in range(5))
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201, 409, 409, 409, 409], [r.text for r in responses]
    for response in responses:
        if response.status_code == 409:
            assert response.json()["type"] == "/problems/already-flagged"
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None
    assert item["flag_count"] == 1 and len(item["flags"]) == 1
    assert (await read_post(client, cast.post_id, cast.author))["is_hidden"] is False
    await assert_counters_exact(app)


async def test_concurrent_claims_have_one_winner(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    moderators = [cast.moderator, cast.admin] + [await forum.moderator() for _ in range(3)]
    await flag(client, cast.post_id, cast.member, "safety")
    claim = f"/moderation/posts/{cast.post_id}/claim"
    mark = await log_mark(client, cast.moderator)
    responses = await asyncio.gather(*(client.put(claim, headers=m.headers) for m in moderators))
    statuses = [r.status_code for r in responses]
    assert sorted(statuses) == [204, 409, 409, 409, 409], [r.text for r in responses]
    winner = moderators[statuses.index(204)]
    item = await queue_item(client, cast.moderator, cast.post_id)
    assert item is not None and item["claimed_by"]["id"] == winner.id
    entries = await log_entries(client, cast.moderator, after=mark)
    assert [(e["action"], e["actor"]["id"]) for e in entries] == [("queue.claim", winner.id)]
    await assert_counters_exact(app)


async def test_two_moderators_resolving_at_once(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """One review wins; the other finds nothing left to resolve. Flags close once."""
    flags = [await flag(client, cast.post_id, m) for m in (cast.member, await forum.member())]
    url = f"/moderation/posts/{cast.post_id}/resolve"
    mark = await log_mark(client, cast.moderator)
    responses = await asyncio.gather(
        client.post(url, json={"action": "dismiss"}, headers=cast.moderator.headers),
        client.post(url, json={"action": "delete"}, headers=cast.admin.headers),
    )
    statuses = [r.status_code for r in responses]
    assert sorted(statuses) == [200, 409], [r.text for r in responses]
    loser = responses[statuses.index(409)]
    assert loser.json()["type"] == "/problems/nothing-to-resolve"
    won_with = "dismiss" if statuses[0] == 200 else "delete"

    entries = await log_entries(client, cast.moderator, after=mark)
    closed = "flag.dismissed" if won_with == "dismiss" else "flag.upheld"
    expected = ["post.resolve", closed, closed]
    if won_with == "delete":
        expected.insert(0, "post.delete")
    assert [e["action"] for e in entries] == expected
    assert sorted(e["target_id"] for e in entries if e["target_type"] == "flag") == sorted(
        f["id"] for f in flags
    )
    post = await read_post(client, cast.post_id, cast.moderator)
    assert post["is_deleted"] is (won_with == "delete")
    assert await queue_item(client, cast.moderator, cast.post_id) is None
    await assert_counters_exact(app)


async def test_a_flag_arriving_while_a_moderator_resolves(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """A flag that lands during a review is either closed by it or left open in the queue,
    never lost and never counted wrong."""
    for n in range(5):
        reply = await forum.reply(cast.author, cast.thread["id"], body=f"reply {n}")
        await flag(client, reply["id"], cast.member)
        latecomer = await forum.member()
        mark = await log_mark(client, cast.moderator)
        resolved, flagged = await asyncio.gather(
            client.post(
                f"/moderation/posts/{reply['id']}/resolve",
                json={"action": "dismiss"},
                headers=cast.moderator.headers,
            ),
            client.post(
                f"/posts/{reply['id']}/flags",
                json={"reason": "abusive"},
                headers=latecomer.headers,
            ),
        )
        assert resolved.status_code == 200, resolved.text
        assert flagged.status_code == 201, flagged.text
        late_id = flagged.json()["id"]
        dismissed = {
            e["target_id"]
            for e in await log_entries(client, cast.moderator, after=mark)
            if e["action"] == "flag.dismissed"
        }
        item = await queue_item(client, cast.moderator, reply["id"])
        if late_id in dismissed:
            assert item is None
        else:
            assert item is not None
            assert item["flag_count"] == 1
            assert [f["id"] for f in item["flags"]] == [late_id]
    await assert_counters_exact(app)
