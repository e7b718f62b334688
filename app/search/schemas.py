"""The search result (API-community.md, "Search"): `{post: Post, thread: {id, title},
snippet_html}` in a `Page`."""

from __future__ import annotations

from pydantic import BaseModel

from app.forum.schemas import PostRead


class SearchThread(BaseModel):
    id: int
    title: str


class SearchHit(BaseModel):
    post: PostRead
    thread: SearchThread
    # A short excerpt of the post's Markdown source around the match: every character
    # HTML-escaped, the matched words wrapped in <mark>, and nothing else as markup.
    snippet_html: str
