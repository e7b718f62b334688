"""The moderation rules of app/moderation/policy.py as tables: for each function, exactly
which actor and target combinations are allowed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.accounts.models import User
from app.forum.models import Post
from app.moderation import policy

AUTHOR_ID = 1


def make_user(user_id: int, role: str, scopes: frozenset[str] | None = None) -> User:
    user = User(id=user_id, username=f"user{user_id}", role=role)
    if scopes is not None:  # signed in with a personal access token
        user.scopes = scopes
    return user


PEOPLE: dict[str, User] = {
    "author": make_user(AUTHOR_ID, "member"),
    "member": make_user(2, "member"),
    "moderator": make_user(3, "moderator"),
    "other_moderator": make_user(4, "moderator"),
    "admin": make_user(5, "admin"),
    "other_admin": make_user(6, "admin"),
    "moderator_author": make_user(7, "moderator"),
    # A moderator's token without the `moderate` scope acts as a member.
    "moderator_without_scope": make_user(8, "moderator", frozenset({"read", "write"})),
}
MODERATORS = {"moderator", "other_moderator", "admin", "other_admin", "moderator_author"}


def post_by(author_id: int, *, hidden: bool = False, anonymous: bool = False) -> Post:
    return Post(
        id=10, thread_id=20, number=2, author_id=author_id, is_hidden=hidden, anonymous=anonymous
    )


@pytest.mark.parametrize(
    "post",
    [post_by(AUTHOR_ID), post_by(AUTHOR_ID, anonymous=True), post_by(AUTHOR_ID, hidden=True)],
    ids=["public", "anonymous", "hidden"],
)
def test_can_flag(post: Post) -> None:
    """Anyone but the post's author, whatever their role, and however the post is shown."""
    allowed = {name for name, user in PEOPLE.items() if policy.can_flag(user, post)}
    assert allowed == set(PEOPLE) - {"author"}


def test_moderators_cannot_flag_their_own_posts() -> None:
    own = post_by(PEOPLE["moderator_author"].id)
    assert policy.can_flag(PEOPLE["moderator_author"], own) is False
    assert policy.can_flag(PEOPLE["author"], own) is True


# outranks(actor, target): who may act on whom (suspend, unsuspend, warn).
RANK_TABLE: list[tuple[str, str, bool]] = [
    # A member acts on nobody.
    ("member", "author", False),
    ("member", "moderator", False),
    ("member", "admin", False),
    ("member", "member", False),
    # A moderator acts on members only.
    ("moderator", "member", True),
    ("moderator", "author", True),
    ("moderator", "other_moderator", False),
    ("moderator", "admin", False),
    ("moderator", "moderator", False),
    # An administrator acts on members and moderators, not on other administrators.
    ("admin", "member", True),
    ("admin", "moderator", True),
    ("admin", "other_moderator", True),
    ("admin", "other_admin", False),
    ("admin", "admin", False),
]


@pytest.mark.parametrize(
    "rule", [policy.outranks, policy.can_discipline], ids=["outranks", "can_discipline"]
)
@pytest.mark.parametrize(("actor", "target", "expected"), RANK_TABLE)
def test_rank_rules(
    rule: Callable[[User, User], bool], actor: str, target: str, expected: bool
) -> None:
    assert rule(PEOPLE[actor], PEOPLE[target]) is expected


def test_rank_table_is_complete_for_the_roles() -> None:
    covered = {(PEOPLE[a].role, PEOPLE[t].role) for a, t, _ in RANK_TABLE}
    roles = {"member", "moderator", "admin"}
    assert covered == {(a, t) for a in roles for t in roles}


def test_discipline_needs_the_moderate_scope() -> None:
    """The rank is the role's, but acting on it needs a credential that may moderate."""
    without = PEOPLE["moderator_without_scope"]
    assert policy.outranks(without, PEOPLE["member"]) is True
    assert policy.can_discipline(without, PEOPLE["member"]) is False


@pytest.mark.parametrize(
    "rule",
    [
        policy.can_review_reports,
        policy.can_hide_posts,
        policy.can_see_member_record,
        policy.can_read_audit_log,
    ],
    ids=lambda rule: rule.__name__,
)
def test_moderators_only(rule: Callable[[User], bool]) -> None:
    """The queue (read, claim, release, resolve), hiding by hand, a member's record, the
    audit log: moderators and admins acting as such, nobody else."""
    assert {name for name, user in PEOPLE.items() if rule(user)} == MODERATORS


def test_nobody_outranks_themselves() -> None:
    for user in PEOPLE.values():
        assert policy.outranks(user, user) is False
        # The same person loaded twice (a different object, the same id) neither.
        assert policy.outranks(user, make_user(user.id, "member")) is False


@pytest.mark.parametrize(
    ("claimed_by", "allowed"),
    [
        (None, {"moderator", "other_moderator", "admin", "other_admin"}),
        ("moderator", {"moderator"}),
        ("other_moderator", {"other_moderator"}),
        ("admin", {"admin"}),
    ],
)
def test_can_release_claim(claimed_by: str | None, allowed: set[str]) -> None:
    """Only the holder releases a claim (an unclaimed item is free for anyone)."""
    holder = PEOPLE[claimed_by].id if claimed_by is not None else None
    actors = ["moderator", "other_moderator", "admin", "other_admin"]
    assert {a for a in actors if policy.can_release_claim(PEOPLE[a], holder)} == allowed


def test_can_view_flag() -> None:
    """The member who reported, and moderators; never the reported author or bystanders."""
    flagger = PEOPLE["member"]
    allowed = {name for name, user in PEOPLE.items() if policy.can_view_flag(user, flagger.id)}
    assert allowed == {"member"} | MODERATORS
