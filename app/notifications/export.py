"""Notifications' section of a member's export (accounts/export.py): every notification they
have, as GET /notifications shows it (titles and numbers, never a post's words; no actor
for an anonymous post or a moderator's action), oldest first."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.export import export_section
from app.accounts.models import User
from app.notifications import service


@export_section("notifications")
async def notifications(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    return [
        notification.model_dump(mode="json")
        for notification in await service.all_notifications(session, user)
    ]
