"""The RSVP rules as values: when a `going` answer takes a place, how many of the waitlist
a freed place moves up, and whose `going` waits for the host's yes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.accounts.models import Role, User
from app.meetups.rsvp import Locked, _waits_for_approval

MEETUP = Locked(
    id=1,
    host_id=10,
    thread_id=1,
    starts_at=datetime(2030, 1, 1, tzinfo=UTC),
    capacity=3,
    requires_approval=False,
    is_cancelled=False,
    is_hidden=False,
    going_count=0,
    waitlist_count=0,
)


@pytest.mark.parametrize(
    ("capacity", "going", "waiting", "room", "free"),
    [
        (3, 0, 0, True, 0),
        (3, 2, 0, True, 0),
        (3, 3, 0, False, 0),
        (3, 3, 4, False, 0),
        # A place free while some wait (a capacity just raised): nobody new jumps them,
        # and as many of them move up as there are places.
        (5, 3, 4, False, 2),
        (5, 3, 1, False, 1),
        (None, 8, 0, True, 0),
        (None, 8, 3, False, 3),
    ],
)
def test_room_and_free_places(
    capacity: int | None, going: int, waiting: int, room: bool, free: int
) -> None:
    meetup = replace(MEETUP, capacity=capacity, going_count=going, waitlist_count=waiting)
    assert meetup.has_room() is room
    assert meetup.free_places() == free


def _user(user_id: int, role: Role = Role.member, scopes: frozenset[str] | None = None) -> User:
    user = User(id=user_id, role=role.value)
    if scopes is not None:
        user.scopes = scopes
    return user


@pytest.mark.parametrize(
    ("user", "requires_approval", "waits"),
    [
        (_user(11), False, False),
        (_user(11), True, True),
        (_user(10), True, False),  # the host
        (_user(12, Role.moderator), True, False),
        (_user(13, Role.admin), True, False),
        # A moderator's token without the moderate scope acts as a member.
        (_user(12, Role.moderator, frozenset({"read", "write"})), True, True),
    ],
)
def test_whose_going_waits_for_approval(user: User, requires_approval: bool, waits: bool) -> None:
    meetup = replace(MEETUP, requires_approval=requires_approval)
    assert _waits_for_approval(user, meetup) is waits
