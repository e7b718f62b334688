"""Members' own reports on the posts they read (`PostRead.my_flag`), loaded for the forum's
pages and live updates through its registry (forum/annotations.py): the forum never imports
moderation, and a page costs one statement for this whatever its size."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection

from app.forum.annotations import MyFlag, register_my_flags
from app.moderation.models import Flag

# The members' reports on a set of posts, oldest first per pair, so the latest is kept.
_MEMBERS_FLAGS = (
    select(Flag.post_id, Flag.flagger_id, Flag.id, Flag.reason, Flag.status)
    .where(
        Flag.flagger_id.in_(bindparam("flagger_ids", expanding=True)),
        Flag.post_id.in_(bindparam("post_ids", expanding=True)),
    )
    .order_by(Flag.post_id, Flag.flagger_id, Flag.id)
)


@register_my_flags
async def members_flags(
    connection: AsyncConnection, member_ids: list[int], post_ids: list[int]
) -> dict[tuple[int, int], MyFlag]:
    """(post id, member id) → the member's latest report on it (open, upheld or dismissed)."""
    flags: dict[tuple[int, int], MyFlag] = {}
    params = {"flagger_ids": member_ids, "post_ids": post_ids}
    for post_id, flagger_id, flag_id, reason, status in await connection.execute(
        _MEMBERS_FLAGS, params
    ):
        flags[post_id, flagger_id] = {"id": flag_id, "reason": reason, "status": status}
    return flags
