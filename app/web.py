"""Serves the single-page web app (frontend/dist) at `/`, beside the API.

Hashed assets are cached for a year; `index.html` is never cached, so a new release is
picked up at once. Any path that is not the API's gets `index.html` (history fallback).
Every response of the app carries a strict Content-Security-Policy: no inline script, no
third-party origin.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response

from app.errors import NotFound

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
IMMUTABLE = "public, max-age=31536000, immutable"
NO_CACHE = "no-cache"
# Paths that belong to the service, never to the web app.
SERVICE_PREFIXES = ("api/", "healthz", "readyz")


def install_web_app(app: FastAPI, dist: Path) -> None:
    index = dist / "index.html"
    root = dist.resolve()

    @app.get("/{path:path}", include_in_schema=False)
    async def web_app(path: str, request: Request) -> Response:
        if path.startswith(SERVICE_PREFIXES):
            raise NotFound("There is nothing at this address.")
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = IMMUTABLE if path.startswith("assets/") else NO_CACHE
            return FileResponse(candidate, headers={**SECURITY_HEADERS, "Cache-Control": cache})
        if path.startswith("assets/"):  # a missing hashed asset is a 404, not the app
            raise NotFound("There is no such asset.")
        return FileResponse(index, headers={**SECURITY_HEADERS, "Cache-Control": NO_CACHE})
