"""Who may do what with accounts: pure functions of values, no I/O (a rule that depends on
the time takes it as an argument)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

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


def can_change_credentials(user: User) -> bool:
    """The password and the email address change only from a password sign-in: a leaked
    token must not be enough to take the account over (a new address receives the reset
    links)."""
    return not user.signed_in_with_token


def may_write_unverified(user: User, verification_required: bool) -> bool:
    """With REQUIRE_VERIFIED_EMAIL a member writes only once their address is verified."""
    return user.email_verified or not verification_required


@dataclass(frozen=True)
class NewMemberRule:
    """The limits on members in their first hours (the forum enforces them)."""

    hours: int
    max_threads: int
    max_replies: int
    max_links: int


def exempt_from_posting_limits(user: User) -> bool:
    """Moderators (and admins) acting as such post without the posting rate limits and the
    new-member limits: they answer, warn and pin notices when the forum needs it. The one
    place this exemption is decided."""
    return is_moderator(user)


def is_new_member(user: User, new_member_hours: int, now: datetime) -> bool:
    """Registered less than `new_member_hours` ago, and not exempt from posting limits."""
    return now < new_member_until(user, new_member_hours) and not exempt_from_posting_limits(user)


def new_member_until(user: User, new_member_hours: int) -> datetime:
    return user.created_at + timedelta(hours=new_member_hours)


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


def can_leave(user: User) -> bool:
    """A member deletes their own account; a moderator or administrator is made a member
    first, so the forum never loses its moderators (or its last admin) to one request."""
    return not user.is_moderator


def can_leave_with_this_sign_in(user: User) -> bool:
    """Leaving is done from a password sign-in, as a password change is: a token given to a
    script never ends the account, even beside the password."""
    return not user.signed_in_with_token
