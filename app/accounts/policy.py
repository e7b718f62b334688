"""Who may do what with accounts: pure functions of values, no I/O (a rule that depends on
the time takes it as an argument)."""

from __future__ import annotations

from datetime import datetime

from app.accounts.models import Scope, User


def is_moderator(user: User | None) -> bool:
    """Acting as a moderator needs the role and, with a personal access token, its scope."""
    return user is not None and user.is_moderator and user.has_scope(Scope.moderate)


def is_suspended(user: User, now: datetime) -> bool:
    """Suspensions end by themselves: no job is needed, the time is simply compared."""
    return user.suspended_until is not None and user.suspended_until > now


def can_change_role(actor: User, target: User) -> bool:
    # An admin cannot demote themselves: that is how a forum loses its last admin.
    return actor.is_admin and actor.id != target.id


def can_manage_tokens(user: User) -> bool:
    """Personal access tokens are created, listed and revoked from a password sign-in only,
    so a token can never mint a token with more power than itself."""
    return not user.signed_in_with_token


def can_grant_scope(user: User, scope: Scope) -> bool:
    """A token never carries more than its owner's role: `moderate` is for moderators and
    admins, `admin` for admins."""
    if scope == Scope.moderate:
        return user.is_moderator
    if scope == Scope.admin:
        return user.is_admin
    return True
