"""Live-event tests run against a real HTTP server (see streams.py), on both databases."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.config import Settings
from tests.live.streams import Served, served


@pytest.fixture
async def site(settings: Settings) -> AsyncIterator[Served]:
    async with served(settings) as site:
        yield site
