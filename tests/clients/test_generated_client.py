"""The shipped Python client (clients/python/village_client/) is what the generator makes of the
committed OpenAPI document (which tests/core/test_web_app.py holds to the app): regenerated into
a temporary folder, the two trees are the same, file for file."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from tests.clients.live import CLIENT

ROOT = CLIENT.parents[1]
DOCUMENT = ROOT / "frontend" / "openapi.json"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _pinned_generator() -> str:
    for line in (CLIENT / "generator.txt").read_text().splitlines():
        if line.startswith("openapi-python-client=="):
            return line.split("==", 1)[1]
    raise AssertionError("clients/python/generator.txt pins no openapi-python-client")


def test_the_installed_generator_is_the_pinned_one() -> None:
    """Another version writes other code: the staleness check below would mislead."""
    install = "pip install --no-deps -r clients/python/generator.txt"
    try:
        installed = version("openapi-python-client")
    except PackageNotFoundError:
        raise AssertionError(f"the client generator is not installed: {install}") from None
    assert installed == _pinned_generator(), f"another generator is installed: {install}"


@dataclass
class Generated:
    package: Path
    warnings: str  # what the generator could not turn into code, as it printed it


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """The package generated from the committed document, once for this module's tests."""
    fresh = tmp_path_factory.mktemp("client") / "village_client"
    run = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [
            sys.executable,
            str(CLIENT / "generate.py"),
            *("--document", str(DOCUMENT), "--output", str(fresh)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return Generated(fresh, run.stderr)


def test_the_shipped_client_is_generated_from_the_committed_document(
    generated: Generated,
) -> None:
    committed, expected = _files(CLIENT / "village_client"), _files(generated.package)
    missing = sorted(expected.keys() - committed.keys())
    extra = sorted(committed.keys() - expected.keys())
    changed = sorted(
        name for name in expected.keys() & committed.keys() if expected[name] != committed[name]
    )
    assert not (missing or extra or changed), (
        "clients/python/village_client is stale: run `make api-types` "
        f"(missing {missing[:5]}, not generated {extra[:5]}, changed {changed[:5]})"
    )


def test_the_generator_leaves_no_part_of_the_document_out(generated: Generated) -> None:
    """A warning is an operation, response or schema a generated client goes without."""
    assert "WARNING" not in generated.warnings, generated.warnings[:5000]
