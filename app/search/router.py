"""GET /search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from app.client_identity import address_key
from app.db import SessionDep
from app.deps import PageParams, Viewer
from app.forum.schemas import post_json
from app.http import JSON
from app.pagination import Page, page_json
from app.ratelimit import limit
from app.search import service
from app.search.query import MAX_QUERY_CHARS
from app.search.schemas import SearchHit
from app.validation import SafeStr

router = APIRouter(tags=["search"])


@router.get("/search", response_model=Page[SearchHit])
async def search(
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    page: PageParams,
    q: Annotated[
        SafeStr,
        Query(
            max_length=MAX_QUERY_CHARS,
            description='Words, "quoted phrases" and -excluded words or phrases.',
        ),
    ],
    category: Annotated[SafeStr | None, Query(max_length=50, description="A slug.")] = None,
    author: Annotated[SafeStr | None, Query(max_length=64, description="A username.")] = None,
) -> Response:
    """Posts and thread titles that match `q`, best match first (a title match finds the
    thread's first post), among the 1,000 most recent matches. Hidden, deleted and blocked
    members' posts are never found; `author=` never finds an anonymous post (moderators
    excepted). An unknown `category` or `author` is 404. Counted against RATE_LIMIT_SEARCH,
    per member or, for visitors, per address."""
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
