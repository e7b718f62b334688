"""Mentions and quotes, as a post's stored HTML carries them.

The renderer (forum/rendering.py) turns `@username` of an existing member into
`<a class="mention" href="/u/{username}">@{username}</a>` and a quote block

    [quote post=123]
    words
    [/quote]

into `<blockquote class="quote" data-post="123">` headed "Priya wrote, #12:" (an anonymous
post's label instead of a name). Reading them back from the HTML means code blocks, links and
escaped text never count, and only members that existed when the post was written do.

`render_body` is how the service renders a post's body: the candidate names and quoted ids
are resolved first, one query each (and none when the body has none), then rendered.
"""

from __future__ import annotations

import re

from sqlalchemy import false, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.errors import UnprocessableEntity
from app.forum import policy, queries
from app.forum.models import Post, Thread
from app.forum.rendering import (
    QuotedPost,
    References,
    mention_candidates,
    quote_candidates,
    render_markdown,
)
from app.forum.schemas import anonymous_label

MAX_MENTIONS = 10


class TooManyMentions(UnprocessableEntity):
    slug, title = "too-many-mentions", "Too many mentions"
    advice = (
        f"A post may mention (`@username`) at most {MAX_MENTIONS} members. Nothing was "
        "posted: keep the text, mention fewer members, or write the other names without "
        "the `@`."
    )


async def render_body(session: AsyncSession, writer: User, source: str) -> str:
    """A new or edited body as stored HTML, its mentions and quotes resolved as `writer`
    may see them. More than `MAX_MENTIONS` distinct members mentioned is refused (422), so
    the client keeps the text and nothing is written."""
    html = render_markdown(source, await references(session, writer, source))
    mentioned = mentioned_usernames(html)
    if len(mentioned) > MAX_MENTIONS:
        raise TooManyMentions(
            f"A post may mention at most {MAX_MENTIONS} members; this one mentions "
            f"{len(mentioned)}. Mention fewer, or write their names without the @.",
            loc=("body", "body"),
        )
    return html


async def references(session: AsyncSession, writer: User, source: str) -> References:
    """The members (not those who left) the body's `@names` may be, and the posts its quote
    blocks name that `writer` can see: not deleted, not in a deleted thread, and not hidden
    unless they wrote it or moderate. One query for each, only when there is something."""
    members: dict[str, str] = {}
    names = mention_candidates(source)
    if names:
        rows = await session.execute(
            select(User.username_key, User.username).where(
                User.username_key.in_(sorted(names)), User.deleted_at.is_(None)
            )
        )
        members = {key: username for key, username in rows}
    quotes: dict[int, QuotedPost] = {}
    post_ids = quote_candidates(source)
    if post_ids:
        rows = await session.execute(
            select(
                Post.id,
                Post.thread_id,
                Post.number,
                Post.author_id,
                Post.anonymous,
                Post.anonymous_ordinal,
                Post.is_hidden,
                User.display_name,
            )
            .join(Thread, Thread.id == Post.thread_id)
            .join(User, User.id == Post.author_id)
            .where(Post.id.in_(sorted(post_ids)), Post.is_deleted == false(), queries.LIVE_THREAD)
        )
        for row in rows:
            if row.is_hidden and not policy.can_see_hidden_body(writer, row.author_id):
                continue
            # An anonymous post is named by its label, for everyone: the quote is stored
            # once and read by all, so even a moderator's quote never names its author.
            label = anonymous_label(row.anonymous, row.anonymous_ordinal)
            source_name = label if label is not None else row.display_name
            quotes[row.id] = QuotedPost(row.id, row.thread_id, row.number, source_name)
    return References(members=members, quotes=quotes)


_MENTION = re.compile(r'<a class="mention" href="/u/([A-Za-z0-9_]{3,30})"')
_QUOTE = re.compile(r'<blockquote class="quote" data-post="([0-9]{1,18})"')


def mentioned_usernames(body_html: str) -> list[str]:
    """The members a post mentions, in order, each once (case as written)."""
    seen: dict[str, str] = {}
    for name in _MENTION.findall(body_html):
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def quoted_post_ids(body_html: str) -> list[int]:
    """The posts a post quotes, in order, each once."""
    return list(dict.fromkeys(int(post_id) for post_id in _QUOTE.findall(body_html)))
