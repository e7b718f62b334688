"""The OpenAPI document reads like a reference a person wrote: every operation named,
summarised and described, every parameter explained, schema names without framework
artefacts, and the headers a client needs declared."""

from __future__ import annotations

import re
from typing import Any

from app.main import create_app
from app.openapi import api_operations

CAMEL_CASE = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)*$")
SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
    ]


def test_operation_ids_are_unique_camel_case(document: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in _operations(document)]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert [i for i in ids if not CAMEL_CASE.match(i)] == []


def test_every_operation_has_a_written_summary_and_description(document: dict[str, Any]) -> None:
    app = create_app()
    generated = {
        (method, path): route.name.replace("_", " ").title()
        for method, path, route in api_operations(app)
    }
    missing = []
    for method, path, operation in _operations(document):
        summary = operation.get("summary", "")
        if not summary or summary == generated[(method, path)]:
            missing.append(f"{method} {path}: summary")
        if len(operation.get("description", "")) < 40:
            missing.append(f"{method} {path}: description")
        if not operation.get("tags"):
            missing.append(f"{method} {path}: tag")
    assert missing == []


def test_every_parameter_is_described(document: dict[str, Any]) -> None:
    undescribed = [
        f"{method} {path} {parameter['name']}"
        for method, path, operation in _operations(document)
        for parameter in operation.get("parameters", [])
        if "$ref" not in parameter and not parameter.get("description")
    ]
    assert undescribed == []


def test_tags_are_declared_with_descriptions(document: dict[str, Any]) -> None:
    declared = {tag["name"]: tag.get("description", "") for tag in document.get("tags", [])}
    used = {tag for _, _, operation in _operations(document) for tag in operation["tags"]}
    assert used <= set(declared)
    assert all(declared[tag] for tag in used)


def test_schema_names_have_no_framework_artefacts(document: dict[str, Any]) -> None:
    names = document["components"]["schemas"]
    assert [name for name in names if not SCHEMA_NAME.match(name)] == []


def test_conditional_reads_declare_etag_and_if_none_match(document: dict[str, Any]) -> None:
    conditional = [
        (method, path)
        for method, path, operation in _operations(document)
        if "304" in operation["responses"]
    ]
    # The contract's cacheable reads, and the moderators' queue and log.
    for path in (
        "/api/v1/categories",
        "/api/v1/threads/{thread_id}",
        "/api/v1/threads/{thread_id}/posts",
        "/api/v1/moderation/queue",
        "/api/v1/moderation/log",
    ):
        assert ("GET", path) in conditional
    for method, path in conditional:
        operation = document["paths"][path][method.lower()]
        assert {"$ref": "#/components/parameters/IfNoneMatch"} in operation["parameters"]
        assert "ETag" in operation["responses"]["200"]["headers"]


def test_created_answers_declare_location_and_errors_their_rate_limit(
    document: dict[str, Any],
) -> None:
    for method, path, operation in _operations(document):
        for status, response in operation["responses"].items():
            headers = response.get("headers", {})
            assert {"X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining"} <= set(headers), (
                method,
                path,
                status,
            )
            if status == "201":
                assert "Location" in headers, (method, path)
            if status == "429":
                assert "Retry-After" in headers, (method, path)
            if status == "401":
                assert "WWW-Authenticate" in headers, (method, path)
