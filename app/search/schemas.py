"""The search result (API-community.md, "Search"): `{post: Post, thread: {id, title},
snippet_html}` in a `Page`."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.forum.schemas import PostRead
from app.pagination import Page


class SearchThread(BaseModel):
    """The thread a found post is in."""

    id: int = Field(description="The thread's id.", examples=[42])
    title: str = Field(description="The thread's title.", examples=["Sleep regression"])


class SearchHit(BaseModel):
    """A post that matches the search, as the viewer may see it, with its thread."""

    post: PostRead = Field(description="The post found (a title match finds the first post).")
    thread: SearchThread = Field(description="The thread it is in.")
    snippet_html: str = Field(
        description="A short excerpt of the post's Markdown source around the match: every "
        "character HTML-escaped and the matched words wrapped in `<mark>`, nothing else as "
        "markup, so it is safe to insert into a page. Empty when the post was hidden or "
        "deleted after the search read it.",
        examples=["…after <mark>two</mark> <mark>weeks</mark> it passed…"],
    )


class SearchHitPage(Page[SearchHit]):
    """A page of search results, best match first."""
