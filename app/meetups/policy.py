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


def is_host(user: User | None, host_id: int) -> bool:
    return user is not None and user.id == host_id


def can_see_meetup(viewer: User | None, host_id: int, is_hidden: bool) -> bool:
    """A meet-up hidden by reports or a moderator is seen by its host and moderators only;
    to everyone else it does not exist (404, absent from lists)."""
    return not is_hidden or is_host(viewer, host_id) or is_moderator(viewer)


def can_see_venue(viewer: User | None) -> bool:
    """The exact place is for signed-in members: visitors see the area and the times."""
    return viewer is not None


def can_manage_meetup(user: User, host_id: int) -> bool:
    """Edit or cancel a meet-up, see its pending requests: its host or a moderator."""
    return is_host(user, host_id) or is_moderator(user)


def can_flag_meetup(user: User, host_id: int) -> bool:
    """Members report other people's meet-ups; a host edits or cancels her own instead."""
    return not is_host(user, host_id)


def has_started(starts_at: datetime, now: datetime) -> bool:
    """A meet-up whose start has come (or passed) is in the past: it cannot be created, moved
    back to, or answered any more (the one rule for meet-ups, RSVPs and calendars)."""
    return starts_at <= now


def ends_in_order(starts_at: datetime, ends_at: datetime | None) -> bool:
    return ends_at is None or ends_at > starts_at


# Moving a meet-up later than this ahead of now makes its day-before reminder due again.
REMINDER_WINDOW_HOURS = 24
