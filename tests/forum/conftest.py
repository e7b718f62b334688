"""Fixtures of the forum tests: a SQL statement counter, direct database writes for state no
route sets yet (hiding a post, suspending a member), and small response helpers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, update

from app.accounts.models import User
from app.forum.models import Post
from tests.helpers import OWN_MEMBER_ROW


@dataclass
class StatementCounter:
    """Counts the SQL statements the app sends while `counting` is on."""

    statements: list[str] = field(default_factory=list)
    counting: bool = False

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.counting:
            self.statements.append(statement)

    def start(self) -> None:
        self.statements.clear()
        self.counting = True

    def stop(self) -> int:
        self.counting = False
        return len(self.statements)

    def page_cost(self) -> int:
        """The statements counted, less the signed-in reader's own member row (read once
        every few seconds, not per page: `OWN_MEMBER_ROW`)."""
        return len([sql for sql in self.statements if not OWN_MEMBER_ROW.search(sql)])


@pytest.fixture
def sql_counter(app: Any) -> Iterator[StatementCounter]:
    counter = StatementCounter()
    engine = app.state.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", counter)
    yield counter
    event.remove(engine, "before_cursor_execute", counter)


SetPost = Callable[..., Awaitable[None]]
SetUser = Callable[..., Awaitable[None]]


@pytest.fixture
def set_post(app: Any) -> SetPost:
    """Writes post columns directly, e.g. `is_hidden` (the hide route is not built yet)."""

    async def _set(post_id: int, **values: Any) -> None:
        async with app.state.database.sessionmaker() as session, session.begin():
            await session.execute(update(Post).where(Post.id == post_id).values(**values))

    return _set


@pytest.fixture
def set_user(app: Any) -> SetUser:
    """Writes user columns directly, e.g. `suspended_until` (moderation owns that route)."""

    async def _set(user_id: int, **values: Any) -> None:
        async with app.state.database.sessionmaker() as session, session.begin():
            await session.execute(update(User).where(User.id == user_id).values(**values))

    return _set


def when(value: str) -> datetime:
    """An API timestamp as an aware datetime (asserting it carries a UTC offset)."""
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed
