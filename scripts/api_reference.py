"""Writes docs/api/reference.md from the OpenAPI document and the problem catalogue.

    python scripts/api_reference.py            # writes docs/api/reference.md
    python scripts/api_reference.py --check    # exit 1 when the committed file is stale

The document is the one `village openapi` writes (built from the app, without a server);
the reference only renders what it says: every operation by tag (summary, description, the
token and scopes it needs, parameters, request body, responses with their headers and
problem types), the schemas, and every problem type with its advice. `make api-types` runs
it after an API change, and tests/core/test_api_reference.py fails while it is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "api" / "reference.md"
METHODS = ("get", "post", "put", "patch", "delete")
PROBLEM_MEDIA_TYPE = "application/problem+json"
SCHEMA_REF = "#/components/schemas/"

Json = dict[str, Any]


def render(document: Json, catalogue: Mapping[str, Any]) -> str:
    """The whole reference as Markdown. `catalogue` maps each problem slug to its class
    (`status`, `title`, `advice`), as `app.errors.problem_catalogue()` gives it."""
    operations = list(_operations(document))
    everywhere = _headers_on_every_response(operations)
    lines = [
        f"# {document['info']['title']} {document['info']['version']}: reference",
        "",
        "Generated from the OpenAPI document (`GET /api/v1/openapi.json`, or `village openapi`)",
        "by `scripts/api_reference.py`, which `make api-types` runs; do not edit it by hand.",
        "How the API behaves across operations (authentication, errors, pagination,",
        "idempotency, rate limits, conditional requests, live events, webhooks) is in",
        "[README.md](README.md).",
        "",
        "Every response carries "
        + ", ".join(f"`{name}`" for name in sorted(everywhere))
        + "; the tables below list the other headers of each response.",
        "",
        "## Contents",
        "",
    ]
    for tag in _tags(document, operations):
        lines.append(f"- [{tag}](#{tag})")
    lines += ["- [Schemas](#schemas)", "- [Problem types](#problem-types)", ""]
    for tag in _tags(document, operations):
        in_tag = [op for op in operations if op[2] == tag]
        lines += _tag_section(document, tag, in_tag, everywhere)
    lines += _schemas_section(document)
    lines += _problems_section(document, catalogue, operations)
    return "\n".join(lines).rstrip() + "\n"


# Operations


def _operations(document: Json) -> Iterable[tuple[str, str, str, Json]]:
    """(method, path, tag, operation), by path then method."""
    for path in sorted(document.get("paths", {})):
        item = document["paths"][path]
        for method in METHODS:
            operation = item.get(method)
            if operation is not None:
                tag = (operation.get("tags") or ["other"])[0]
                yield method.upper(), path, tag, operation


def _tags(document: Json, operations: list[tuple[str, str, str, Json]]) -> list[str]:
    used = {tag for _, _, tag, _ in operations}
    declared = [tag["name"] for tag in document.get("tags", []) if tag["name"] in used]
    return declared + sorted(used - set(declared))


def _tag_section(
    document: Json, tag: str, operations: list[tuple[str, str, str, Json]], everywhere: set[str]
) -> list[str]:
    lines = [f"## {tag}", ""]
    description = next(
        (item.get("description") for item in document.get("tags", []) if item["name"] == tag),
        None,
    )
    if description:
        lines += [description.strip(), ""]
    for method, path, _, operation in operations:
        lines += _operation(document, method, path, operation, everywhere)
    return lines


def _operation(
    document: Json, method: str, path: str, operation: Json, everywhere: set[str]
) -> list[str]:
    summary = operation.get("summary") or operation.get("operationId", "")
    lines = [
        f"### {summary}",
        "",
        f"`{method} {path}` · operation id `{operation.get('operationId', '')}`",
    ]
    lines += ["", f"**Authentication:** {_authentication(operation)}", ""]
    if operation.get("deprecated"):
        lines += ["**Deprecated.**", ""]
    if operation.get("description"):
        lines += [operation["description"].strip(), ""]
    parameters = [_resolve(document, parameter) for parameter in operation.get("parameters", [])]
    if parameters:
        lines += [
            "**Parameters**",
            "",
            "| name | in | required | type | description |",
            "|---|---|---|---|---|",
        ]
        for parameter in parameters:
            schema = parameter.get("schema", {})
            lines.append(
                _row(
                    f"`{parameter['name']}`",
                    parameter["in"],
                    "yes" if parameter.get("required") else "no",
                    _type(schema) + _constraints(schema),
                    _described(parameter.get("description") or schema.get("description"), schema),
                )
            )
        lines.append("")
    body = operation.get("requestBody")
    if body:
        for media_type, content in body.get("content", {}).items():
            required = "required" if body.get("required") else "optional"
            shape = _type(content.get("schema", {}))
            lines += [f"**Request body** ({required}, `{media_type}`): {shape}", ""]
    lines += ["**Responses**", "", "| status | body | headers | meaning |", "|---|---|---|---|"]
    for status, response in sorted(operation.get("responses", {}).items()):
        lines.append(_response_row(document, status, response, everywhere))
    lines.append("")
    return lines


def _authentication(operation: Json) -> str:
    requirements = operation.get("security")
    if not requirements:
        return "none: no token is needed."
    scopes = sorted(
        {scope for requirement in requirements for names in requirement.values() for scope in names}
    )
    schemes = sorted({name for requirement in requirements for name in requirement})
    needed = " and ".join(f"`{scope}`" for scope in scopes) or "no particular scope"
    text = f"a token ({', '.join(schemes)}) with {needed}"
    if any(not requirement for requirement in requirements):
        text += "; optional: a guest may call it without one"
    return text + "."


def _response_row(document: Json, status: str, response: Json, everywhere: set[str]) -> str:
    bodies = []
    problems: list[str] = []
    for media_type, content in response.get("content", {}).items():
        schema = content.get("schema", {})
        if media_type == PROBLEM_MEDIA_TYPE:
            # Each type links to its entry, which names its schema: no need to list both.
            problems = _problem_types(document, schema)
            bodies.append(f"problem (`{media_type}`)")
        else:
            bodies.append(_type(schema) if media_type == "application/json" else f"`{media_type}`")
    headers = ", ".join(
        f"`{name}`" for name in response.get("headers", {}) if name not in everywhere
    )
    meaning = (
        response.get("description", "").strip().splitlines()[0]
        if response.get("description")
        else ""
    )
    if problems:
        meaning = (
            meaning.split(". The problem", 1)[0]
            + ": "
            + ", ".join(f"[`{slug}`](#{slug})" for slug in problems)
        )
    return _row(f"`{status}`", "<br>".join(bodies) or "none", headers, meaning)


def _headers_on_every_response(operations: list[tuple[str, str, str, Json]]) -> set[str]:
    header_sets = [
        set(response.get("headers", {}))
        for _, _, _, operation in operations
        for response in operation.get("responses", {}).values()
    ]
    return set.intersection(*header_sets) if header_sets else set()


def _problem_types(document: Json, schema: Json) -> list[str]:
    """The slugs a problem response's schema allows: the `type` enums of the problem schemas
    it refers to, through `$ref`, `oneOf`/`anyOf` and `allOf`, in order, each once."""
    found: list[str] = []

    def walk(node: Json) -> None:
        if "$ref" in node:
            walk(_resolve(document, node))
            return
        for key in ("oneOf", "anyOf", "allOf"):
            for part in node.get(key, []):
                walk(part)
        for problem_type in node.get("properties", {}).get("type", {}).get("enum", []):
            slug = str(problem_type).removeprefix("/problems/")
            if slug not in found:
                found.append(slug)

    walk(schema)
    return found


# Schemas


def _schemas_section(document: Json) -> list[str]:
    schemas = document.get("components", {}).get("schemas", {})
    lines = ["## Schemas", ""]
    for name in sorted(schemas, key=str.lower):
        schema = schemas[name]
        lines += [f"### {name}", ""]
        if schema.get("description"):
            lines += [schema["description"].strip(), ""]
        if "enum" in schema:
            lines += ["One of " + ", ".join(f"`{value}`" for value in schema["enum"]) + ".", ""]
            continue
        properties = schema.get("properties")
        if not properties and "allOf" in schema:
            lines += [_all_of(schema["allOf"]), ""]
            continue
        if not properties:
            lines += [f"Type: {_type(schema)}.", ""]
            continue
        required = set(schema.get("required", []))
        lines += ["| property | type | required | description |", "|---|---|---|---|"]
        for prop, definition in properties.items():
            lines.append(
                _row(
                    f"`{prop}`",
                    _type(definition) + _constraints(definition),
                    "yes" if prop in required else "no",
                    _described(definition.get("description"), definition),
                )
            )
        if schema.get("additionalProperties") is False:
            lines += ["", "No other property is accepted (422)."]
        for choice in ("oneOf", "anyOf"):
            if choice in schema:
                alternatives = [
                    "/".join(f"`{name}`" for name in part.get("required", []))
                    for part in schema[choice]
                ]
                lines += ["", "Exactly one of: " + ", ".join(alternatives) + "."]
        lines.append("")
    return lines


# Problems


def _problems_section(
    document: Json, catalogue: Mapping[str, Any], operations: list[tuple[str, str, str, Json]]
) -> list[str]:
    answered_by: dict[str, list[str]] = {}
    for _, _, _, operation in operations:
        for response in operation.get("responses", {}).values():
            schema = response.get("content", {}).get(PROBLEM_MEDIA_TYPE, {}).get("schema", {})
            for slug in _problem_types(document, schema):
                answered_by.setdefault(slug, []).append(operation.get("operationId", ""))
    lines = [
        "## Problem types",
        "",
        "Every error is a problem document (RFC 9457) whose `type` is `/problems/{slug}`, a",
        "URI relative to the server: `GET /problems/{slug}` there answers the explanation below",
        "as a page, or as JSON with `Accept: application/json`; `GET /problems` lists them all.",
        "",
    ]
    schema_of = _problem_schemas(document)
    for slug in sorted(catalogue):
        problem = catalogue[slug]
        lines += [
            f"### {slug}",
            "",
            f"`{problem.status}` {problem.title}.",
            "",
            " ".join(problem.advice.split()),
            "",
        ]
        if slug in schema_of:
            lines += [f"Schema: [{schema_of[slug]}](#{schema_of[slug].lower()}).", ""]
        operation_ids = sorted(set(answered_by.get(slug, [])))
        if operation_ids:
            lines += ["Answered by: " + ", ".join(f"`{op}`" for op in operation_ids) + ".", ""]
    return lines


def _all_of(parts: list[Json]) -> str:
    """`[Problem](#problem), with `type` `"/problems/thread-locked"` and `status` `403``."""
    bases = [_type(part) for part in parts if "$ref" in part]
    narrowed = [
        f"`{name}` {_type(definition)}"
        for part in parts
        for name, definition in part.get("properties", {}).items()
    ]
    text = ", ".join(bases) or "An object"
    return f"{text}, with {' and '.join(narrowed)}." if narrowed else f"{text}."


def _problem_schemas(document: Json) -> dict[str, str]:
    """slug → the name of the schema that is that problem type alone (`ThreadLockedProblem`)."""
    names: dict[str, str] = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if "$ref" in schema or "oneOf" in schema or "anyOf" in schema:
            continue
        slugs = _problem_types(document, {"allOf": schema.get("allOf", [])})
        if len(slugs) == 1:
            names.setdefault(slugs[0], name)
    return names


# Rendering helpers


def _resolve(document: Json, item: Json) -> Json:
    reference = item.get("$ref")
    if reference is None:
        return item
    node: Any = document
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    resolved: Json = node
    return resolved


def _type(schema: Json) -> str:
    """A short, readable type: `string`, `integer | null`, [ThreadRead](#threadread), …"""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_REF)
        return f"[{name}](#{name.lower()})"
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema and "type" not in schema:
            return " | ".join(_type(part) for part in schema[combinator])
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _type(schema["allOf"][0])
    if "enum" in schema:
        return " | ".join(f"`{json.dumps(value)}`" for value in schema["enum"])
    if "const" in schema:
        return f"`{json.dumps(schema['const'])}`"
    kind = schema.get("type")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if kind == "object" and "additionalProperties" in schema:
        values = schema["additionalProperties"]
        return "object" if values is True else f"object of {_type(values)}"
    if isinstance(kind, list):
        return " | ".join(kind)
    if kind is None:
        return "any"
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


def _constraints(schema: Json) -> str:
    parts = []
    for key, label in (
        ("minLength", "≥ {} chars"),
        ("maxLength", "≤ {} chars"),
        ("minimum", "≥ {}"),
        ("maximum", "≤ {}"),
        ("minItems", "≥ {} items"),
        ("maxItems", "≤ {} items"),
    ):
        if key in schema:
            parts.append(label.format(schema[key]))
    for part in schema.get("anyOf", []):
        if part.get("type") != "null":
            inner = _constraints(part)
            if inner:
                parts.append(inner.strip(" ()"))
    if "default" in schema and schema["default"] is not None:
        parts.append(f"default `{json.dumps(schema['default'])}`")
    return f" ({', '.join(parts)})" if parts else ""


def _described(description: str | None, schema: Json) -> str:
    text = " ".join((description or "").split())
    examples = schema.get("examples")
    if examples:
        shown = ", ".join(
            f"`{json.dumps(example, ensure_ascii=False)}`" for example in examples[:2]
        )
        text = f"{text} Example: {shown}." if text else f"Example: {shown}."
    return text


def _row(*cells: str) -> str:
    """A table row; a `|` inside a cell is escaped (GitHub reads it so in code spans too)."""
    return "| " + " | ".join(cell.replace("\n", " ").replace("|", "\\|") for cell in cells) + " |"


# Command


def build() -> str:
    """The reference of the app as it is: its document and its problem catalogue."""
    from app.cli import openapi_document
    from app.errors import problem_catalogue

    document = json.loads(openapi_document())  # imports the whole app, so the catalogue is whole
    return render(document, problem_catalogue())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write it")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not current")
    args = parser.parse_args()
    text = build()
    if args.check:
        current = args.output.read_text() if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run `make api-types`", file=sys.stderr)
            sys.exit(1)
        return
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print(f"Wrote {args.output}")


if __name__ == "__main__":
    main()
