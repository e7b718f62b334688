"""Markdown to safe HTML, done once when a post is written and stored beside its source.

markdown-it's `js-default` preset keeps raw HTML off; nh3 (ammonia) then allows only the
tags a post can legitimately produce, so nothing a member types can run in a reader's
browser: no script, iframe, style, event handler or javascript:/data: URL survives.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "li", "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer ugc"
IMAGE_NOT_SHOWN = "(image not shown)"


def _image_as_text(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    """An image as its description and a word that it is not shown. Images would load from
    third-party hosts (tracking readers, breaking the CSP); parsed as a link instead, the
    `![alt](url)` left a stray "!" before it."""
    alt = renderer.renderInlineAsText(tokens[idx].children or [], options, env).strip()
    return escapeHtml(f"{alt} {IMAGE_NOT_SHOWN}" if alt else IMAGE_NOT_SHOWN)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("js-default", {"breaks": True, "linkify": True})
    md.add_render_rule("image", _image_as_text)
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


@lru_cache(maxsize=256)
def render_description(source: str) -> str:
    """A category's description as HTML, rendered when read rather than stored: categories
    are few and their descriptions rarely change, so a small cache keyed by the text renders
    each text once per process, with no column to keep in step and no migration."""
    return render_markdown(source)
