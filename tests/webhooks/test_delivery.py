"""Deliveries end to end: the app's own worker (its lifespan, as `village serve` runs it on
SQLite) POSTs events to a real HTTP receiver on 127.0.0.1, through the public API only."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sqlalchemy import select

from app.config import Settings
from app.events import Event, EventKind, OutboxEvent, PostCreated, on
from app.forum.models import Post
from app.forum.service import DuplicatePost
from tests.helpers import problem
from tests.webhooks.fixtures import SECRET, create_webhook, deliveries, live_site
from tests.webhooks.receiver import running_receiver, until


async def test_a_delivery_is_signed_and_carries_the_event(settings: Settings) -> None:
    with running_receiver() as receiver:
        async with live_site(settings) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(
                site.client, admin, receiver.url, ["thread.created", "post.created"]
            )
            thread = await site.forum.thread(author, title="Teething and no sleep")
            await until(lambda: len(receiver.requests()) == 2)

            by_kind = {r.headers["x-village-event"]: r for r in receiver.requests()}
            assert set(by_kind) == {"thread.created", "post.created"}
            for kind, request in by_kind.items():
                assert request.path == "/hooks/village"
                assert request.headers["content-type"] == "application/json"
                assert request.headers["user-agent"] == "Village-Webhooks/1"
                assert request.signed_with(SECRET)
                assert not request.signed_with(SECRET + "x")
                body = request.json
                assert set(body) == {"id", "event", "created_at", "timestamp", "data"}
                assert body["event"] == kind
                assert body["id"] == request.headers["x-village-delivery"]
                assert abs(body["timestamp"] - time.time()) < 60
                assert body["created_at"].endswith("Z")
            assert by_kind["thread.created"].json["id"] != by_kind["post.created"].json["id"]

            post_data = by_kind["post.created"].json["data"]
            assert post_data["post"]["id"] == thread["first_post"]["id"]
            assert post_data["post"]["body"] == "Is this normal at four months?"
            assert post_data["thread"] == {
                "id": thread["id"],
                "title": "Teething and no sleep",
                "category": thread["category"],
            }
            assert by_kind["thread.created"].json["data"]["thread"]["title"] == thread["title"]

            async def both_recorded() -> bool:
                # The receiver answers before the worker records the outcome.
                items = await deliveries(site.client, admin, hook["id"])
                return all(item["status"] != "pending" for item in items)

            await until(both_recorded)
            listed = await deliveries(site.client, admin, hook["id"])
            assert {item["event_id"] for item in listed} == {
                request.headers["x-village-delivery"] for request in by_kind.values()
            }
            for item in listed:
                assert item["status"] == "succeeded"
                assert item["attempts"] == 1
                assert item["last_response_code"] == 200
                assert item["last_error"] is None
                assert item["finished_at"] is not None
                assert item["next_attempt_at"] is None


async def test_only_the_kinds_a_webhook_asked_for(settings: Settings) -> None:
    with running_receiver() as flags, running_receiver() as posts:
        async with live_site(settings) as site:
            admin, author, reader = (
                await site.forum.admin(),
                await site.forum.member(),
                await site.forum.member(),
            )
            await create_webhook(site.client, admin, flags.url, ["flag.created"])
            await create_webhook(site.client, admin, posts.url, ["post.created"])
            thread = await site.forum.thread(author)
            response = await site.client.post(
                f"/posts/{thread['first_post']['id']}/flags",
                json={"reason": "spam"},
                headers=reader.headers,
            )
            assert response.status_code == 201, response.text
            await until(lambda: flags.requests() and posts.requests())
            await asyncio.sleep(0.3)  # anything else would have come with them
            assert [r.headers["x-village-event"] for r in flags.requests()] == ["flag.created"]
            assert [r.headers["x-village-event"] for r in posts.requests()] == ["post.created"]


async def test_a_receiver_that_fails_twice_gets_it_on_the_third_try(settings: Settings) -> None:
    with running_receiver() as receiver:
        receiver.plan(500, 500)
        async with live_site(settings) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(site.client, admin, receiver.url, ["thread.created"])
            await site.forum.thread(author)
            await until(lambda: len(receiver.requests()) == 3)

            tries = receiver.requests()
            assert [request.answered for request in tries] == [500, 500, 200]
            # The same event every time: one de-duplication key, one event id, each signed.
            assert len({request.headers["x-village-delivery"] for request in tries}) == 1
            assert len({request.json["id"] for request in tries}) == 1
            assert len({request.json["created_at"] for request in tries}) == 1
            assert all(request.signed_with(SECRET) for request in tries)

            async def succeeded() -> bool:
                return (await deliveries(site.client, admin, hook["id"]))[0][
                    "status"
                ] == "succeeded"

            await until(succeeded)
            (item,) = await deliveries(site.client, admin, hook["id"])
            assert item["attempts"] == 3
            assert item["last_response_code"] == 200
            assert item["last_error"] is None
            assert item["event_id"] == tries[0].headers["x-village-delivery"]


async def test_always_failing_is_dead_after_the_window_and_redelivered(
    settings: Settings,
) -> None:
    with running_receiver() as receiver:
        receiver.default = 503
        async with live_site(settings, webhook_retry_window_seconds=1.5) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(site.client, admin, receiver.url, ["thread.created"])
            await site.forum.thread(author)

            async def status() -> str:
                items = await deliveries(site.client, admin, hook["id"])
                return str(items[0]["status"]) if items else "none"

            async def dead() -> bool:
                return await status() == "dead"

            await until(dead)
            (item,) = await deliveries(site.client, admin, hook["id"])
            assert item["attempts"] >= 2
            assert item["attempts"] == len(receiver.requests())
            assert item["last_response_code"] == 503
            assert item["last_error"] == "HTTP 503"
            assert item["next_attempt_at"] is None
            await asyncio.sleep(0.6)  # a dead delivery is not tried again
            assert len(receiver.requests()) == item["attempts"]
            first_key = receiver.requests()[0].headers["x-village-delivery"]

            receiver.default = 200
            response = await site.client.post(
                f"/webhooks/{hook['id']}/deliveries/{item['id']}/redeliver", headers=admin.headers
            )
            assert response.status_code == 202, response.text
            again = response.json()
            assert again["id"] == item["id"]
            assert again["status"] == "pending"
            assert again["attempts"] == 0

            async def succeeded() -> bool:
                return await status() == "succeeded"

            await until(succeeded)
            (item,) = await deliveries(site.client, admin, hook["id"])
            assert item["attempts"] == 1
            assert item["last_response_code"] == 200
            last = receiver.requests()[-1]
            assert last.answered == 200
            assert last.headers["x-village-delivery"] == first_key
            assert last.signed_with(SECRET)


async def test_a_flag_carries_what_a_moderation_bot_needs(settings: Settings) -> None:
    with running_receiver() as receiver:
        async with live_site(settings) as site:
            admin, author, reader = (
                await site.forum.admin(),
                await site.forum.member(),
                await site.forum.member(),
            )
            await create_webhook(site.client, admin, receiver.url, ["flag.created"])
            thread = await site.forum.thread(author, title="Playgroup on Thursday")
            reply = await site.forum.reply(
                author, thread["id"], body="Meet me behind the shed, alone.", anonymous=True
            )
            response = await site.client.post(
                f"/posts/{reply['id']}/flags",
                json={"reason": "safety", "note": "This worries me."},
                headers=reader.headers,
            )
            assert response.status_code == 201, response.text
            flag = response.json()
            await until(lambda: len(receiver.requests()) == 1)

            data = receiver.requests()[0].json["data"]
            assert data["flag"]["id"] == flag["id"]
            assert data["flag"]["reason"] == "safety"
            assert data["flag"]["note"] == "This worries me."
            assert data["flag"]["flagger"]["username"] == reader.username
            assert data["flag"]["created_at"] == flag["created_at"]
            assert data["post"]["id"] == reply["id"]
            assert data["post"]["body"] == "Meet me behind the shed, alone."
            # As a moderator sees it: the anonymous author is known to the bot.
            assert data["post"]["anonymous"] is True
            assert data["post"]["author"]["username"] == author.username
            assert data["thread"]["id"] == thread["id"]
            assert data["thread"]["title"] == "Playgroup on Thursday"
            assert data["queue"] == {"open_flags": 1, "priority": "safety"}


FORCED_FAILURE = "[fail after emit]"


@on(EventKind.post_created)
async def _fail_after_emitting(session: Any, event: Event) -> None:
    """A reaction that refuses the change after its event was emitted (test instrument: it
    acts only on posts that carry the marker)."""
    assert isinstance(event, PostCreated)
    post = await session.get(Post, event.post_id)
    if post is not None and FORCED_FAILURE in post.body:
        # A refusal a reply may really meet (its operation documents it), raised late.
        raise DuplicatePost("Refused after the event was emitted.")


async def outbox_kinds(site: Any) -> list[str]:
    async with site.app.state.database.sessionmaker() as session:
        return list(await session.scalars(select(OutboxEvent.kind).order_by(OutboxEvent.id)))


async def test_a_change_that_fails_after_emitting_leaves_no_event(settings: Settings) -> None:
    with running_receiver() as receiver:
        async with live_site(settings) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            hook = await create_webhook(site.client, admin, receiver.url, ["post.created"])
            thread = await site.forum.thread(author)
            await until(lambda: len(receiver.requests()) == 1)
            before = await outbox_kinds(site)

            refused = await site.client.post(
                f"/threads/{thread['id']}/posts",
                json={"body": f"Not to be. {FORCED_FAILURE}"},
                headers=author.headers,
            )
            problem(refused, 409)
            duplicate_free = await site.forum.reply(author, thread["id"], body="This one stays.")

            await until(lambda: len(receiver.requests()) == 2)
            await asyncio.sleep(0.3)
            assert await outbox_kinds(site) == [*before, "post.created"]
            delivered = [request.json["data"]["post"]["id"] for request in receiver.requests()]
            assert delivered == [thread["first_post"]["id"], duplicate_free["id"]]
            assert len(await deliveries(site.client, admin, hook["id"])) == 2


async def test_a_deleted_webhook_is_sent_nothing_more(settings: Settings) -> None:
    with running_receiver() as gone, running_receiver() as kept:
        async with live_site(settings) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            doomed = await create_webhook(site.client, admin, gone.url, ["thread.created"])
            await create_webhook(site.client, admin, kept.url, ["thread.created"])
            response = await site.client.delete(f"/webhooks/{doomed['id']}", headers=admin.headers)
            assert response.status_code == 204
            await site.forum.thread(author)
            # Both would be fanned out in one transaction: once one has it, the other had too.
            await until(lambda: len(kept.requests()) == 1)
            await asyncio.sleep(0.2)
            assert gone.requests() == []


async def test_a_target_is_checked_again_when_delivering(settings: Settings) -> None:
    """Created while private targets were allowed; the worker of a server that refuses them
    does not send, and says why in the delivery."""
    with running_receiver() as receiver:
        async with (
            live_site(settings, worker_in_process=False) as permissive,
            live_site(settings, webhook_allow_private=False) as strict,
        ):
            admin, author = await permissive.forum.admin(), await permissive.forum.member()
            hook = await create_webhook(permissive.client, admin, receiver.url, ["thread.created"])
            await strict.forum.thread(author)

            async def refused() -> bool:
                items = await deliveries(strict.client, admin, hook["id"])
                return bool(items) and "refused" in (items[0]["last_error"] or "")

            await until(refused)
            (item,) = await deliveries(strict.client, admin, hook["id"])
            assert item["status"] == "failed"
            assert "127.0.0.1" in item["last_error"]
            assert item["last_response_code"] is None
            assert receiver.requests() == []
