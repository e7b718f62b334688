"""Who finds what: the rules search applies in its query, as pure functions of the viewer.

A search never finds more than the forum shows the same viewer (forum/policy.py): deleted
posts and posts in deleted threads never match; hidden posts match only for moderators
(members never find hidden content, even their own: the issue's rule); posts by a member the
viewer blocked never match, unless they are anonymous (leaving those out would tell the
viewer who wrote them); and `author=` never matches an anonymous post for anyone but
moderators, nor a post whose author left (named to nobody).
"""

from __future__ import annotations

from app.accounts.models import User
from app.forum import policy as forum_policy


def finds_hidden(viewer: User | None) -> bool:
    return forum_policy.is_moderator(viewer)


def author_filter_finds_anonymous(viewer: User | None) -> bool:
    """Whether `author=` may match anonymous posts: only a moderator's search, since for
    anyone else a match would name the author."""
    return forum_policy.is_moderator(viewer)
