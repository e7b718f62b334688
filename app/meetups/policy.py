"""Who may do what with groups and meet-ups: pure `can_*` functions of values (no database,
no request, no settings: callers pass the time and the limits in force). The services
enforce them, so the API, the web app and background jobs share one rule each."""

from __future__ import annotations

from datetime import datetime

from app.accounts.models import User
from app.accounts.policy import is_moderator as is_moderator
from app.accounts.policy import is_suspended

# Groups


def can_create_group(user: User, now: datetime, created_today: int, max_per_day: int) -> bool:
    """Any member who is not suspended, up to `max_per_day` groups in a day (a flood of
    groups is spam, whoever makes it; moderators are not exempt: they have no need)."""
    return not is_suspended(user, now) and created_today < max_per_day


def can_join_group(user: User, now: datetime) -> bool:
    """Joining is taking part: not while suspended."""
    return not is_suspended(user, now)


def can_leave_group(user: User) -> bool:
    """Leaving is always allowed, suspended or not: nobody is kept in a group."""
    return True


def can_post_in_group(user: User, is_member: bool) -> bool:
    """A thread in a group's category: any signed-in member of the forum may post (groups
    are open; joining is how a member follows one, not a gate)."""
    return True


# Meet-ups
