"""The API docs page (`/api/v1/docs`), served whole by the app: no third-party host.

FastAPI's own page loads Swagger UI from a CDN, so it is blank wherever that host cannot be
reached, and runs an inline script. Here Swagger UI's files come from the `fastapi-offline`
package (pinned in pyproject.toml: a build of Swagger UI 5, which reads OpenAPI 3.1), under
a path that names the package's version, so browsers keep them for a year and a new version
is a new address. The page is plain HTML; the code that starts Swagger UI is a served script
(`init.js`) that reads its settings from the page, so the page's Content-Security-Policy
allows scripts and styles from this origin only.

The "Authorize" button uses the password flow: Swagger UI posts the form to `/auth/token`
itself, so no OAuth2 redirect page is needed.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from importlib import metadata, resources
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from app.http import API_PREFIX
from app.web import IMMUTABLE, security_headers

SWAGGER_UI_PACKAGE = "fastapi_offline"
ASSETS_VERSION = metadata.version("fastapi-offline")
DOCS_PATH = f"{API_PREFIX}/docs"
ASSETS_PATH = f"{DOCS_PATH}/assets/{ASSETS_VERSION}"
OPENAPI_PATH = f"{API_PREFIX}/openapi.json"

# What Swagger UI needs and nothing more: its own script and styles, the icons its styles
# carry as data: URIs, and calls to this origin (the document, "Try it out", the token).
SECURITY_HEADERS = security_headers(
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
)

# Started by the page, with the settings written on its #swagger-ui element. No validator
# badge (it would load an image from swagger.io); tokens are kept only while the tab is open.
INIT_JS = """\
"use strict";
(function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.openapiUrl,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    persistAuthorization: false,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  });
})();
"""

PAGE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}/favicon.png">
</head>
<body>
<div id="swagger-ui" data-openapi-url="{openapi}"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="{assets}/init.js"></script>
</body>
</html>
"""

# The files served from the package, by the name they have in the page.
PACKAGE_FILES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon.png": "image/png",
}


def _package_file(name: str) -> Path:
    path = Path(str(resources.files(SWAGGER_UI_PACKAGE).joinpath("static", name)))
    assert path.is_file(), f"{SWAGGER_UI_PACKAGE} is missing {name}: reinstall it"
    return path


def docs_router(title: str) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    files = {name: (_package_file(name), media) for name, media in PACKAGE_FILES.items()}

    @router.get(DOCS_PATH)
    async def api_docs(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        page = PAGE.format(
            title=html.escape(f"{title} – docs"),
            assets=html.escape(root + ASSETS_PATH),
            openapi=html.escape(root + OPENAPI_PATH),
        )
        # The page names this version's assets: it is checked again on every visit.
        return HTMLResponse(page, headers={**SECURITY_HEADERS, "Cache-Control": "no-cache"})

    @router.get(f"{ASSETS_PATH}/init.js")
    async def api_docs_init() -> Response:
        headers = {**SECURITY_HEADERS, "Cache-Control": IMMUTABLE}
        return Response(INIT_JS, media_type="text/javascript", headers=headers)

    for name, (path, media_type) in files.items():
        router.add_api_route(
            f"{ASSETS_PATH}/{name}", _file_endpoint(path, media_type), methods=["GET"]
        )
    return router


def _file_endpoint(path: Path, media_type: str) -> Callable[[], Awaitable[FileResponse]]:
    async def asset() -> FileResponse:
        headers = {**SECURITY_HEADERS, "Cache-Control": IMMUTABLE}
        return FileResponse(path, media_type=media_type, headers=headers)

    asset.__name__ = f"api_docs_{path.stem.replace('-', '_')}"
    return asset
