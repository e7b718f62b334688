"""The counter check's runner: every domain registers the rules that recount its stored
counters from the rows they count (`forum/counters.py`, `moderation/counters.py`), and
`find_drift` runs them all (`village check-counters`, and the tests after every race).

Each rule is one statement that selects the rows whose counters drift, so it compares
stored counters and rows in one snapshot and may run on a live forum. Rules are registered
on import; app/domains.py imports every domain's, wherever the check runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.ext.asyncio import AsyncConnection

# Whether a stored value agrees with what its rows say (stored, actual).
Agreement = Callable[[Any, Any], bool]


@dataclass(frozen=True)
class Drift:
    """One stored counter that its rows disagree with."""

    table: str
    row_id: int
    column: str
    stored: Any
    actual: Any

    def __str__(self) -> str:
        return (
            f"{self.table} {self.row_id}: {self.column} is {self.stored!r}, "
            f"the rows say {self.actual!r}"
        )


@dataclass(frozen=True)
class CounterRule:
    """`statement` selects the rows of `table` that may drift, with their `id` and, per
    counter, the stored and the recounted value: `counters` maps a counter's column to the
    keys of those two. A counter agrees when its values are equal, unless `agrees` names
    another test for it."""

    table: str
    statement: Executable
    counters: Mapping[str, tuple[str, str]]
    agrees: Mapping[str, Agreement] = field(default_factory=dict)


_rules: list[CounterRule] = []


def _equal(stored: Any, actual: Any) -> bool:
    return bool(stored == actual)


def register(*rules: CounterRule) -> None:
    """Adds a domain's rules; they run in the order they were registered."""
    _rules.extend(rules)


async def find_drift(connection: AsyncConnection) -> list[Drift]:
    """Every counter that differs from its rows, rule by rule (empty when all are exact)."""
    if not _rules:  # an empty check would pass everything: say so instead
        raise RuntimeError("no counter rules are registered: import app.domains first")
    drift: list[Drift] = []
    for rule in _rules:
        for row in await connection.execute(rule.statement):
            values = row._mapping
            for column, (stored, actual) in rule.counters.items():
                agrees = rule.agrees.get(column, _equal)
                if not agrees(values[stored], values[actual]):
                    drift.append(
                        Drift(rule.table, values["id"], column, values[stored], values[actual])
                    )
    return drift
