"""docs/api/reference.md is the OpenAPI document and the problem catalogue rendered by
scripts/api_reference.py: it fails here while stale, like the web app's types."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from app.cli import openapi_document
from app.errors import problem_catalogue

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "api" / "reference.md"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "api_reference", ROOT / "scripts" / "api_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_reference_is_current() -> None:
    expected = generator().build()
    assert REFERENCE.read_text() == expected, (
        "docs/api/reference.md is stale: run `make api-types` "
        "(or `python scripts/api_reference.py`)"
    )


def test_the_reference_names_every_operation_and_problem_type() -> None:
    document = json.loads(openapi_document())
    text = generator().render(document, problem_catalogue())
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert f"`{method.upper()} {path}`" in text
            assert f"operation id `{operation['operationId']}`" in text
    for slug, problem in problem_catalogue().items():
        assert f"### {slug}\n\n`{problem.status}` {problem.title}." in text
    for name in document["components"]["schemas"]:
        assert f"\n### {name}\n" in text
    # A guest-readable operation says so; one that needs a scope names it.
    assert "optional: a guest may call it without one" in text
    assert "with `moderate`" in text
