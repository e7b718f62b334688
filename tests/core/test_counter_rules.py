"""The counter check's runner (app/counters.py) knows every domain's rules once
app/domains.py is imported, and refuses to pass a check that has no rules at all."""

from __future__ import annotations

from typing import Any

import pytest

import app.domains  # noqa: F401  (every domain's counter rules)
from app import counters


def test_every_domain_registers_its_rules() -> None:
    # The forum's three, moderation's two (queue counts, and posts missing from the queue),
    # the groups' member counts and the meet-ups' answer counts.
    tables = [rule.table for rule in counters._rules]
    assert sorted(tables) == sorted(
        [
            "categories",
            "threads",
            "users",
            "moderation_queue",
            "moderation_queue",
            "groups",
            "meetups",
        ]
    )


async def test_a_check_without_rules_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(counters, "_rules", [])
    connection: Any = None  # never reached
    with pytest.raises(RuntimeError, match="no counter rules"):
        await counters.find_drift(connection)
