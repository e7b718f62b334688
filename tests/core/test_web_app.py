"""The web app is served at / beside the API, with history fallback, cache headers and a
strict Content-Security-Policy; and the committed OpenAPI document the app's types are
generated from is never stale."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient

from app.cli import openapi_document
from app.config import Settings
from app.main import create_app, release_resources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    folder = tmp_path / "dist"
    (folder / "assets").mkdir(parents=True)
    (folder / "index.html").write_text('<!doctype html><div id="root"></div>')
    (folder / "assets" / "index-abc123.js").write_text("console.log('village')")
    (folder / "favicon.svg").write_text("<svg/>")
    return folder


@pytest.fixture
async def web(settings: Settings, dist: Path) -> AsyncIterator[AsyncClient]:
    app = create_app(settings.model_copy(update={"frontend_dist": dist}))
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        yield client
    await release_resources(app)


async def test_index_and_history_fallback_are_never_cached(web: AsyncClient) -> None:
    for path in ("/", "/t/42", "/c/sleep", "/mod/queue"):
        response = await web.get(path)
        assert response.status_code == 200, path
        assert '<div id="root">' in response.text
        assert response.headers["cache-control"] == "no-cache"
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'self'" in csp
        assert "unsafe-inline" not in csp and "http" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"


async def test_hashed_assets_are_cached_for_a_year(web: AsyncClient) -> None:
    response = await web.get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]
    assert "max-age=31536000" in response.headers["cache-control"]
    assert (await web.get("/favicon.svg")).headers["cache-control"] == "no-cache"


async def test_missing_assets_and_api_paths_are_problems_not_the_app(web: AsyncClient) -> None:
    for path in ("/assets/missing.js", "/api/v1/no-such-route", "/api/other"):
        response = await web.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_the_api_still_answers_beside_the_app(web: AsyncClient) -> None:
    assert (await web.get("/api/v1/categories")).status_code == 200
    assert (await web.get("/healthz")).status_code == 200


async def test_paths_cannot_escape_the_dist_folder(web: AsyncClient, dist: Path) -> None:
    (dist.parent / "secret.txt").write_text("not for you")
    response = await web.get("/..%2Fsecret.txt")
    assert "not for you" not in response.text


def test_committed_openapi_document_is_current() -> None:
    committed = (ROOT / "frontend" / "openapi.json").read_text()
    assert committed == openapi_document(), (
        "frontend/openapi.json is stale: run `village openapi` and `npm run gen:api` in frontend/"
    )
