"""Generates the `village_client` package from the OpenAPI document.

    python clients/python/generate.py [--document frontend/openapi.json] [--output DIR]

`make api-types` runs it after writing the document; tests/clients regenerate into a temporary
folder and compare. It calls openapi-python-client as a library (its command line pins an older
typer than Village's), replaces the package folder whole (the generator alone would leave the
modules of removed operations behind) and prints every warning: each one is a part of the
document a client could not be generated from, a defect of the contract.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
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


def generate_client(document: Path, output: Path) -> Sequence[GeneratorError]:
    """Writes the package to `output` (replaced whole); returns the generator's findings."""
    # The post hooks run `ruff`: the one installed beside this Python, whatever PATH says.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])
    if output.exists():
        if any(output.iterdir()) and not (output / "client.py").is_file():
            raise SystemExit(f"{output} is not a generated client: not replacing it")
        shutil.rmtree(output)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,  # the package alone: clients/python/pyproject.toml is written by hand
        document,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    findings = generate(config=config)
    # PEP 561: the package is typed (the generator marks it only when it writes a project).
    if output.is_dir():
        (output / "py.typed").touch()
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
