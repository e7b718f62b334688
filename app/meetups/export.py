"""The meet-ups sections of a member's export (accounts/export.py): the groups they joined
(and whether they started them), and their answers to meet-ups (rsvps)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.export import export_section
from app.accounts.models import User
from app.meetups.models import Group, GroupMember, Meetup, Rsvp


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


@export_section("rsvps")
async def rsvps_given(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """The member's answers to meet-ups, in the order she first gave them: the meet-up's
    title and time as they are now, her answer and whether she waits on its waitlist."""
    rows = await session.execute(
        select(Rsvp, Meetup.title, Meetup.starts_at, Meetup.is_cancelled)
        .join(Meetup, Meetup.id == Rsvp.meetup_id)
        .where(Rsvp.user_id == user.id)
        .order_by(Rsvp.created_at, Rsvp.meetup_id)
    )
    return [
        {
            "meetup_id": rsvp.meetup_id,
            "meetup_title": title,
            "starts_at": starts_at,
            "is_cancelled": is_cancelled,
            "status": rsvp.status,
            "waitlisted": rsvp.waitlisted,
            "answered_at": rsvp.created_at,
            "changed_at": rsvp.updated_at,
        }
        for rsvp, title, starts_at, is_cancelled in rows
    ]
