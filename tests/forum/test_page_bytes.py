"""Hot pages are written from plain dicts (`thread_json`, `post_json`, `page_json`), not
from models. Their bytes must be exactly what the response models would write: same keys,
same order, same datetime and enum forms, and what each viewer may see."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from pydantic import BaseModel

from app.forum.schemas import PostRead, ThreadRead
from app.pagination import Page
from tests.helpers import Forum, Member


def assert_model_bytes(model: type[BaseModel], body: bytes) -> None:
    assert model.model_validate_json(body).model_dump_json().encode() == body


async def test_pages_are_the_bytes_the_models_write(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    other = await forum.member()
    moderator = await forum.moderator()
    category = await forum.category()
    thread = await forum.thread(author, category, content_warning="Loss")
    await forum.thread(author, category, anonymous=True)
    first = await forum.reply(other, thread["id"], body="Sending a hug \U0001f917 \u00e9")
    await forum.reply(author, thread["id"], body="Thank you", reply_to=first["id"])
    await forum.reply(author, thread["id"], body="Only my name is hidden", anonymous=True)
    hidden = await forum.reply(other, thread["id"], body="Cheap watches here")
    response = await client.post(
        f"/posts/{hidden['id']}/hide", json={"reason": "Spam"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    response = await client.post(
        f"/posts/{thread['first_post']['id']}/flags", json={"reason": "spam"}, headers=other.headers
    )
    assert response.status_code == 201, response.text
    for kind in ("hug", "heart"):
        response = await client.put(
            f"/posts/{first['id']}/reactions/{kind}", headers=author.headers
        )
        assert response.status_code == 200, response.text

    viewers: list[Member | None] = [None, author, other, moderator]
    for viewer in viewers:
        headers = viewer.headers if viewer else {}
        for url in ("/threads", f"/threads?category={category['slug']}&sort=new&limit=1"):
            response = await client.get(url, headers=headers)
            assert response.status_code == 200, response.text
            assert_model_bytes(Page[ThreadRead], response.content)
        posts = await client.get(f"/threads/{thread['id']}/posts", headers=headers)
        assert posts.status_code == 200, posts.text
        assert_model_bytes(Page[PostRead], posts.content)
        items: list[dict[str, Any]] = posts.json()["items"]
        assert items[2]["reply_to"] == {"id": first["id"], "number": first["number"]}
        assert items[1]["reactions"] == {"heart": 1, "hug": 1}
        assert items[1]["my_reactions"] == (["heart", "hug"] if viewer is author else [])
        sees_hidden = viewer in (other, moderator)  # its author and moderators
        assert items[4]["hidden_reason"] == ("Spam" if sees_hidden else None)
        assert (items[4]["body"] != "") is sees_hidden
        assert (items[3]["author"] is not None) is (viewer in (author, moderator))
        assert [post["anonymous_label"] for post in items] == [
            None,
            None,
            None,
            "Anonymous 1",
            None,
        ]
        assert [post["hidden_by"] for post in items] == [None, None, None, None, "moderator"]
        assert [post["is_mine"] for post in items] == [
            viewer is author,
            viewer is other,
            viewer is author,
            viewer is author,
            viewer is other,
        ]
        assert (items[0]["my_flag"] is not None) is (viewer is other)
