"""Every event kind reaches a webhook with the data a tool acts on, rendered as a moderator
sees it, and a deleted post or thread still has its payload."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from app.config import Settings
from app.events import PRIVATE_KINDS, EventKind
from tests.helpers import PASSWORD
from tests.meetups.conftest import meetup_body
from tests.moderation.fixtures import suspend, utc_in
from tests.webhooks.fixtures import create_webhook, live_site
from tests.webhooks.receiver import running_receiver, until


async def test_every_kind_carries_its_data(settings: Settings) -> None:
    with running_receiver() as receiver:
        async with live_site(settings) as site:
            client, forum = site.client, site.forum
            admin, moderator = await forum.admin(), await forum.moderator()
            author, reader = await forum.member(), await forum.member()
            await create_webhook(
                client, admin, receiver.url, [k.value for k in EventKind if k not in PRIVATE_KINDS]
            )

            async def ok(method: str, path: str, who: Any, json: Any = None) -> Any:
                response = await client.request(method, path, json=json, headers=who.headers)
                assert response.status_code < 300, response.text
                return response.json() if response.content else None

            thread = await forum.thread(author, title="Sleep regressions")
            reply = await forum.reply(author, thread["id"], body="First words", anonymous=True)
            post = f"/posts/{reply['id']}"
            await ok("PATCH", post, author, {"body": "First words, edited"})
            await ok("POST", f"{post}/hide", moderator, {"reason": "Personal details"})
            await ok("POST", f"{post}/unhide", moderator)
            flag = await ok("POST", f"{post}/flags", reader, {"reason": "spam"})
            resolve = f"/moderation/posts/{reply['id']}/resolve"
            await ok("POST", resolve, moderator, {"action": "dismiss"})
            await ok("PATCH", f"/threads/{thread['id']}", author, {"title": "Sleep regressions!"})
            until_time = utc_in(days=2)
            suspended = await suspend(client, moderator, reader, until_time, "Cooling off")
            assert suspended.status_code == 200, suspended.text
            await ok("DELETE", f"/users/{reader.username}/suspension", moderator)
            await ok("DELETE", post, author)
            await ok("DELETE", f"/threads/{thread['id']}", moderator)
            leaver = await forum.member()
            await ok("DELETE", "/me", leaver, {"password": PASSWORD, "posts": "keep"})
            group_body = {"name": "Leeds North parents", "area": "Leeds North"}
            group = await ok("POST", "/groups", author, group_body)
            meetup = await ok("POST", "/meetups", author, meetup_body(group=group["slug"]))
            await ok("PATCH", f"/meetups/{meetup['id']}", author, {"capacity": 4})
            cancel = {"reason": "Unsafe venue"}
            await ok("POST", f"/meetups/{meetup['id']}/cancel", moderator, cancel)

            # three post.created and two thread.created (the meet-up's discussion), one of
            # each other kind
            expected = 20
            await until(lambda: len(receiver.requests()) >= expected, within=30)
            by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for request in receiver.requests():
                by_kind[request.json["event"]].append(request.json["data"])
            assert set(by_kind) == {kind.value for kind in EventKind if kind not in PRIVATE_KINDS}
            assert len(by_kind["post.created"]) == 3

            def one(kind: str) -> dict[str, Any]:
                (data,) = by_kind[kind]
                return data

            summary = {"id": thread["id"], "category": thread["category"]}
            updated = one("post.updated")
            assert updated["post"]["body"] == "First words, edited"
            assert updated["post"]["author"]["username"] == author.username  # anonymous, to mods
            assert set(updated["thread"]) == {"id", "title", "category"}
            assert updated["thread"]["title"].startswith("Sleep regressions")  # renamed later
            assert {key: updated["thread"][key] for key in summary} == summary

            hidden = one("post.hidden")
            assert hidden["reason"] == "Personal details"
            assert hidden["automatic"] is False
            # The post as it is when the event is dispatched (it may be shown again by then):
            # the event's own facts say what happened.
            assert hidden["post"]["id"] == reply["id"]
            assert hidden["post"]["body"] == "First words, edited"
            assert one("post.unhidden")["post"]["id"] == reply["id"]

            assert one("flag.created")["flag"]["id"] == flag["id"]
            resolved = one("flag.resolved")
            assert resolved["action"] == "dismiss"
            assert resolved["flag_ids"] == [flag["id"]]
            assert resolved["post"]["id"] == reply["id"]

            renamed = one("thread.updated")
            assert renamed["changed"] == ["title"]
            assert renamed["thread"]["title"] == "Sleep regressions!"
            created = [d["thread"]["id"] for d in by_kind["thread.created"]]
            assert sorted(created) == sorted([thread["id"], meetup["thread_id"]])

            suspension = one("user.suspended")
            assert suspension["user"]["username"] == reader.username
            assert suspension["reason"] == "Cooling off"
            assert suspension["until"].startswith(until_time.strftime("%Y-%m-%dT%H:%M:%S"))
            assert one("user.unsuspended")["user"]["id"] == reader.id

            deleted = one("post.deleted")
            assert deleted["post"]["id"] == reply["id"]
            assert deleted["post"]["is_deleted"] is True
            gone = one("thread.deleted")
            assert gone["thread"]["id"] == thread["id"]
            assert gone["thread"]["title"] == "Sleep regressions!"
            left = one("member.left")
            assert (left["user_id"], left["erase_posts"]) == (leaver.id, False)

            shown = one("meetup.created")["meetup"]
            assert shown["id"] == meetup["id"]
            assert shown["venue"] == meetup["venue"]  # as a moderator sees it
            assert shown["group"]["slug"] == group["slug"]
            assert one("meetup.updated")["changed"] == ["capacity"]
            cancelled = one("meetup.cancelled")
            assert cancelled["meetup"]["is_cancelled"] is True
            assert (cancelled["by_moderator"], cancelled["reason"]) == (True, "Unsafe venue")
            made = one("group.created")["group"]
            assert (made["slug"], made["area"]) == (group["slug"], "Leeds North")
