"""What other domains add to the posts a signed-in viewer reads, without the forum knowing
them: a domain registers a loader at import (app/domains.py imports it), and the forum calls
it beside the reactions for each page, one statement per page whatever its size.

Today that is moderation's: the viewer's own report on each post (`my_flag`), so "Reported"
survives a reload. The forum only carries the value; the flags table is moderation's.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypedDict

from sqlalchemy.ext.asyncio import AsyncConnection

from app.accounts.models import User


class MyFlag(TypedDict):
    """The viewer's latest report on a post, as `PostRead.my_flag` shows it."""

    id: int
    reason: str
    status: str


# (connection, viewer, post ids) → the viewer's report per post that has one.
MyFlagsLoader = Callable[[AsyncConnection, User, list[int]], Awaitable[dict[int, MyFlag]]]

_my_flags_loaders: list[MyFlagsLoader] = []


def register_my_flags(loader: MyFlagsLoader) -> MyFlagsLoader:
    """Registers the loader of viewers' own reports (usable as a decorator). Registering the
    same function again (a module imported twice) changes nothing."""
    if loader not in _my_flags_loaders:
        _my_flags_loaders.append(loader)
    return loader


async def load_my_flags(
    connection: AsyncConnection, viewer: User, post_ids: list[int]
) -> dict[int, MyFlag]:
    """The viewer's own report per post, from every registered loader (none: no reports)."""
    flags: dict[int, MyFlag] = {}
    for loader in _my_flags_loaders:
        flags |= await loader(connection, viewer, post_ids)
    return flags
