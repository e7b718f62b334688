"""The layering of DESIGN.md, held by import-linter's contracts in pyproject.toml: domains
talk through the kernel (`forum` and `accounts` never import `moderation`), `app/` never
imports `bench/` or `tests/`, policy is pure, routers never touch SQL, services never touch
HTTP, and within a domain the router sits above the service above the models.

The first test checks the code as it is. The others plant one forbidden import each into
the real import graph and require a contract to break, so a contract that was loosened (or
a rule that was never configured) fails here too."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.cli import lint_imports
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
CONTRACT_TYPES = {"forbidden": ForbiddenContract, "layers": LayersContract}


def test_the_code_keeps_every_contract() -> None:
    # The report (which import broke which contract) is printed; pytest shows it on failure.
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True) == 0


@pytest.fixture(scope="module")
def configuration() -> dict[str, Any]:
    return read_configuration(str(PYPROJECT))


@pytest.fixture(scope="module")
def graph(configuration: dict[str, Any]) -> grimp.ImportGraph:
    options = configuration["session_options"]
    return grimp.build_graph(
        *options["root_packages"],
        include_external_packages=options["include_external_packages"] in (True, "true"),
        cache_dir=None,
    )


def broken_contracts(
    configuration: dict[str, Any], graph: grimp.ImportGraph, importer: str, imported: str
) -> set[str]:
    """The names of the contracts that break once `importer` imports `imported`."""
    planted = copy.deepcopy(graph)
    planted.add_import(importer=importer, imported=imported)
    broken = set()
    for options in configuration["contracts_options"]:
        contract = CONTRACT_TYPES[options["type"]](
            name=options["name"],
            session_options=configuration["session_options"],
            contract_options=options,
        )
        if not contract.check(copy.deepcopy(planted), verbose=False).kept:
            broken.add(options["name"])
    return broken


DOMAINS = (
    "Domains talk through the kernel: accounts below forum below moderation, notifications "
    "and search, below meet-ups"
)
NO_BENCH = "app never imports bench or tests"
WITHIN = "Within a domain: router, then handlers, service, schemas, policy, models"
PURE_POLICY = "Policy is pure: no database, HTTP, settings or problem types"
NO_SQL_IN_ROUTERS = "A router never touches SQL"
NO_HTTP_IN_SERVICES = "A service never touches HTTP"


@pytest.mark.parametrize(
    ("importer", "imported", "contract"),
    [
        # The forum closes reports through an event, never by reaching into moderation.
        ("app.forum.service", "app.moderation.models", DOMAINS),
        ("app.forum.counters", "app.moderation.models", DOMAINS),
        ("app.accounts.service", "app.moderation.service", DOMAINS),
        ("app.accounts.policy", "app.forum.policy", DOMAINS),
        ("app.notifications.service", "app.meetups.models", DOMAINS),
        # Through a kernel module counts too: the rule is about what gets loaded.
        ("app.pagination", "app.moderation.models", DOMAINS),
        ("app.cli", "bench.seed", NO_BENCH),
        ("app.forum.service", "tests.helpers", NO_BENCH),
        ("app.forum.policy", "sqlalchemy", PURE_POLICY),
        ("app.moderation.policy", "app.db", PURE_POLICY),
        ("app.accounts.policy", "app.errors", PURE_POLICY),
        ("app.forum.policy", "app.config", PURE_POLICY),
        ("app.moderation.policy", "fastapi", PURE_POLICY),
        ("app.forum.router", "sqlalchemy", NO_SQL_IN_ROUTERS),
        ("app.moderation.router", "sqlalchemy", NO_SQL_IN_ROUTERS),
        ("app.accounts.service", "fastapi", NO_HTTP_IN_SERVICES),
        ("app.moderation.service", "app.deps", NO_HTTP_IN_SERVICES),
        ("app.forum.models", "app.forum.service", WITHIN),
        ("app.forum.service", "app.forum.router", WITHIN),
        ("app.moderation.policy", "app.moderation.service", WITHIN),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    configuration: dict[str, Any],
    graph: grimp.ImportGraph,
    importer: str,
    imported: str,
    contract: str,
) -> None:
    assert contract in broken_contracts(configuration, graph, importer, imported)


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        # What the rules allow: a domain above uses the ones below, and the kernel.
        ("app.moderation.service", "app.forum.service"),
        ("app.forum.service", "app.accounts.service"),
        ("app.forum.service", "app.events.emit"),
        ("bench.seed", "app.forum.models"),
        ("tests.helpers", "app.counters"),
    ],
)
def test_an_allowed_import_breaks_nothing(
    configuration: dict[str, Any], graph: grimp.ImportGraph, importer: str, imported: str
) -> None:
    assert broken_contracts(configuration, graph, importer, imported) == set()
