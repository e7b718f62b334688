"""The audit log reads as people name things: every entry's `target_label` (a thread's title,
"post 2 in “…”" with the post's number in its thread, a report, a username, a category),
resolved for a whole page in a bounded number of statements."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, sql_statements
from tests.moderation.conftest import Cast, flag, log_entries, log_mark

TITLE = "Up every two hours at night"


async def ok(client: AsyncClient, method: str, path: str, who: Any, json: Any = None) -> Any:
    response = await client.request(method, path, json=json, headers=who.headers)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


async def one_of_each(client: AsyncClient, forum: Forum, cast: Cast) -> dict[str, Any]:
    """One entry per kind of target; returns what they were about."""
    thread_id = cast.thread["id"]
    reply = await forum.reply(cast.author, thread_id, body="A second post.")
    for locked in (True, False):
        await ok(client, "PATCH", f"/threads/{thread_id}", cast.moderator, {"is_locked": locked})
    await ok(client, "POST", f"/posts/{reply['id']}/hide", cast.moderator, {"reason": "Rude"})
    report = await flag(client, cast.post_id, cast.member, "spam")
    resolve = f"/moderation/posts/{cast.post_id}/resolve"
    await ok(client, "POST", resolve, cast.moderator, {"action": "dismiss"})
    await ok(client, "POST", f"/users/{cast.member.username}/warnings", cast.moderator,
             {"reason": "Please be kind."})  # fmt: skip
    category = await ok(client, "POST", "/categories", cast.admin,
                        {"slug": f"c{reply['id']}", "name": "Twins and more"})  # fmt: skip
    return {"reply": reply, "report": report, "category": category}


async def test_every_target_has_a_readable_label(
    client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    mark = await log_mark(client, cast.moderator)
    made = await one_of_each(client, forum, cast)
    await ok(client, "DELETE", f"/threads/{cast.thread['id']}", cast.moderator)
    entries = await log_entries(client, cast.moderator, after=mark)
    labels = {(e["action"], e["target_type"], e["target_id"]): e["target_label"] for e in entries}
    thread_id, reply_id, report_id = cast.thread["id"], made["reply"]["id"], made["report"]["id"]
    # The post's number in its thread, as readers see it, not its id.
    assert made["reply"]["number"] == 2
    assert labels == {
        ("thread.lock", "thread", thread_id): TITLE,
        ("thread.unlock", "thread", thread_id): TITLE,
        ("post.hide", "post", reply_id): f"post 2 in “{TITLE}”",
        ("flag.dismissed", "flag", report_id): f"report {report_id} on post 1 in “{TITLE}”",
        ("post.resolve", "post", cast.post_id): f"post 1 in “{TITLE}”",
        ("user.warn", "user", cast.member.id): cast.member.username,
        ("category.create", "category", made["category"]["id"]): "Twins and more",
        # A deleted thread keeps its title for the moderators reading the log.
        ("thread.delete", "thread", thread_id): TITLE,
    }
    # Older entries read as well: the cast's category and the moderator's appointment.
    older = await log_entries(client, cast.moderator)
    role = next(e for e in older if e["action"] == "user.role")
    assert role["target_label"] == cast.moderator.username
    created = next(
        e for e in older if (e["target_type"], e["target_id"]) == ("category", cast.category["id"])
    )
    assert created["target_label"] == "General"


async def test_labels_take_the_same_statements_however_long_the_page(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    async def statements_for_the_whole_log() -> tuple[int, int]:
        with sql_statements(app) as seen:
            response = await client.get(
                "/moderation/log", params={"limit": 100}, headers=cast.moderator.headers
            )
        assert response.status_code == 200, response.text
        assert response.json()["next_cursor"] is None
        return len(response.json()["items"]), len(seen)

    await one_of_each(client, forum, cast)
    await statements_for_the_whole_log()  # the first read may also remember who is asking
    entries, first = await statements_for_the_whole_log()
    for _ in range(3):
        await one_of_each(client, forum, cast)
    more_entries, then = await statements_for_the_whole_log()
    assert more_entries >= entries + 18
    assert then == first
