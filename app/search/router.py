"""GET /search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.client_identity import address_key
from app.db import SessionDep
from app.deps import PageParams, Viewer
from app.errors import NotFound, raises
from app.forum.schemas import post_json
from app.http import JSON
from app.pagination import page_json
from app.ratelimit import limit
from app.search import service
from app.search.query import MAX_QUERY_CHARS, BadSearch
from app.search.schemas import SearchHitPage
from app.validation import SafeStr

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchHitPage, summary="Search posts")
@raises(NotFound, BadSearch)
async def search_posts(
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    page: PageParams,
    q: Annotated[
        SafeStr,
        Query(
            max_length=MAX_QUERY_CHARS,
            description='Words, "quoted phrases" and -excluded words or phrases; every word '
            "and phrase that is not excluded must match. Very common words are ignored.",
            examples=['colic "gripe water" -dummy'],
        ),
    ],
    category: Annotated[
        SafeStr | None,
        Query(
            max_length=50,
            description="Only posts in this forum category (its slug); unknown: 404.",
            examples=["sleep"],
        ),
    ] = None,
    author: Annotated[
        SafeStr | None,
        Query(
            max_length=64,
            description="Only posts by this member (their username); unknown: 404.",
            examples=["priya_k"],
        ),
    ] = None,
) -> Response:
    """Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Anyone may call it, without
    a token (a token needs `read`). It never finds more than the forum shows the viewer:
    deleted posts never, hidden ones only for moderators, and not the named posts of members
    the viewer blocked; `author=` never finds an anonymous post (moderators excepted), so a
    search cannot unmask anyone. Rate-limited per member or, for guests, per address (429
    with `Retry-After`)."""
    key = f"user:{viewer.id}" if viewer is not None else address_key(request.scope)
    await limit(request, "search", key)
    result = await service.search(
        session,
        viewer,
        q,
        category_slug=category,
        author_username=author,
        limit=page.limit,
        cursor=page.cursor,
    )
    items: list[dict[str, Any]] = []
    for hit in result.hits:
        post = post_json(hit.view, viewer)
        items.append(
            {
                "post": post,
                "thread": {"id": hit.thread_id, "title": hit.thread_title},
                # Hidden or deleted since the search read it: no excerpt of what is not shown.
                "snippet_html": hit.snippet_html if post["body"] else "",
            }
        )
    return Response(page_json(items, result.next_cursor), media_type=JSON)
