"""A member's own reports on the posts they read (`PostRead.my_flag`), loaded for the
forum's pages through its registry (forum/annotations.py): the forum never imports
moderation, and a page costs one statement for this whatever its size."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection

from app.accounts.models import User
from app.forum.annotations import MyFlag, register_my_flags
from app.moderation.models import Flag

# The viewer's reports on a set of posts, oldest first per post, so the latest is kept.
_MY_FLAGS = (
    select(Flag.post_id, Flag.id, Flag.reason, Flag.status)
    .where(
        Flag.flagger_id == bindparam("flagger_id"),
        Flag.post_id.in_(bindparam("post_ids", expanding=True)),
    )
    .order_by(Flag.post_id, Flag.id)
)


@register_my_flags
async def my_flags(
    connection: AsyncConnection, viewer: User, post_ids: list[int]
) -> dict[int, MyFlag]:
    """The viewer's latest report per post (open, upheld or dismissed), for posts with one."""
    flags: dict[int, MyFlag] = {}
    params = {"flagger_id": viewer.id, "post_ids": post_ids}
    for post_id, flag_id, reason, status in await connection.execute(_MY_FLAGS, params):
        flags[post_id] = {"id": flag_id, "reason": reason, "status": status}
    return flags
