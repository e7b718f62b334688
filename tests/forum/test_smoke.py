from __future__ import annotations

from httpx import AsyncClient

from tests.helpers import Forum


async def test_thread_and_reply(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member("alice")
    bob = await forum.member("bob")
    thread = await forum.thread(alice)
    assert thread["first_post"]["number"] == 1
    reply = await forum.reply(bob, thread["id"])
    assert reply["number"] == 2
    page = await client.get(f"/threads/{thread['id']}/posts")
    assert page.status_code == 200, page.text
    assert [p["number"] for p in page.json()["items"]] == [1, 2]
