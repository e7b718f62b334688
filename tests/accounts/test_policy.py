"""Account rules as a table: which scopes a member of each role may put on a token."""

from __future__ import annotations

import pytest

from app.accounts.models import Role, Scope, User
from app.accounts.policy import can_grant_scope, can_manage_tokens


def user(role: Role) -> User:
    return User(id=1, username="u", role=role.value)


@pytest.mark.parametrize(
    ("role", "scope", "allowed"),
    [
        (Role.member, Scope.read, True),
        (Role.member, Scope.write, True),
        (Role.member, Scope.moderate, False),
        (Role.member, Scope.admin, False),
        (Role.moderator, Scope.moderate, True),
        (Role.moderator, Scope.admin, False),
        (Role.admin, Scope.moderate, True),
        (Role.admin, Scope.admin, True),
    ],
)
def test_can_grant_scope(role: Role, scope: Scope, allowed: bool) -> None:
    assert can_grant_scope(user(role), scope) is allowed


def test_only_a_password_sign_in_manages_tokens() -> None:
    """A token never mints, lists or revokes tokens: its power could only grow that way."""
    signed_in = user(Role.admin)
    assert can_manage_tokens(signed_in) is True
    with_token = user(Role.admin)
    with_token.signed_in_with_token = True
    assert can_manage_tokens(with_token) is False
