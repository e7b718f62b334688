"""A member's preferences (`GET/PATCH /me/preferences`): which emails bring them back, and
the subscription a thread gets when they reply in it without having chosen one.

Changing them is not posting, so a suspended member may (the route needs the `write` scope
only). Each field is set by its own conditional-free UPDATE of the member's row: concurrent
PATCHes of different fields never undo each other, as a read-modify-write of the row would.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.accounts.schemas import PreferencesUpdate


async def update_preferences(session: AsyncSession, user: User, data: PreferencesUpdate) -> User:
    values = data.model_dump(exclude_unset=True)
    if values:
        await session.execute(
            update(User)
            .where(User.id == user.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        await session.refresh(user)
    return user
