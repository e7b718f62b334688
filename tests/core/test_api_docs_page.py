"""The API docs page is served whole by the app: every file it loads comes from the app, no
absolute URL to another host is in its HTML, no script runs inline, and it and its files
carry a Content-Security-Policy that allows this origin only. Its "Authorize" button's
password flow posts to a token route of this origin, which signs in."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

from httpx import ASGITransport, AsyncClient, Headers

from app.api_docs import ASSETS_VERSION
from tests.helpers import Forum

DOCS = "/api/v1/docs"
EXPECTED_TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".png": "image/png",
}


class Page(HTMLParser):
    """What a browser would load from a page, and any script or style written inline."""

    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.inline: list[str] = []
        self.data: dict[str, str] = {}
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name in ("src", "href"):
            if attributes.get(name):
                self.references.append(str(attributes[name]))
        if "style" in attributes or tag == "style":
            self.inline.append(f"style on <{tag}>")
        if any(name.startswith("on") for name in attributes):
            self.inline.append(f"event handler on <{tag}>")
        if tag == "script":
            self._in_script = True
            if not attributes.get("src"):
                self.inline.append("a <script> without src")
        for name, value in attrs:
            if name.startswith("data-") and value is not None:
                self.data[name] = value

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append("script text")


def assert_strict_csp(headers: Headers, where: str) -> None:
    csp = headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'none'", where
    assert directives["script-src"] == "'self'", where
    assert directives["style-src"] == "'self'", where
    assert directives["connect-src"] == "'self'", where
    assert "unsafe" not in csp and "http" not in csp, (where, csp)
    assert headers["x-content-type-options"] == "nosniff", where


async def test_docs_page_loads_everything_from_the_app_under_a_strict_csp(app: object) -> None:
    transport = ASGITransport(app=app)  # type: ignore[arg-type]
    async with AsyncClient(transport=transport, base_url="http://test") as browser:
        page_response = await browser.get(DOCS)
        assert page_response.status_code == 200
        assert page_response.headers["content-type"].startswith("text/html")
        assert_strict_csp(page_response.headers, DOCS)
        html = page_response.text
        # No absolute URL at all (`//host/…` included): every address is this origin's.
        assert "//" not in html, html
        page = Page()
        page.feed(html)
        assert not page.inline, page.inline
        assert len(page.references) == 4, page.references  # css, icon, Swagger UI, init
        for reference in page.references:
            assert reference.startswith(f"{DOCS}/assets/{ASSETS_VERSION}/"), reference
            asset = await browser.get(urljoin(str(page_response.url), reference))
            assert asset.status_code == 200, reference
            suffix = reference[reference.rfind(".") :]
            assert asset.headers["content-type"].startswith(EXPECTED_TYPES[suffix]), reference
            assert "immutable" in asset.headers["cache-control"], reference
            assert_strict_csp(asset.headers, reference)
            assert len(asset.content) > 0
        # What the served start-up script reads from the page: the document, from here too.
        document_url = page.data["data-openapi-url"]
        document = await browser.get(document_url)
        assert document.status_code == 200
        assert document.json()["openapi"].startswith("3.")


async def test_swagger_ui_is_the_package_build_and_the_start_up_script_is_served(
    app: object,
) -> None:
    transport = ASGITransport(app=app)  # type: ignore[arg-type]
    async with AsyncClient(transport=transport, base_url="http://test") as browser:
        assets = f"{DOCS}/assets/{ASSETS_VERSION}"
        bundle = await browser.get(f"{assets}/swagger-ui-bundle.js")
        assert b"SwaggerUIBundle" in bundle.content
        init = await browser.get(f"{assets}/init.js")
        assert b"SwaggerUIBundle(" in init.content
        assert b"dataset.openapiUrl" in init.content
        # No validator badge: it would load an image from another host.
        assert b"validatorUrl: null" in init.content
        # An asset of another version, or one the package does not have, is not served.
        assert (await browser.get(f"{DOCS}/assets/0.0.0/swagger-ui-bundle.js")).status_code == 404
        assert (await browser.get(f"{assets}/redoc.standalone.js")).status_code == 404
        # FastAPI's own CDN page and its redirect page are gone.
        assert (await browser.get("/docs/oauth2-redirect")).status_code == 404


async def test_the_password_flow_of_authorize_signs_in_at_this_origin(
    app: object, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    schemes = app.openapi()["components"]["securitySchemes"]  # type: ignore[attr-defined]
    flows = [scheme["flows"]["password"] for scheme in schemes.values() if "flows" in scheme]
    assert flows, schemes
    token_url = flows[0]["tokenUrl"]
    assert not token_url.startswith(("http:", "https:", "//")), token_url
    transport = ASGITransport(app=app)  # type: ignore[arg-type]
    async with AsyncClient(transport=transport, base_url="http://test") as browser:
        # As Swagger UI sends it: form-encoded, relative to the page.
        response = await browser.post(
            urljoin(f"http://test{DOCS}", token_url),
            data={
                "grant_type": "password",
                "username": member.username,
                "password": member.password,
            },
        )
        assert response.status_code == 200, response.text
        assert response.json()["token_type"].lower() == "bearer"
