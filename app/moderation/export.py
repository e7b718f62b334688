"""Moderation's sections of a member's export (accounts/export.py): the reports they made,
the warnings they received, and their suspensions as the audit log recorded them.

Reports others made about the member's posts are not theirs to see (nobody learns who
reported whom), and moderators' private notes about them are withheld; the export says so.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.export import export_section, withhold_from_export
from app.accounts.models import User
from app.events import Action, AuditEntry, Target
from app.moderation.models import Flag
from app.moderation.service import warnings_of

SUSPENSION_ACTIONS = {
    Action.user_suspend.value: "suspended",
    Action.user_unsuspend.value: "suspension lifted by a moderator",
    Action.user_suspension_expired.value: "suspension ended",
}

withhold_from_export(
    "moderator_notes",
    "Moderators may keep private notes about a member to moderate fairly; they are not "
    "included. You can ask the forum's administrators about them.",
)


@export_section("reports")
async def reports_made(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    flags = await session.scalars(select(Flag).where(Flag.flagger_id == user.id).order_by(Flag.id))
    return [
        {
            "id": flag.id,
            "post_id": flag.post_id,
            "reason": flag.reason,
            "note": flag.note,
            "status": flag.status,
            "created_at": flag.created_at,
            "resolved_at": flag.resolved_at,
        }
        for flag in flags
    ]


@export_section("warnings")
async def warnings_received(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """As /me/warnings shows them, the moderator who gave each included."""
    return [
        {
            "reason": warning.reason,
            "created_at": warning.created_at,
            "moderator": warning.moderator.display_name,
        }
        for warning in reversed(await warnings_of(session, user.id))
    ]


@export_section("suspensions")
async def suspensions_received(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """Each suspension, lifting and end, oldest first, with the note the log keeps (the end
    and the reason a moderator gave)."""
    entries = await session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.target_type == Target.user.value,
            AuditEntry.target_id == user.id,
            AuditEntry.action.in_(SUSPENSION_ACTIONS),
        )
        .order_by(AuditEntry.id)
    )
    return [
        {
            "event": SUSPENSION_ACTIONS[entry.action],
            "at": entry.created_at,
            "details": entry.note,
        }
        for entry in entries
    ]
