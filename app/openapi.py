"""The OpenAPI document as the contract: per operation, the problems it can answer with and
every header it sends.

Problems come from one catalogue (app/errors.py): what a route can raise is declared with
`raises(...)` on the route or on a dependency under it, and what every request of a kind
can meet (a body to parse, a rate limit, a database that is away) is added here by the shape
of the route. The test client holds every response to what this document says
(tests/contract.py), so a declaration cannot drift from the behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from app.errors import (
    PROBLEM_MEDIA_TYPE,
    MalformedJson,
    PayloadTooLarge,
    Problem,
    ProblemError,
    RequestHeaderFieldsTooLarge,
    ServiceUnavailable,
    UnprocessableEntity,
    UriTooLong,
    ValidationProblem,
    declared_problems,
)
from app.idempotency import REPLAYED_HEADER
from app.openapi_security import SIGNED_IN, add_token_scheme, requirements
from app.ratelimit import RateLimited

# Every request is rate-limited, has its request line and headers bounded (app/server.py,
# app/middleware.py), and may find the database away (app/transient.py); and any may meet
# a defect (500 `internal-error`, with the X-Request-ID to quote).
EVERY_REQUEST: tuple[type[ProblemError], ...] = (
    UriTooLong,
    RateLimited,
    RequestHeaderFieldsTooLarge,
    ProblemError,
    ServiceUnavailable,
)
WITH_BODY: tuple[type[ProblemError], ...] = (MalformedJson, PayloadTooLarge, UnprocessableEntity)
WITH_PARAMETERS: tuple[type[ProblemError], ...] = (UnprocessableEntity,)

_REF = "#/components/{kind}/{name}"

# Response headers, declared once under components/headers and referred to by name.
HEADERS: dict[str, dict[str, Any]] = {
    "X-Request-ID": {
        "description": "This request's id, also in the server's log: quote it when reporting "
        "a problem. A client may send its own (up to 64 letters, digits, `-`, `_`, `.`).",
        "schema": {"type": "string"},
    },
    "RateLimit-Limit": {
        "description": "Requests allowed in the current window of the bucket that applies "
        "(the strictest one this request counts against).",
        "schema": {"type": "integer"},
    },
    "RateLimit-Remaining": {
        "description": "Requests left in that window.",
        "schema": {"type": "integer"},
    },
    "RateLimit-Reset": {
        "description": "Seconds until that window starts again.",
        "schema": {"type": "integer"},
    },
    "Retry-After": {
        "description": "Seconds to wait before sending the request again.",
        "schema": {"type": "integer"},
    },
    "WWW-Authenticate": {
        "description": 'RFC 6750: `Bearer` when no token came; `Bearer error="invalid_token"` '
        'for an expired, malformed or revoked one; `Bearer error="insufficient_scope", '
        'scope="…"` naming every scope the token lacks.',
        "schema": {"type": "string"},
    },
    "Location": {
        "description": "Where the created resource lives.",
        "schema": {"type": "string"},
    },
    "ETag": {
        "description": "A weak validator of this answer as this viewer sees it: send it back "
        "in `If-None-Match` to get 304 while it is current.",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": "`private, no-cache`: a client may keep the answer but must "
        "revalidate it (with `If-None-Match`) before using it.",
        "schema": {"type": "string"},
    },
    REPLAYED_HEADER: {
        "description": "`true` when this is the stored answer to an earlier request with the "
        "same `Idempotency-Key` (nothing was done again).",
        "schema": {"type": "string", "enum": ["true"]},
    },
}
ON_EVERY_RESPONSE = ("X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")

IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The `ETag` of the answer you have: 304 without a body while it is current.",
    "schema": {"type": "string"},
}


def api_operations(app: FastAPI) -> Iterator[tuple[str, str, APIRoute]]:
    """(method, full path, route) of every documented operation, in the app's order."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and route.include_in_schema and context.path_format:
            for method in sorted(route.methods or ()):
                yield method, context.path_format, route


def route_problems(route: APIRoute) -> dict[int, list[type[ProblemError]]]:
    """The problems an operation can answer with, by status, each slug once."""
    candidates: list[type[ProblemError]] = list(EVERY_REQUEST)
    if route.body_field is not None:
        candidates.extend(WITH_BODY)
    elif _has_parameters(route.dependant):
        candidates.extend(WITH_PARAMETERS)
    for call in _calls(route.dependant):
        candidates.extend(declared_problems(call))
    by_status: dict[int, list[type[ProblemError]]] = {}
    seen: set[str] = set()
    for problem in candidates:
        if problem.slug not in seen:
            seen.add(problem.slug)
            by_status.setdefault(problem.status, []).append(problem)
    return dict(sorted(by_status.items()))


def is_idempotent(route: APIRoute) -> bool:
    return any(param.alias == "Idempotency-Key" for param in _all_header_params(route.dependant))


