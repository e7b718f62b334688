"""Who may do what with accounts: pure functions, no I/O."""

from __future__ import annotations

from datetime import datetime

from app.accounts.models import Scope, User
from app.db import utcnow
from app.errors import Suspended


def is_suspended(user: User, now: datetime | None = None) -> bool:
    """Suspensions end by themselves: no job is needed, the time is simply compared."""
    return user.suspended_until is not None and user.suspended_until > (now or utcnow())


def suspension_problem(user: User, now: datetime | None = None) -> Suspended | None:
    if not is_suspended(user, now):
        return None
    assert user.suspended_until is not None
    return Suspended(
        f"Your account is suspended until {user.suspended_until.isoformat()}. "
        "You can still read, but not post or change anything."
    )


def can_change_role(actor: User, target: User) -> bool:
    # An admin cannot demote themselves: that is how a forum loses its last admin.
    return actor.is_admin and actor.id != target.id


def can_see_private_profile(viewer: User | None, user: User) -> bool:
    """Email and suspension state are shown to the user themselves only."""
    return viewer is not None and viewer.id == user.id


def can_grant_scope(user: User, scope: Scope) -> bool:
    """A token never carries more than its owner's role: `moderate` is for moderators and
    admins, `admin` for admins."""
    if scope == Scope.moderate:
        return user.is_moderator
    if scope == Scope.admin:
        return user.is_admin
    return True
