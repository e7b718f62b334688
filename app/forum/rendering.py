"""Markdown to safe HTML, done once when a post is written and stored beside its source.

markdown-it's `js-default` preset keeps raw HTML off; nh3 (ammonia) then allows only the
tags a post can legitimately produce, so nothing a member types can run in a reader's
browser: no script, iframe, style, event handler or javascript:/data: URL survives.
"""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "li", "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer ugc"


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("js-default", {"breaks": True, "linkify": True})
    # Images would load from third-party hosts (tracking readers, breaking the CSP); a
    # picture link is still a link.
    md.disable("image")
    return md


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
    )


def render_markdown(source: str) -> str:
    return sanitize(_markdown().render(source)).strip()
