"""Quotes through the API: `[quote post=N]` names the quoted post's author as the writer could
see them at write time, an anonymous post by its label (for everyone, moderators too), and a
post the writer cannot see (deleted, hidden, in a deleted thread, unknown) as a plain
blockquote that `quoted_post_ids` does not return."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from app.forum.mentions import quoted_post_ids
from tests.forum.conftest import SetPost
from tests.helpers import Forum, Member, problem


def quoting(post: dict[str, Any], words: str = "the quoted words") -> str:
    return f"[quote post={post['id']}]\n{words}\n[/quote]\nI agree."


async def reply(client: AsyncClient, who: Member, thread_id: int, body: str) -> dict[str, Any]:
    response = await client.post(
        f"/threads/{thread_id}/posts", json={"body": body}, headers=who.headers
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_a_quote_names_the_author_and_the_post(client: AsyncClient, forum: Forum) -> None:
    priya = await forum.member(display_name="Priya")
    sam = await forum.member()
    thread = await forum.thread(priya)
    second = await forum.reply(priya, thread["id"], body="Second words")
    quoted = await reply(client, sam, thread["id"], quoting(second, "Second *words*"))
    assert quoted["body_html"].startswith(
        f'<blockquote class="quote" data-post="{second["id"]}"><p class="quote-source">'
        f'<a href="/t/{thread["id"]}#post-2" rel="nofollow noopener noreferrer ugc">'
        "Priya wrote, #2:</a></p>\n<p>Second <em>words</em></p>\n</blockquote>"
    )
    assert quoted_post_ids(quoted["body_html"]) == [second["id"]]
    # Across threads too; the name is the one at write time.
    other = await forum.thread(sam)
    across = await reply(client, sam, other["id"], quoting(thread["first_post"]))
    assert "Priya wrote, #1:" in across["body_html"]
    assert f'href="/t/{thread["id"]}#post-1"' in across["body_html"]
    renamed = await client.patch("/me", json={"display_name": "Priya K"}, headers=priya.headers)
    assert renamed.status_code == 200
    stored = await client.get(f"/posts/{across['id']}")
    assert "Priya wrote, #1:" in stored.json()["body_html"]
    # Editing re-renders with the name of now.
    edited = await client.patch(
        f"/posts/{across['id']}",
        json={"body": quoting(thread["first_post"], "x")},
        headers=sam.headers,
    )
    assert "Priya K wrote, #1:" in edited.json()["body_html"]


async def test_anonymous_posts_are_quoted_by_their_label_only(
    client: AsyncClient, forum: Forum
) -> None:
    """The anonymity walk: quoting an anonymous post never shows its author's name, whoever
    quotes it (a moderator's quote is read by everyone)."""
    secret = await forum.member(display_name="Secret Name")
    sam = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(secret, anonymous=True, body="Hard day")
    anonymous_reply = await forum.reply(
        secret, (await forum.thread(sam))["id"], anonymous=True, body="Me too"
    )
    for writer in (sam, moderator, secret):
        post = await reply(client, writer, thread["id"], quoting(thread["first_post"]))
        html = post["body_html"]
        assert "Anonymous (original poster) wrote, #1:" in html
        assert "Secret Name" not in html and secret.username not in html
        assert quoted_post_ids(html) == [thread["first_post"]["id"]]
        post = await reply(client, writer, thread["id"], quoting(anonymous_reply))
        assert "Anonymous 1 wrote, #2:" in post["body_html"]
        assert "Secret Name" not in post["body_html"]


async def test_posts_the_writer_cannot_see_are_plain_quotes(
    client: AsyncClient, forum: Forum, set_post: SetPost
) -> None:
    priya, sam = await forum.member(display_name="Priya"), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(priya)
    deleted = await forum.reply(priya, thread["id"], body="deleted")
    hidden = await forum.reply(priya, thread["id"], body="hidden")
    assert (
        await client.delete(f"/posts/{deleted['id']}", headers=priya.headers)
    ).status_code == 204
    await set_post(hidden["id"], is_hidden=True, hidden_reason="spam")
    gone_thread = await forum.thread(priya)
    assert (
        await client.delete(f"/threads/{gone_thread['id']}", headers=moderator.headers)
    ).status_code == 204
    target = await forum.thread(sam)
    for post in (deleted, hidden, gone_thread["first_post"], {"id": 999_999_999}):
        made = await reply(client, sam, target["id"], quoting(post))
        assert made["body_html"].startswith("<blockquote>\n<p>the quoted words</p>")
        assert quoted_post_ids(made["body_html"]) == []
        assert "Priya" not in made["body_html"]
    # A hidden post is quotable by its author and by moderators, who can see it.
    for writer in (priya, moderator):
        made = await reply(client, writer, target["id"], quoting(hidden))
        assert quoted_post_ids(made["body_html"]) == [hidden["id"]]


async def test_bad_quote_syntax_is_text_not_an_error(client: AsyncClient, forum: Forum) -> None:
    sam = await forum.member()
    thread = await forum.thread(sam)
    for body in (
        "[quote post=1]\nnever closed",
        "[quote post=abc]\nx\n[/quote]",
        "[quote post=99999999999999999999]\nx\n[/quote]",
        '<blockquote class="quote" data-post="1">forged</blockquote>',
    ):
        made = await reply(client, sam, thread["id"], body)
        assert quoted_post_ids(made["body_html"]) == []
        assert "<blockquote class" not in made["body_html"]
    problem(
        await client.post(
            f"/threads/{thread['id']}/posts", json={"body": "[quote post=1]"}, headers={}
        ),
        401,
    )
