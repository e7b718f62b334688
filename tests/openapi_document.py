"""Reading the OpenAPI document in tests: an operation by method and path, the problem types
a status lists, the schema a status answers with. The document itself is the `document`
fixture (tests/conftest.py)."""

from __future__ import annotations

from typing import Any

PREFIX = "/api/v1"


def find_operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    """The operation at `method` and `path` (without the API prefix)."""
    operation: dict[str, Any] = document["paths"][PREFIX + path][method]
    return operation


def problem_types(operation: dict[str, Any], status: str) -> set[str]:
    content = operation["responses"][status]["content"]["application/problem+json"]
    return set(content["examples"])


def schema_ref(operation: dict[str, Any], status: str) -> str:
    ref: str = operation["responses"][status]["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]
