"""Fixtures of the accounts tests: direct database access for state no route sets yet."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select, update

from app.accounts.models import RefreshToken, User

SetSuspension = Callable[[int, datetime | None], Awaitable[None]]
LoadUser = Callable[[int], Awaitable[User]]
LoadRefreshTokens = Callable[[int], Awaitable[list[RefreshToken]]]


@pytest.fixture
def set_suspension(app: Any) -> SetSuspension:
    """Sets `suspended_until` directly (the suspension route belongs to moderation)."""

    async def _set(user_id: int, until: datetime | None) -> None:
        async with app.state.database.sessionmaker() as session, session.begin():
            await session.execute(
                update(User).where(User.id == user_id).values(suspended_until=until)
            )

    return _set


@pytest.fixture
def load_user(app: Any) -> LoadUser:
    async def _load(user_id: int) -> User:
        async with app.state.database.sessionmaker() as session:
            user = await session.get(User, user_id)
            assert user is not None
            return user

    return _load


@pytest.fixture
def load_refresh_tokens(app: Any) -> LoadRefreshTokens:
    async def _load(user_id: int) -> list[RefreshToken]:
        async with app.state.database.sessionmaker() as session:
            rows = await session.scalars(
                select(RefreshToken)
                .where(RefreshToken.user_id == user_id)
                .order_by(RefreshToken.id)
            )
            return list(rows)

    return _load
