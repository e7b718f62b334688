"""Every problem type is in one catalogue, documented where it is raised, and resolves to a
page at `/problems/{slug}` that says what it means and what to do."""

from __future__ import annotations

import html
from typing import Any

from httpx import ASGITransport, AsyncClient

from app.errors import ProblemError, problem_catalogue
from app.main import create_app
from app.openapi import documented_problem_types

# Answered by the HTTP layer before any operation is chosen: no operation documents them.
OUTSIDE_OPERATIONS = {"malformed-request", "method-not-allowed"}


def _documented_types(document: dict[str, Any]) -> set[str]:
    schemas = document["components"]["schemas"]
    return {
        problem_type
        for item in document["paths"].values()
        for operation in item.values()
        for response in operation["responses"].values()
        for problem_type in documented_problem_types(response, schemas)
    }


def test_every_problem_says_what_it_means_and_what_to_do() -> None:
    for slug, problem in problem_catalogue().items():
        assert "advice" in vars(problem), f"{problem.__name__} ({slug}) has no advice of its own"
        assert len(problem.advice) > 40, slug


def test_problems_sharing_a_slug_share_status_and_title() -> None:
    def walk(cls: type[ProblemError]) -> list[type[ProblemError]]:
        return [cls] + [sub for child in cls.__subclasses__() for sub in walk(child)]

    catalogue = problem_catalogue()
    for cls in walk(ProblemError):
        if vars(cls).get("abstract", False):
            continue
        first = catalogue[cls.slug]
        assert (cls.status, cls.title) == (first.status, first.title), cls.__name__


def test_every_problem_an_operation_can_raise_is_documented_somewhere(
    document: dict[str, Any],
) -> None:
    documented = _documented_types(document)
    catalogue = {f"/problems/{slug}" for slug in problem_catalogue()} - {
        f"/problems/{slug}" for slug in OUTSIDE_OPERATIONS
    }
    assert catalogue - documented == set()
    assert documented - catalogue == set()


async def test_every_documented_problem_type_resolves(document: dict[str, Any]) -> None:
    app = create_app()
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
        for problem_type in sorted(_documented_types(document)):
            page = await http.get(problem_type, headers={"Accept": "text/html"})
            assert page.status_code == 200, problem_type
            assert page.headers["content-type"].startswith("text/html")
            assert "default-src 'none'" in page.headers["content-security-policy"]
            data = await http.get(problem_type, headers={"Accept": "application/json"})
            assert data.status_code == 200
            body = data.json()
            assert body["type"] == problem_type
            assert body["advice"] in html.unescape(page.text)


async def test_the_catalogue_page_lists_every_problem_and_unknown_ones_are_404() -> None:
    app = create_app()
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
        index = await http.get("/problems", headers={"Accept": "application/json"})
        assert {entry["type"] for entry in index.json()} == {
            f"/problems/{slug}" for slug in problem_catalogue()
        }
        html = await http.get("/problems")
        assert "/problems/thread-locked" in html.text
        missing = await http.get("/problems/no-such-thing")
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"
        assert missing.json()["type"] == "/problems/not-found"
