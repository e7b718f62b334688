from __future__ import annotations

from httpx import AsyncClient

from tests.helpers import Forum


async def test_flag_threshold_queue_and_resolve(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    thread = await forum.thread(author)
    post_id = thread["first_post"]["id"]
    flaggers = [await forum.member() for _ in range(3)]
    for i, flagger in enumerate(flaggers):
        reason = "safety" if i == 0 else "spam"
        response = await client.post(
            f"/posts/{post_id}/flags", json={"reason": reason}, headers=flagger.headers
        )
        assert response.status_code == 201, response.text
    post = (await client.get(f"/posts/{post_id}", headers=author.headers)).json()
    assert post["is_hidden"] is True
    assert post["hidden_reason"].startswith("auto: 3 flags:")
    moderator = await forum.moderator()
    queue = await client.get("/moderation/queue", headers=moderator.headers)
    assert queue.status_code == 200, queue.text
    item = queue.json()["items"][0]
    assert item["flag_count"] == 3 and item["post"]["id"] == post_id
    assert (
        await client.put(f"/moderation/posts/{post_id}/claim", headers=moderator.headers)
    ).status_code == 204
    resolved = await client.post(
        f"/moderation/posts/{post_id}/resolve",
        json={"action": "dismiss"},
        headers=moderator.headers,
    )
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["is_hidden"] is False
    log = (await client.get("/moderation/log", headers=moderator.headers)).json()["items"]
    actions = [entry["action"] for entry in log]
    assert actions.count("flag.dismissed") == 3
    assert "post.auto_hide" in actions and "post.resolve" in actions
