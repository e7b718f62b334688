"""`/problems/{slug}`: where every problem `type` resolves.

A problem's `type` is the relative URI `/problems/{slug}`, so it resolves against the server
that answered. There a person reading a log finds a short page saying what the problem means
and what a client should do; a client asking for JSON (`Accept: application/json`) gets the
same as data. Both come from the catalogue in app/errors.py, so they cannot drift from what
the API raises.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from app.errors import NotFound, ProblemError, problem_catalogue

_STYLE = (
    "body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
    "code{background:#f3f0ea;padding:0 .2em}dt{font-weight:600;margin-top:1rem}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
# The pages load nothing: no script, no image, only their own inline style (by its hash).
_HEADERS = {
    "Content-Security-Policy": f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=3600",
}

router = APIRouter(include_in_schema=False)


@router.get("/problems")
async def list_problems(request: Request) -> Response:
    catalogue = sorted(problem_catalogue().values(), key=lambda p: (p.status, p.slug))
    if _wants_json(request):
        return JSONResponse([_as_data(problem) for problem in catalogue], headers=_HEADERS)
    items = "".join(
        f'<dt><a href="/problems/{p.slug}"><code>/problems/{p.slug}</code></a> '
        f"({p.status})</dt><dd>{escape(p.title)}</dd>"
        for p in catalogue
    )
    return _page(
        "Problem types", f"<p>Every problem the Village API answers with.</p><dl>{items}</dl>"
    )


@router.get("/problems/{slug}")
async def describe_problem(request: Request, slug: str) -> Response:
    problem = problem_catalogue().get(slug)
    if problem is None:
        raise NotFound("There is no problem type of this name; /problems lists them all.")
    if _wants_json(request):
        return JSONResponse(_as_data(problem), headers=_HEADERS)
    body = (
        f"<p><code>/problems/{problem.slug}</code> · HTTP {problem.status}</p>"
        f"<p>{escape(problem.advice)}</p>"
        '<p><a href="/problems">All problem types</a></p>'
    )
    return _page(problem.title, body)


def _as_data(problem: type[ProblemError]) -> dict[str, Any]:
    return {
        "type": f"/problems/{problem.slug}",
        "title": problem.title,
        "status": problem.status,
        "advice": problem.advice,
    }


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "json" in accept and "text/html" not in accept


def _page(title: str, body: str) -> HTMLResponse:
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · Village API</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(html, headers=_HEADERS)
