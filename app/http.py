"""HTTP helpers shared by routers: the API's path prefix, conditional GETs with ETags."""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import Request, Response
from pydantic import BaseModel

JSON = "application/json"
# Where the API is mounted: every route, `Location` header and documentation URL under it.
API_PREFIX = "/api/v1"
# A conditional GET's `responses=`: answers with `json_with_etag`. The OpenAPI document then
# declares `If-None-Match`, the 304 and the `ETag` for it (app/openapi.py).
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the `ETag` in `If-None-Match` is current."}
}


def json_with_etag(request: Request, content: BaseModel | bytes) -> Response:
    """Serialises `content` and answers 304 when the client already has these bytes.

    The ETag is a hash of the body as this viewer sees it, so it is right per viewer;
    `Vary: Authorization` keeps shared caches from mixing viewers up.
    """
    body = content.model_dump_json().encode() if isinstance(content, BaseModel) else content
    etag = f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache", "Vary": "Authorization"}
    if etag in _if_none_match(request):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=JSON, headers=headers)


def _if_none_match(request: Request) -> set[str]:
    header = request.headers.get("if-none-match", "")
    tags = {tag.strip() for tag in header.split(",") if tag.strip()}
    # Weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    return tags | {tag if tag.startswith("W/") else f"W/{tag}" for tag in tags}
