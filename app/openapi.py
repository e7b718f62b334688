"""The OpenAPI document: every error is documented as a problem document.

FastAPI files a route's extra responses under `application/json`; errors are really sent as
`application/problem+json`, and a generated client needs to know that shape.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.errors import PROBLEM_MEDIA_TYPE, Problem, ValidationProblem

_ERROR_DESCRIPTIONS = {
    400: "Malformed request (bad JSON, bad cursor)",
    401: "Missing or invalid credentials",
    403: "Signed in but not allowed (role, suspension, locked thread)",
    404: "Missing, or hidden from you",
    409: "Conflict with the current state (duplicate)",
    413: "Request body too large",
    422: "Validation failed",
    429: "Rate limited; see Retry-After",
    500: "Unexpected error; quote the X-Request-ID",
    503: "A dependency is down",
}

_LOCATION = {
    "description": "Where the created resource lives.",
    "schema": {"type": "string"},
}

PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ValidationProblem if status == 422 else Problem, "description": text}
    for status, text in _ERROR_DESCRIPTIONS.items()
}


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            for path_item in schema.get("paths", {}).values():
                for operation in path_item.values():
                    created = operation.get("responses", {}).get("201")
                    if created is not None:
                        created.setdefault("headers", {})["Location"] = _LOCATION
                    for status, response in operation.get("responses", {}).items():
                        content = response.get("content", {})
                        if status[0] in "45" and "application/json" in content:
                            response["content"] = {
                                PROBLEM_MEDIA_TYPE: content.pop("application/json")
                            }
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
