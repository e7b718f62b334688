"""Generates the `village_client` package from the OpenAPI document.

    python clients/python/generate.py [--document frontend/openapi.json] [--output DIR]

`make api-types` runs it after writing the document; tests/clients regenerate into a temporary
folder and compare. It calls openapi-python-client as a library (its command line pins an older
typer than Village's), replaces the package folder whole (the generator alone would leave the
modules of removed operations behind), and prints every warning: each one is a part of the
document a client could not be generated from, a defect of the contract.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError, ParseError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONFIG = HERE / "config.yml"
DOCUMENT = ROOT / "frontend" / "openapi.json"
PACKAGE = HERE / "village_client"


# What the generator writes into the package folder: a folder holding anything else is not
# replaced (a mistyped --output must not delete the examples).
GENERATED = {"__init__.py", "api", "client.py", "errors.py", "models", "types.py", "py.typed"}


def generate_client(document: Path, output: Path) -> Sequence[GeneratorError]:
    """Writes the package to `output`, replacing it whole, unless the generator failed;
    returns the generator's findings.

    The package is generated beside `output` and moved into place at the end, so a failed
    run leaves the previous package as it was."""
    if output.exists():
        foreign = {entry.name for entry in output.iterdir()} - GENERATED - {"__pycache__"}
        if foreign:
            raise SystemExit(f"{output} holds {sorted(foreign)}: not a generated client")
    # The post hooks run `ruff`: the one installed beside this Python, whatever PATH says.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=f".{output.name}-") as scratch:
        fresh = Path(scratch) / output.name
        config = Config.from_sources(
            ConfigFile.load_from_path(CONFIG),
            MetaType.NONE,  # the package alone: clients/python/pyproject.toml is by hand
            document,
            "utf-8",
            overwrite=False,
            output_path=fresh,
        )
        findings = generate(config=config)
        if not fresh.is_dir() or any(f.level == ErrorLevel.ERROR for f in findings):
            return findings
        # PEP 561: the package is typed (the generator marks it only when it writes a project).
        (fresh / "py.typed").touch()
        if output.exists():
            shutil.rmtree(output)
        fresh.rename(output)
    return findings


def describe(finding: GeneratorError) -> str:
    header = finding.header.strip()
    if not header.upper().startswith(finding.level.value):
        header = f"{finding.level.value} {header}"
    lines = [header]
    if finding.detail:
        # The generator prints an object's repr where it means the status code.
        lines.append("  " + re.sub(r" ?<[\w.]+ object at 0x[0-9a-f]+>", "", finding.detail))
    if isinstance(finding, ParseError) and finding.data is not None:
        schema = finding.data.model_dump_json(by_alias=True, exclude_defaults=True)
        lines.append(f"  in: {schema[:300]}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--document", type=Path, default=DOCUMENT)
    parser.add_argument("--output", type=Path, default=PACKAGE)
    parser.add_argument(
        "--strict", action="store_true", help="fail on warnings too (parts left out)"
    )
    args = parser.parse_args(argv)
    findings = generate_client(args.document.resolve(), args.output.resolve())
    for finding in findings:
        print(describe(finding), file=sys.stderr)
    failed = [f for f in findings if args.strict or f.level == ErrorLevel.ERROR]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
