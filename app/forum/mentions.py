"""Mentions and quotes, as a post's stored HTML carries them.

The renderer (forum/rendering.py) turns `@username` of an existing member into
`<a class="mention" href="/u/{username}">@{username}</a>` and a quote block

    [quote post=123]
    words
    [/quote]

into `<blockquote class="quote" data-post="123">` headed "Priya wrote, #12:" (an anonymous
post's label instead of a name). Reading them back from the HTML means code blocks, links and
escaped text never count, and only members that existed when the post was written do.
"""

from __future__ import annotations

import re

MAX_MENTIONS = 10

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
