"""Serves the single-page web app (frontend/dist) at `/`, beside the API.

Hashed assets are cached for a year; `index.html` is never cached, so a new release is
picked up at once. Any path that is not the API's gets `index.html` (history fallback).
Every response of the app carries a strict Content-Security-Policy: no inline script, no
third-party origin.

The build writes each text file compressed beside it (`x.js.br`, `x.js.gz`, see
frontend/vite.config.ts): the one the browser accepts is sent as it is, brotli first, then
gzip, else the file itself, so nothing is compressed per request.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from starlette.convertors import Convertor, register_url_convertor

from app.errors import NotFound


def security_headers(*policy: str) -> dict[str, str]:
    """The headers every page the app serves carries, with its Content-Security-Policy."""
    return {
        "Content-Security-Policy": "; ".join(policy),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }


SECURITY_HEADERS = security_headers(
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
)
IMMUTABLE = "public, max-age=31536000, immutable"
NO_CACHE = "no-cache"
# Content codings the build writes beside a file, by the suffix it gives them; in the order
# preferred when the browser accepts both equally (brotli is about 15 % smaller).
PRECOMPRESSED = (("br", ".br"), ("gzip", ".gz"))


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


def accepted_codings(accept_encoding: str) -> dict[str, float]:
    """The content codings of an `Accept-Encoding` header with their weights (RFC 9110
    12.5.3): `br;q=0.5, gzip` → {"br": 0.5, "gzip": 1.0}; `*` stands for any other."""
    codings: dict[str, float] = {}
    for item in accept_encoding.lower().split(","):
        name, _, params = item.partition(";")
        name = name.strip()
        if not name:
            continue
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    weight = float(value.strip())
                except ValueError:
                    weight = 0.0  # an unreadable weight accepts nothing
        codings[name] = min(max(weight, 0.0), 1.0)
    return codings


def precompressed(file: Path, accept_encoding: str) -> tuple[str, Path] | None:
    """The compressed sibling of `file` to send instead of it, with its coding: the one the
    client weighs highest, brotli on a tie; None when it accepts none of those that exist."""
    codings = accepted_codings(accept_encoding)
    best: tuple[float, str, Path] | None = None
    for coding, suffix in PRECOMPRESSED:
        weight = codings.get(coding, codings.get("*", 0.0))
        sibling = file.with_name(file.name + suffix)
        if weight > 0 and (best is None or weight > best[0]) and sibling.is_file():
            best = (weight, coding, sibling)
    return None if best is None else (best[1], best[2])


def file_response(file: Path, cache_control: str, request: Request) -> FileResponse:
    """`file`, or its precompressed form when the client accepts it. Either way the type is
    the file's own, and `Vary: Accept-Encoding` is sent wherever a compressed form exists,
    so a cache keeps the forms apart. Each form's ETag is that of the bytes sent (FileResponse
    derives it from the file sent), so no two codings share a strong validator."""
    media_type, encoding = mimetypes.guess_type(file.name)
    if media_type is None or encoding is not None:  # e.g. `x.js.gz` asked for by name
        media_type = "application/octet-stream"
    headers = {**SECURITY_HEADERS, "Cache-Control": cache_control}
    if any(file.with_name(file.name + suffix).is_file() for _, suffix in PRECOMPRESSED):
        headers["Vary"] = "Accept-Encoding"
    chosen = precompressed(file, request.headers.get("accept-encoding", ""))
    if chosen is None:
        return FileResponse(file, media_type=media_type, headers=headers)
    coding, sibling = chosen
    headers["Content-Encoding"] = coding
    return FileResponse(sibling, media_type=media_type, headers=headers)


def install_web_app(app: FastAPI, dist: Path) -> None:
    index = dist / "index.html"
    root = dist.resolve()

    @app.get("/{path:webapp}", include_in_schema=False)
    async def web_app(path: str, request: Request) -> Response:
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = IMMUTABLE if path.startswith("assets/") else NO_CACHE
            return file_response(candidate, cache, request)
        if path.startswith("assets/"):  # a missing hashed asset is a 404, not the app
            raise NotFound("There is no such asset.")
        return file_response(index, NO_CACHE, request)
