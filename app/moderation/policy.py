"""Moderation rules as pure functions."""

from __future__ import annotations

from app.accounts.models import Role, User
from app.forum import policy as forum_policy
from app.forum.models import Post

_RANK = {Role.member.value: 0, Role.moderator.value: 1, Role.admin.value: 2}


def can_flag(user: User, post: Post) -> bool:
    """Members report other people's posts; reporting your own is never needed."""
    return post.author_id != user.id


def can_view_flag(user: User, flagger_id: int) -> bool:
    """A report is seen by the member who made it (to follow its outcome) and by moderators;
    to anyone else it does not exist, so nobody learns who reported whom."""
    return user.id == flagger_id or forum_policy.is_moderator(user)


def outranks(actor: User, target: User) -> bool:
    """Moderators act on members, admins on moderators too; nobody on themselves."""
    return actor.id != target.id and _RANK[actor.role] > _RANK[target.role]


def can_suspend(actor: User, target: User) -> bool:
    return outranks(actor, target)


def can_warn(actor: User, target: User) -> bool:
    return outranks(actor, target)


def can_release_claim(actor: User, claimed_by_id: int | None) -> bool:
    """A claim is released by the moderator who holds it (or is already free)."""
    return claimed_by_id is None or claimed_by_id == actor.id
