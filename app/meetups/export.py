"""The meet-ups sections of a member's export (accounts/export.py): the groups they joined
(and whether they started them); the RSVPs section is added beside it (rsvps)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.export import export_section
from app.accounts.models import User
from app.meetups.models import Group, GroupMember


@export_section("groups")
async def groups_joined(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """The groups the member belongs to, in the order they joined."""
    rows = await session.execute(
        select(Group.slug, Group.name, Group.area, Group.created_by_id, GroupMember.joined_at)
        .join(GroupMember, GroupMember.group_id == Group.id)
        .where(GroupMember.user_id == user.id)
        .order_by(GroupMember.joined_at, Group.id)
    )
    return [
        {
            "slug": slug,
            "name": name,
            "area": area,
            "started_by_you": created_by_id == user.id,
            "joined_at": joined_at,
        }
        for slug, name, area, created_by_id, joined_at in rows
    ]
