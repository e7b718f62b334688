"""Moderation rules as pure functions of values. The services enforce every one of them,
whoever calls (a route, a job, the CLI); the routes' `CurrentModerator` dependency checks
the credential's scopes as well."""

from __future__ import annotations

from app.accounts.models import Role, User
from app.accounts.policy import is_moderator
from app.forum.models import Post

_RANK = {Role.member.value: 0, Role.moderator.value: 1, Role.admin.value: 2}


def can_flag(user: User, post: Post) -> bool:
    """Members report other people's posts; reporting your own is never needed."""
    return post.author_id != user.id


def can_view_flag(user: User, flagger_id: int) -> bool:
    """A report is seen by the member who made it (to follow its outcome) and by moderators;
    to anyone else it does not exist, so nobody learns who reported whom."""
    return user.id == flagger_id or is_moderator(user)


def can_review_reports(user: User) -> bool:
    """Read the review queue, claim and release its items, resolve their reports."""
    return is_moderator(user)


def can_release_claim(actor: User, claimed_by_id: int | None) -> bool:
    """A claim is released by the moderator who holds it (or is already free)."""
    return claimed_by_id is None or claimed_by_id == actor.id


def can_hide_posts(user: User) -> bool:
    """Hide a post by hand, and show it again."""
    return is_moderator(user)


def can_see_member_record(user: User) -> bool:
    """A member's warnings, moderator notes and suspension; and adding a note."""
    return is_moderator(user)


def outranks(actor: User, target: User) -> bool:
    """Moderators act on members, admins on moderators too; nobody on themselves."""
    return actor.id != target.id and _RANK[actor.role] > _RANK[target.role]


def can_discipline(actor: User, target: User) -> bool:
    """Suspend, unsuspend or warn: a moderator acting as one, on someone they outrank."""
    return is_moderator(actor) and outranks(actor, target)


def can_read_audit_log(user: User) -> bool:
    return is_moderator(user)
