"""The web app's files go out precompressed: the build writes `x.br` and `x.gz` beside each
text file (frontend/vite.config.ts), and app/web.py sends the one the browser accepts, brotli
first, with the right Content-Encoding, Content-Type, Content-Length, Vary and caching."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient, Response

from app.config import Settings
from app.main import create_app, release_resources
from app.web import accepted_codings

SCRIPT = ("console.log('village');\n" * 200).encode()
PAGE = b'<!doctype html><title>Village</title><div id="root"></div>' + b" " * 2000
# No brotli encoder on the Python side: a stand-in body is enough, as the server only picks
# the file and never decodes it. The bytes on the wire are compared with the file's.
SCRIPT_BR = b"\x1b\x00brotli stand-in for the script"
PAGE_BR = b"\x1b\x00brotli stand-in for the page"


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    """A folder as `npm run build` leaves it: hashed assets and index.html with .br and .gz
    beside them, and a small file that the build left uncompressed."""
    folder = tmp_path / "dist"
    assets = folder / "assets"
    assets.mkdir(parents=True)
    for file, body, br in (
        (folder / "index.html", PAGE, PAGE_BR),
        (assets / "index-abc123.js", SCRIPT, SCRIPT_BR),
    ):
        file.write_bytes(body)
        file.with_name(file.name + ".gz").write_bytes(gzip.compress(body, mtime=0))
        file.with_name(file.name + ".br").write_bytes(br)
    (assets / "tiny-def456.css").write_text("a{}")  # compressing it would not make it smaller
    return folder


@pytest.fixture
async def web(settings: Settings, dist: Path) -> AsyncIterator[AsyncClient]:
    app = create_app(settings.model_copy(update={"frontend_dist": dist}))
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        yield client
    await release_resources(app)


async def fetch(web: AsyncClient, path: str, accept_encoding: str) -> tuple[Response, bytes]:
    """The response and its bytes as sent, not decoded."""
    async with web.stream("GET", path, headers={"Accept-Encoding": accept_encoding}) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    return response, raw


async def test_brotli_is_preferred_when_both_are_accepted(web: AsyncClient) -> None:
    response, raw = await fetch(web, "/assets/index-abc123.js", "gzip, deflate, br, zstd")
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "br"
    assert raw == SCRIPT_BR
    assert response.headers["content-length"] == str(len(SCRIPT_BR))
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "script-src 'self'" in response.headers["content-security-policy"]


async def test_gzip_when_brotli_is_not_accepted(web: AsyncClient) -> None:
    for accept in ("gzip", "gzip, deflate", "br;q=0, gzip", "br;q=0.5, gzip;q=1"):
        response, raw = await fetch(web, "/assets/index-abc123.js", accept)
        assert response.headers["content-encoding"] == "gzip", accept
        assert gzip.decompress(raw) == SCRIPT
        assert response.headers["content-length"] == str(len(raw))
        assert response.headers["content-type"].startswith("text/javascript")
        assert response.headers["vary"] == "Accept-Encoding"
        assert "immutable" in response.headers["cache-control"]


async def test_the_file_itself_when_no_coding_is_accepted(web: AsyncClient) -> None:
    for accept in ("", "identity", "deflate", "gzip;q=0, br;q=0", "*;q=0", "gzip;q=oops"):
        response, raw = await fetch(web, "/assets/index-abc123.js", accept)
        assert "content-encoding" not in response.headers, accept
        assert raw == SCRIPT
        assert response.headers["content-length"] == str(len(SCRIPT))
        # The response would differ for another Accept-Encoding, so caches must know.
        assert response.headers["vary"] == "Accept-Encoding"


async def test_a_wildcard_accepts_brotli(web: AsyncClient) -> None:
    response, raw = await fetch(web, "/assets/index-abc123.js", "*")
    assert response.headers["content-encoding"] == "br"
    assert raw == SCRIPT_BR


async def test_index_html_is_compressed_and_never_cached(web: AsyncClient) -> None:
    for path in ("/", "/index.html", "/t/42", "/mod/queue"):
        response, raw = await fetch(web, path, "gzip, br")
        assert response.headers["content-encoding"] == "br", path
        assert raw == PAGE_BR
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["vary"] == "Accept-Encoding"
        response, raw = await fetch(web, path, "gzip")
        assert gzip.decompress(raw) == PAGE


async def test_each_coding_has_its_own_validator(web: AsyncClient) -> None:
    """A strong ETag names exact bytes (RFC 9110 8.8.3): the forms must not share one."""
    tags = set()
    for accept in ("br", "gzip", "identity"):
        response, _ = await fetch(web, "/assets/index-abc123.js", accept)
        tags.add(response.headers["etag"])
    assert len(tags) == 3


async def test_a_file_without_compressed_forms_goes_as_it_is(web: AsyncClient) -> None:
    response, raw = await fetch(web, "/assets/tiny-def456.css", "gzip, br")
    assert raw == b"a{}"
    assert "content-encoding" not in response.headers
    assert "vary" not in response.headers
    assert response.headers["content-type"].startswith("text/css")
    assert "immutable" in response.headers["cache-control"]


async def test_a_compressed_file_asked_for_by_name_is_not_mislabelled(web: AsyncClient) -> None:
    # Sent as opaque bytes: never as JavaScript that a browser would fail to read.
    response, raw = await fetch(web, "/assets/index-abc123.js.gz", "identity")
    assert response.headers["content-type"] == "application/octet-stream"
    assert "content-encoding" not in response.headers
    assert gzip.decompress(raw) == SCRIPT


def test_accept_encoding_is_read_with_its_weights() -> None:
    assert accepted_codings("gzip, deflate, br") == {"gzip": 1.0, "deflate": 1.0, "br": 1.0}
    assert accepted_codings("BR;q=0.5 , gzip;Q=0.8") == {"br": 0.5, "gzip": 0.8}
    assert accepted_codings("br;q=2, gzip;q=-1, *;q=nope") == {"br": 1.0, "gzip": 0.0, "*": 0.0}
    assert accepted_codings(" , ;q=1") == {}
