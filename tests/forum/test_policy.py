"""The forum's rules as a table: for each `can_*` function, exactly who is allowed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from app.accounts.models import User
from app.forum import policy
from app.forum.models import Post, Thread

AUTHOR_ID = 1


JOINED = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def make_user(user_id: int, role: str, scopes: frozenset[str] | None = None) -> User:
    user = User(id=user_id, username=f"user{user_id}", role=role, created_at=JOINED)
    if scopes is not None:  # signed in with a personal access token
        user.scopes = scopes
    return user


ACTORS: dict[str, User | None] = {
    "anonymous": None,
    "member": make_user(2, "member"),
    "author": make_user(AUTHOR_ID, "member"),
    "moderator": make_user(3, "moderator"),
    "admin": make_user(4, "admin"),
    # A moderator whose personal access token lacks the `moderate` scope acts as a member.
    "moderator_without_scope": make_user(5, "moderator", frozenset({"read", "write"})),
    "moderator_with_scope": make_user(6, "moderator", frozenset({"read", "write", "moderate"})),
}
SIGNED_IN = [name for name, actor in ACTORS.items() if actor is not None]
EVERYONE = list(ACTORS)


def post(*, hidden: bool = False, anonymous: bool = False) -> Post:
    return Post(
        id=10, thread_id=20, number=2, author_id=AUTHOR_ID, is_hidden=hidden, anonymous=anonymous
    )


def thread(*, locked: bool = False, anonymous: bool = False) -> Thread:
    return Thread(id=20, author_id=AUTHOR_ID, is_locked=locked, anonymous=anonymous)


MODERATORS = {"moderator", "admin", "moderator_with_scope"}
AUTHOR_OR_MODERATORS = MODERATORS | {"author"}

# (rule, the check, who it applies to, who is allowed)
RULES: list[tuple[str, Callable[[User | None], bool], list[str], set[str]]] = [
    ("is_moderator", policy.is_moderator, EVERYONE, MODERATORS),
    ("is_author", lambda u: policy.is_author(u, AUTHOR_ID), EVERYONE, {"author"}),
    (
        "can_see_author of a public post",
        lambda u: policy.can_see_author(u, AUTHOR_ID, anonymous=False),
        EVERYONE,
        set(EVERYONE),
    ),
    (
        "can_see_author of an anonymous post",
        lambda u: policy.can_see_author(u, AUTHOR_ID, anonymous=True),
        EVERYONE,
        AUTHOR_OR_MODERATORS,
    ),
    # A member who left is named to nobody, moderators included.
    (
        "can_see_author of a public post by a member who left",
        lambda u: policy.can_see_author(u, AUTHOR_ID, anonymous=False, author_left=True),
        EVERYONE,
        set(),
    ),
    (
        "can_see_author of an anonymous post by a member who left",
        lambda u: policy.can_see_author(u, AUTHOR_ID, anonymous=True, author_left=True),
        EVERYONE,
        set(),
    ),
    (
        "can_see_hidden_body",
        lambda u: policy.can_see_hidden_body(u, post(hidden=True).author_id),
        EVERYONE,
        AUTHOR_OR_MODERATORS,
    ),
    (
        "can_reply to an open thread",
        lambda u: policy.can_reply(u, thread()),  # type: ignore[arg-type]
        SIGNED_IN,
        set(SIGNED_IN),
    ),
    (
        "can_reply to a locked thread",
        lambda u: policy.can_reply(u, thread(locked=True)),  # type: ignore[arg-type]
        SIGNED_IN,
        MODERATORS,
    ),
    # A reply that does not say is anonymous only in a thread its author started so.
    (
        "replies_anonymously in an anonymous thread",
        lambda u: policy.replies_anonymously(u, thread(anonymous=True)),  # type: ignore[arg-type]
        SIGNED_IN,
        {"author"},
    ),
    (
        "replies_anonymously in a named thread",
        lambda u: policy.replies_anonymously(u, thread()),  # type: ignore[arg-type]
        SIGNED_IN,
        set(),
    ),
    (
        "can_edit_post",
        lambda u: policy.can_edit_post(u, post()),  # type: ignore[arg-type]
        SIGNED_IN,
        AUTHOR_OR_MODERATORS,
    ),
    (
        "can_delete_post",
        lambda u: policy.can_delete_post(u, post(anonymous=True)),  # type: ignore[arg-type]
        SIGNED_IN,
        AUTHOR_OR_MODERATORS,
    ),
    (
        "can_view_revisions",
        lambda u: policy.can_view_revisions(u, post()),  # type: ignore[arg-type]
        SIGNED_IN,
        AUTHOR_OR_MODERATORS,
    ),
    (
        "can_rename_thread",
        lambda u: policy.can_rename_thread(u, thread()),  # type: ignore[arg-type]
        SIGNED_IN,
        AUTHOR_OR_MODERATORS,
    ),
    (
        "can_moderate_threads",
        lambda u: policy.can_moderate_threads(u),  # type: ignore[arg-type]
        SIGNED_IN,
        MODERATORS,
    ),
    # Undoing a delete is a moderator's, even for the post's author who deleted it.
    (
        "can_restore",
        lambda u: policy.can_restore(u),  # type: ignore[arg-type]
        SIGNED_IN,
        MODERATORS,
    ),
    (
        "can_manage_categories",
        lambda u: policy.can_manage_categories(u),  # type: ignore[arg-type]
        ["member", "author", "moderator", "admin"],
        {"admin"},
    ),
    # One exemption for posting rate limits and new-member limits: moderators acting as
    # such (a moderator's token without `moderate` posts as a member would).
    (
        "exempt_from_posting_limits",
        lambda u: policy.exempt_from_posting_limits(u),  # type: ignore[arg-type]
        SIGNED_IN,
        MODERATORS,
    ),
    (
        "is_new_member, registered an hour ago",
        lambda u: policy.is_new_member(u, 24, JOINED + timedelta(hours=1)),  # type: ignore[arg-type]
        SIGNED_IN,
        set(SIGNED_IN) - MODERATORS,
    ),
    (
        "is_new_member, registered a day ago",
        lambda u: policy.is_new_member(u, 24, JOINED + timedelta(hours=24)),  # type: ignore[arg-type]
        SIGNED_IN,
        set(),
    ),
]


@pytest.mark.parametrize(("rule", "check", "actors", "allowed"), RULES, ids=[r[0] for r in RULES])
def test_rule(
    rule: str, check: Callable[[User | None], bool], actors: list[str], allowed: set[str]
) -> None:
    outcome = {name: check(ACTORS[name]) for name in actors}
    assert {name for name, ok in outcome.items() if ok} == allowed & set(actors), (rule, outcome)


@pytest.mark.parametrize(
    ("anonymous", "author_left", "shown"),
    [(False, False, False), (False, True, True), (True, False, False), (True, True, False)],
)
def test_only_a_named_item_says_its_author_left(
    anonymous: bool, author_left: bool, shown: bool
) -> None:
    assert policy.shows_author_left(anonymous, author_left) is shown
