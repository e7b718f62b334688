"""The meet-up rules as tables (app/meetups/policy.py), and the discussion's summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.accounts.models import Role, User
from app.meetups import policy
from app.meetups.models import Meetup
from app.meetups.service import summary_markdown

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
HOST_ID = 1


def user(user_id: int, role: Role = Role.member, scopes: str | None = None) -> User:
    person = User(id=user_id, username=f"u{user_id}", display_name="U", role=role.value)
    if scopes is not None:
        person.scopes = frozenset(scopes.split())  # as a personal access token limits it
    return person


HOST = user(HOST_ID)
MEMBER = user(2)
MODERATOR = user(3, Role.moderator)
ADMIN = user(4, Role.admin)
MODERATOR_WITHOUT_SCOPE = user(5, Role.moderator, "read write")


@pytest.mark.parametrize(
    ("viewer", "hidden", "sees"),
    [
        (None, False, True),
        (None, True, False),
        (MEMBER, True, False),
        (HOST, True, True),
        (MODERATOR, True, True),
        (ADMIN, True, True),
        (MODERATOR_WITHOUT_SCOPE, True, False),
    ],
)
def test_who_sees_a_meetup(viewer: User | None, hidden: bool, sees: bool) -> None:
    assert policy.can_see_meetup(viewer, HOST_ID, hidden) is sees


@pytest.mark.parametrize(("viewer", "sees"), [(None, False), (MEMBER, True), (HOST, True)])
def test_who_sees_the_venue(viewer: User | None, sees: bool) -> None:
    assert policy.can_see_venue(viewer) is sees


@pytest.mark.parametrize(
    ("actor", "may"),
    [(HOST, True), (MEMBER, False), (MODERATOR, True), (MODERATOR_WITHOUT_SCOPE, False)],
)
def test_who_manages_a_meetup(actor: User, may: bool) -> None:
    assert policy.can_manage_meetup(actor, HOST_ID) is may


@pytest.mark.parametrize(("actor", "may"), [(HOST, False), (MEMBER, True), (MODERATOR, True)])
def test_who_reports_a_meetup(actor: User, may: bool) -> None:
    assert policy.can_flag_meetup(actor, HOST_ID) is may


@pytest.mark.parametrize(
    ("starts_at", "started"),
    [
        (NOW - timedelta(days=1), True),
        (NOW, True),  # now is not the future
        (NOW + timedelta(seconds=1), False),
    ],
)
def test_a_meetup_has_started(starts_at: datetime, started: bool) -> None:
    assert policy.has_started(starts_at, NOW) is started


@pytest.mark.parametrize(
    ("ends_at", "in_order"),
    [(None, True), (NOW, False), (NOW - timedelta(hours=1), False), (NOW + timedelta(1), True)],
)
def test_a_meetup_ends_after_it_starts(ends_at: datetime | None, in_order: bool) -> None:
    assert policy.ends_in_order(NOW, ends_at) is in_order


def test_the_summary_never_holds_the_venue() -> None:
    meetup = Meetup(
        kind="coffee",
        starts_at=datetime(2026, 12, 3, 10, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 3, 11, 30, tzinfo=UTC),
        venue="12 Secret Lane",
        area="Leeds North [LS7]",
        description="Decaf available.",
    )
    summary = summary_markdown(meetup)
    assert summary.splitlines()[0] == (
        "**Coffee** · Thursday 3 December 2026, 10:00–11:30 UTC · Leeds North \\[LS7\\]"
    )
    assert "Decaf available." in summary
    assert "Secret" not in summary
