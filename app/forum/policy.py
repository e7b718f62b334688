"""Forum rules as pure functions of values: who may do what, and who may see what.

Every route, the SPA and background jobs go through these, so a rule lives in one place.
Nothing here reads the database, the request or the settings: callers pass what a rule
needs (the time, the limits in force).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.accounts.models import User

# Also read from here. Who counts as a new member is an accounts rule (Me shows the limits).
from app.accounts.policy import exempt_from_posting_limits as exempt_from_posting_limits
from app.accounts.policy import is_moderator as is_moderator
from app.accounts.policy import is_new_member as is_new_member
from app.forum.models import Post, Thread


def is_author(user: User | None, author_id: int) -> bool:
    return user is not None and user.id == author_id


def can_see_author(
    viewer: User | None, author_id: int, anonymous: bool, author_left: bool = False
) -> bool:
    """An anonymous post's author is known only to themselves and to moderators. A member
    who left is named to nobody, moderators included: what named them is erased."""
    if author_left:
        return False
    return not anonymous or is_author(viewer, author_id) or is_moderator(viewer)


def shows_author_left(anonymous: bool, author_left: bool) -> bool:
    """Whether an item says its author left. An anonymous one never does: it looks exactly
    like every other anonymous item, so leaving tells nobody who wrote it."""
    return author_left and not anonymous


def can_see_hidden_body(viewer: User | None, author_id: int) -> bool:
    """A hidden post's body and the reason it was hidden: its author and moderators."""
    return is_author(viewer, author_id) or is_moderator(viewer)


def can_reply(user: User, thread: Thread) -> bool:
    return not thread.is_locked or is_moderator(user)


def replies_anonymously(user: User, thread: Thread) -> bool:
    """Whether a reply that does not say is anonymous: yes in a thread the member started
    anonymously, where a reply under their name would unmask them."""
    return thread.anonymous and is_author(user, thread.author_id)


def can_edit_post(user: User, post: Post) -> bool:
    return is_author(user, post.author_id) or is_moderator(user)


def can_delete_post(user: User, post: Post) -> bool:
    return is_author(user, post.author_id) or is_moderator(user)


def can_view_revisions(user: User, post: Post) -> bool:
    return is_author(user, post.author_id) or is_moderator(user)


def can_rename_thread(user: User, thread: Thread) -> bool:
    return is_author(user, thread.author_id) or is_moderator(user)


def can_moderate_threads(user: User) -> bool:
    """Move, pin, lock and delete threads."""
    return is_moderator(user)


def can_restore(user: User) -> bool:
    """Undo the delete of a post or a thread: a moderator's, even for the post's author (an
    author's delete may be how they took back something they regret saying)."""
    return is_moderator(user)


def can_manage_categories(user: User) -> bool:
    return user.is_admin


@dataclass(frozen=True)
class PostingLimits:
    """Limits on members in their first hours: drive-by spam rarely waits a day."""

    new_member_hours: int
    max_threads: int
    max_replies: int
    max_links: int
    duplicate_window: timedelta
