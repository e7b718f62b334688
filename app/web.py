"""Serves the single-page web app (frontend/dist) at `/`, beside the API.

Hashed assets are cached for a year; `index.html` is never cached, so a new release is
picked up at once. Any path that is not the API's gets `index.html` (history fallback).
Every response of the app carries a strict Content-Security-Policy: no inline script, no
third-party origin.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from starlette.convertors import Convertor, register_url_convertor

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


class WebAppPath(Convertor[str]):
    """Any path except the service's own (the API, health checks): those never reach the
    web app, so an unknown API route stays a 404 problem and `Allow` lists only what the
    API route accepts."""

    regex = r"(?!api/|api$|healthz$|readyz$).*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("webapp", WebAppPath())


def install_web_app(app: FastAPI, dist: Path) -> None:
    index = dist / "index.html"
    root = dist.resolve()

    @app.get("/{path:webapp}", include_in_schema=False)
    async def web_app(path: str) -> Response:
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = IMMUTABLE if path.startswith("assets/") else NO_CACHE
            return FileResponse(candidate, headers={**SECURITY_HEADERS, "Cache-Control": cache})
        if path.startswith("assets/"):  # a missing hashed asset is a 404, not the app
            raise NotFound("There is no such asset.")
        return FileResponse(index, headers={**SECURITY_HEADERS, "Cache-Control": NO_CACHE})