def operation_id(route: APIRoute) -> str:
    """`list_threads` → `listThreads`: what a generated client's method is called."""
    head, *rest = route.name.split("_")
    return head + "".join(word.capitalize() for word in rest)


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
                servers=app.servers,
                contact=app.contact,
                license_info=app.license_info,
            )
            _document_operations(app, schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document_operations(app: FastAPI, schema: dict[str, Any]) -> None:
    add_token_scheme(schema)
    components = schema.setdefault("components", {})
    _add_problem_schemas(components)
    components["headers"] = HEADERS
    components.setdefault("parameters", {})["IfNoneMatch"] = IF_NONE_MATCH
    paths = schema.get("paths", {})
    for method, path, route in api_operations(app):
        operation = paths.get(path, {}).get(method.lower())
        if operation is not None:
            _document_operation(route, operation, components["schemas"])
    # FastAPI's own validation error shapes: ours (ValidationProblem) replaces them.
    for name in ("HTTPValidationError", "ValidationError"):
        components.get("schemas", {}).pop(name, None)


def _document_operation(
    route: APIRoute, operation: dict[str, Any], schemas: dict[str, Any]
) -> None:
    calls = set(_calls(route.dependant))
    operation["security"] = requirements(
        operation.get("security", []), guest_may_call=SIGNED_IN not in calls
    )
    responses: dict[str, Any] = operation["responses"]
    responses.pop("422", None)  # FastAPI's default; ours comes with the problems below
    for code, problems in route_problems(route).items():
        responses[str(code)] = _problem_response(code, problems, schemas)
    conditional = "304" in responses
    if conditional:
        operation.setdefault("parameters", []).append(_ref("parameters", "IfNoneMatch"))
        responses["304"] = {
            "description": "Not modified: the `ETag` in `If-None-Match` is current."
        }
    for status, response in responses.items():
        names = list(ON_EVERY_RESPONSE)
        if status in ("429", "503"):
            names.append("Retry-After")
        if status == "401" or (status == "403" and "insufficient-scope" in _slugs(response)):
            names.append("WWW-Authenticate")
        if status == "201":
            names.append("Location")
        if conditional and status in ("200", "304"):
            names += ["ETag", "Cache-Control"]
        if status.startswith("2") and is_idempotent(route):
            names.append(REPLAYED_HEADER)
        headers = response.setdefault("headers", {})
        for name in names:
            headers.setdefault(name, _ref("headers", name))


def _problem_response(
    status: int, problems: list[type[ProblemError]], schemas: dict[str, Any]
) -> dict[str, Any]:
    """The response of one error status: its problem types, each a named schema (so a
    generated client has one class per problem type, not one per operation), told apart by
    their `type` when there are several."""
    refs = [_problem_schema(problem, schemas) for problem in problems]
    schema: dict[str, Any] = refs[0]
    if len(refs) > 1:
        schema = {
            "oneOf": refs,
            "discriminator": {
                "propertyName": "type",
                "mapping": {
                    f"/problems/{problem.slug}": ref["$ref"]
                    for problem, ref in zip(problems, refs, strict=True)
                },
            },
        }
    lines = "\n".join(f"- `/problems/{p.slug}`: {p.title}." for p in problems)
    return {
        "description": f"{HTTPStatus(status).phrase}. The problem `type` is one of:\n{lines}",
        "content": {
            PROBLEM_MEDIA_TYPE: {
                "schema": schema,
                "examples": {
                    problem.slug: {"summary": problem.title, "value": _example(problem)}
                    for problem in problems
                },
            }
        },
    }


def _problem_schema(problem: type[ProblemError], schemas: dict[str, Any]) -> dict[str, str]:
    """A reference to the named schema of one problem type, added on first use."""
    name = "".join(word.capitalize() for word in problem.slug.split("-")) + "Problem"
    if name not in schemas:
        base = ValidationProblem if problem.status == 422 else Problem
        schemas[name] = {
            "title": name,
            "description": f"`/problems/{problem.slug}`: {problem.advice}",
            "allOf": [
                _ref("schemas", base.__name__),
                {
                    "type": "object",
                    "required": ["type"],
                    "properties": {
                        "type": {"type": "string", "enum": [f"/problems/{problem.slug}"]},
                        "status": {"type": "integer", "enum": [problem.status]},
                    },
                },
            ],
        }
    return _ref("schemas", name)


def documented_problem_types(response: dict[str, Any], schemas: dict[str, Any]) -> set[str]:
    """The problem `type`s a documented error response can carry."""
    schema = response.get("content", {}).get(PROBLEM_MEDIA_TYPE, {}).get("schema", {})
    types: set[str] = set()
    for ref in schema.get("oneOf", [schema]):
        named = schemas.get(ref.get("$ref", "").rpartition("/")[2], {})
        for part in named.get("allOf", []):
            types.update(part.get("properties", {}).get("type", {}).get("enum", []))
    return types


def _example(problem: type[ProblemError]) -> dict[str, Any]:
    example: dict[str, Any] = {
        "type": f"/problems/{problem.slug}",
        "title": problem.title,
        "status": problem.status,
        "detail": problem.title + ".",
    }
    if problem.status == 422:
        example["errors"] = [{"loc": ["body"], "msg": problem.title, "type": problem.slug}]
    return example


def _slugs(response: dict[str, Any]) -> set[str]:
    return set(response.get("content", {}).get(PROBLEM_MEDIA_TYPE, {}).get("examples", {}))


def _add_problem_schemas(components: dict[str, Any]) -> None:
    schemas = components.setdefault("schemas", {})
    for model in (Problem, ValidationProblem):
        definition = model.model_json_schema(
            ref_template=_REF.format(kind="schemas", name="{model}")
        )
        schemas.update(definition.pop("$defs", {}))
        schemas[model.__name__] = definition


def _ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": _REF.format(kind=kind, name=name)}


def _calls(dependant: Dependant) -> Iterator[Any]:
    if dependant.call is not None:
        yield dependant.call
    for sub in dependant.dependencies:
        yield from _calls(sub)


def _has_parameters(dependant: Dependant) -> bool:
    if dependant.path_params or dependant.query_params or dependant.header_params:
        return True
    return any(_has_parameters(sub) for sub in dependant.dependencies)


def _all_header_params(dependant: Dependant) -> Iterator[Any]:
    yield from dependant.header_params
    for sub in dependant.dependencies:
        yield from _all_header_params(sub)
