"""Live-event tests run against a real HTTP server (see streams.py), on both databases."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.config import Settings
from tests.live.streams import Served, served


@pytest.fixture
async def site(settings: Settings) -> AsyncIterator[Served]:
    # Replays start strictly after Last-Event-ID, so tests can say exactly what comes; the
    # PostgreSQL lookback (on by default) has a test of its own in test_replay.py.
    async with served(settings, live_replay_lookback_seconds=0) as site:
        yield site
