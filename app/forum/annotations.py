"""What other domains add to the posts a signed-in member reads, without the forum knowing
them: a domain registers a loader at import (app/domains.py imports it), and the forum calls
it beside the reactions, one statement per page whatever its size.

Today that is moderation's: each member's own report on a post (`my_flag`), so "Reported"
survives a reload and a live update. The forum only carries the value; the flags table is
moderation's.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from itertools import islice
from typing import TypedDict

from sqlalchemy.ext.asyncio import AsyncConnection

from app.accounts.models import User


class MyFlag(TypedDict):
    """A member's latest report on a post, as `PostRead.my_flag` shows it to them."""

    id: int
    reason: str
    status: str


# (connection, members' ids, post ids) → (post id, member id) → that member's report on
# that post, for the pairs that have one. Many members at once: a live update is framed for
# every member watching the thread (app/live/renderers.py).
MyFlagsLoader = Callable[
    [AsyncConnection, list[int], list[int]], Awaitable[dict[tuple[int, int], MyFlag]]
]

# Members per statement: far under both databases' limits on bound parameters.
CHUNK = 500

_my_flags_loaders: list[MyFlagsLoader] = []


def register_my_flags(loader: MyFlagsLoader) -> MyFlagsLoader:
    """Registers a loader of members' own reports (usable as a decorator). Registering the
    same function again (a module imported twice) changes nothing."""
    if loader not in _my_flags_loaders:
        _my_flags_loaders.append(loader)
    return loader


async def load_my_flags(
    connection: AsyncConnection, viewer: User, post_ids: list[int]
) -> dict[int, MyFlag]:
    """The viewer's own report per post, for a page they read."""
    flags = await load_members_flags(connection, [viewer.id], post_ids)
    return {post_id: flag for (post_id, _), flag in flags.items()}


async def load_members_flags(
    connection: AsyncConnection, member_ids: Collection[int], post_ids: list[int]
) -> dict[tuple[int, int], MyFlag]:
    """(post id, member id) → the member's own report on the post, from every registered
    loader (none: nobody has reports), in one statement per loader and 500 members."""
    flags: dict[tuple[int, int], MyFlag] = {}
    if not post_ids:
        return flags
    members = iter(sorted(member_ids))
    while chunk := list(islice(members, CHUNK)):
        for loader in _my_flags_loaders:
            flags |= await loader(connection, chunk, post_ids)
    return flags
