"""Markdown to safe HTML, done once when a post is written and stored beside its source.

markdown-it's `js-default` preset keeps raw HTML off; nh3 (ammonia) then allows only the
tags a post can legitimately produce, so nothing a member types can run in a reader's
browser: no script, iframe, style, event handler or javascript:/data: URL survives.

Two extensions make the HTML of app/forum/mentions.py's contract, from what the caller
resolved beforehand (`References`, one query each: forum/mentions.py `references`):
- `@username` of a member becomes a mention link: an inline rule, so never inside code
  spans, code blocks or a link's text, and never in an address (`a@b.com`: a word character
  before the `@`). Inside a quote it stays text: quoting words never mentions anyone again.
- a `[quote post=N]` … `[/quote]` block (nestable; unterminated it stays text) becomes a
  blockquote headed with the quoted post's author as the writer could see them ("Priya
  wrote, #12:", or its anonymous label), or a plain blockquote when the post is not one the
  writer can see.
The classes and `data-post` they need are allowed on exactly those tags, with exactly those
values, so a member cannot forge them (raw HTML is off anyway).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "li", "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "blockquote": {"data-post"}}
# Only the renderer's own classes, each on its own tag (mentions.py's contract).
ALLOWED_CLASSES = {"a": {"mention"}, "blockquote": {"quote"}, "p": {"quote-source"}}
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


# What a body may refer to. Usernames of the pattern accounts allow, after a character that
# cannot end an address or a word; post ids as the contract bounds them.
_MENTION = re.compile(r"@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])")
_MENTION_CANDIDATE = re.compile(r"(?<![\w.+\-@])@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])")
_QUOTE_OPEN = re.compile(r"\[quote(?:[ \t]+post=([0-9]{1,18}))?[ \t]*\]")
_QUOTE_CLOSE = "[/quote]"


@dataclass(frozen=True)
class QuotedPost:
    """A quoted post as its quote block heads it: who wrote it (a display name, or the
    anonymous label: never the name behind it) and where it is."""

    id: int
    thread_id: int
    number: int
    source: str


@dataclass(frozen=True)
class References:
    """What a body's `@names` and `[quote post=N]` resolved to: members (not those who
    left) by lower-cased username → username; quotable posts by id."""

    members: Mapping[str, str] = field(default_factory=dict)
    quotes: Mapping[int, QuotedPost] = field(default_factory=dict)


NO_REFERENCES = References()


def mention_candidates(source: str) -> set[str]:
    """Lower-cased names that may be mentions (a superset: some are in code), to resolve
    in one query before rendering."""
    return {name.lower() for name in _MENTION_CANDIDATE.findall(source)}


def quote_candidates(source: str) -> set[int]:
    return {int(post_id) for post_id in _QUOTE_OPEN.findall(source) if post_id}


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].strip()


def _quote_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`[quote post=N]` on a line of its own, to the matching `[/quote]` line (quotes nest);
    without a matching close line it is no quote and stays text."""
    if state.sCount[start] - state.blkIndent >= 4:  # an indented code block
        return False
    opening = _QUOTE_OPEN.fullmatch(_line(state, start))
    if opening is None:
        return False
    depth, close = 1, None
    for line in range(start + 1, end):
        if state.sCount[line] < state.blkIndent and not state.isEmpty(line):
            break  # the list item or quote this block is in ended
        text = _line(state, line)
        if _QUOTE_OPEN.fullmatch(text):
            depth += 1
        elif text == _QUOTE_CLOSE:
            depth -= 1
            if depth == 0:
                close = line
                break
    if close is None:
        return False
    if silent:
        return True
    old_parent, old_max = state.parentType, state.lineMax
    state.parentType = "blockquote"
    state.lineMax = close
    token = state.push("quote_open", "blockquote", 1)
    token.block, token.map = True, [start, close + 1]
    token.meta = {"post": int(opening[1]) if opening[1] else None}
    state.md.block.tokenize(state, start + 1, close)
    token = state.push("quote_close", "blockquote", -1)
    token.block = True
    state.parentType, state.lineMax = old_parent, old_max
    state.line = close + 1
    return True


def _mention(state: StateInline, silent: bool) -> bool:
    """`@name` of a member resolved beforehand; anything else stays text."""
    pos = state.pos
    if state.src[pos] != "@" or state.linkLevel > 0:
        return False
    before = state.src[pos - 1] if pos > 0 else " "
    if before.isalnum() or before in "_.+-@":  # an address, or part of a word
        return False
    match = _MENTION.match(state.src, pos)
    if match is None:
        return False
    username = _references(state.env).members.get(match[1].lower())
    if username is None:
        return False
    if not silent:
        token = state.push("mention", "a", 0)
        token.meta = {"username": username}
    state.pos = match.end()
    return True


def _unmention_quotes(state: StateCore) -> None:
    """Mentions inside a quote are the quoted writer's words: they stay text."""
    depth = 0
    for token in state.tokens:
        if token.type == "quote_open":
            depth += 1
        elif token.type == "quote_close":
            depth -= 1
        elif depth and token.type == "inline" and token.children:
            for child in token.children:
                if child.type == "mention":
                    child.type, child.tag = "text", ""
                    child.content = "@" + child.meta["username"]


def _references(env: Any) -> References:
    references = env.get("village_references") if isinstance(env, dict) else None
    return references if isinstance(references, References) else NO_REFERENCES


def _render_mention(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    username = escapeHtml(tokens[idx].meta["username"])
    return f'<a class="mention" href="/u/{username}">@{username}</a>'


def _render_quote_open(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    post_id = tokens[idx].meta.get("post")
    quoted = _references(env).quotes.get(post_id) if post_id is not None else None
    if quoted is None:
        return "<blockquote>\n"
    return (
        f'<blockquote class="quote" data-post="{quoted.id}"><p class="quote-source">'
        f'<a href="/t/{quoted.thread_id}#post-{quoted.number}">'
        f"{escapeHtml(quoted.source)} wrote, #{quoted.number}:</a></p>\n"
    )


def _render_quote_close(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: Any, env: Any
) -> str:
    return "</blockquote>\n"


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("js-default", {"breaks": True, "linkify": True})
    md.add_render_rule("image", _image_as_text)
    md.block.ruler.before(
        "blockquote",
        "quote",
        _quote_block,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.inline.ruler.before("emphasis", "mention", _mention)
    md.core.ruler.after("inline", "unmention_quotes", _unmention_quotes)
    md.add_render_rule("mention", _render_mention)
    md.add_render_rule("quote_open", _render_quote_open)
    md.add_render_rule("quote_close", _render_quote_close)
    return md


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """`data-post` holds a post id and nothing else."""
    if attribute == "data-post":
        return value if value.isascii() and value.isdigit() and len(value) <= 18 else None
    return value


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
    )


def render_markdown(source: str, references: References = NO_REFERENCES) -> str:
    """Safe HTML of `source`; mentions and quotes only as far as `references` resolves
    them (previews and descriptions resolve none: names stay text, quotes plain)."""
    return sanitize(_markdown().render(source, {"village_references": references})).strip()


@lru_cache(maxsize=256)
def render_description(source: str) -> str:
    """A category's description as HTML, rendered when read rather than stored: categories
    are few and their descriptions rarely change, so a small cache keyed by the text renders
    each text once per process, with no column to keep in step and no migration."""
    return render_markdown(source)
