"""Fixtures of the meet-ups tests, for every helper's tests under tests/meetups/:

- `meetups` (a `Meetups`): makes groups and meet-ups through the API, as a client would
  (`await meetups.meetup(host, capacity=3)`, `await meetups.group(member)`), and reads
  them back; `meetup_body(**fields)` is a valid POST /meetups body starting in a week.
- `set_meetup` writes a meet-up's columns directly, for what no route does (a start in
  the past: the API refuses to make one).
- `make_pat`, `suspend`: a personal access token with the given scopes; a suspension.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy import update

from app.meetups.models import Meetup
from tests.helpers import OWN_MEMBER_ROW, Forum, Member, sql_statements

_counter = itertools.count(1)


def in_days(days: float, **more: float) -> datetime:
    """A UTC time `days` (plus hours=…, minutes=…) from now, to the second."""
    return (datetime.now(UTC) + timedelta(days=days, **more)).replace(microsecond=0)


def meetup_body(**fields: Any) -> dict[str, Any]:
    """A valid POST /meetups body: a playgroup in a week, two hours long, in Leeds North."""
    starts_at = fields.pop("starts_at", in_days(7))
    if isinstance(starts_at, str):
        try:
            starts_at = datetime.fromisoformat(starts_at)
        except ValueError:  # a bad time on purpose: sent as it is, with no end
            fields.setdefault("ends_at", None)
    body: dict[str, Any] = {
        "title": f"Thursday playgroup {next(_counter)}",
        "kind": "playgroup",
        "starts_at": starts_at.isoformat() if isinstance(starts_at, datetime) else starts_at,
        "venue": "St Mary's church hall, 12 Chapel Lane",
        "area": "Leeds North",
        "description": "Toys, tea and a chat. Babies and toddlers welcome.",
    }
    if "ends_at" not in fields and isinstance(starts_at, datetime):
        body["ends_at"] = (starts_at + timedelta(hours=2)).isoformat()
    for name, value in fields.items():
        body[name] = value.isoformat() if isinstance(value, datetime) else value
    return body


@dataclass
class Pat:
    token: str
    scopes: list[str]
    owner: Member

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


class Meetups:
    """Groups and meet-ups through the API."""

    def __init__(self, forum: Forum) -> None:
        self.forum = forum
        self.client: AsyncClient = forum.client

    async def group(self, creator: Member, **fields: Any) -> dict[str, Any]:
        number = next(_counter)
        payload = {"name": f"Leeds North parents {number}", "area": "Leeds North", **fields}
        response = await self.client.post("/groups", json=payload, headers=creator.headers)
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def create(self, host: Member | Pat, **fields: Any) -> Response:
        return await self.client.post("/meetups", json=meetup_body(**fields), headers=host.headers)

    async def meetup(self, host: Member, **fields: Any) -> dict[str, Any]:
        response = await self.create(host, **fields)
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def get(self, meetup_id: int, viewer: Member | None = None) -> Response:
        headers = viewer.headers if viewer is not None else {}
        return await self.client.get(f"/meetups/{meetup_id}", headers=headers)

    async def read(self, meetup_id: int, viewer: Member | None = None) -> dict[str, Any]:
        response = await self.get(meetup_id, viewer)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def list(self, viewer: Member | None = None, **params: Any) -> dict[str, Any]:
        headers = viewer.headers if viewer is not None else {}
        plain = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in params.items()}
        response = await self.client.get("/meetups", params=plain, headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def rsvp(self, member: Member, meetup_id: int, status: str = "going") -> Response:
        return await self.client.put(
            f"/meetups/{meetup_id}/rsvp", json={"status": status}, headers=member.headers
        )

    async def cancel(self, actor: Member, meetup_id: int, reason: str | None = None) -> Response:
        body = {"reason": reason} if reason is not None else {}
        return await self.client.post(
            f"/meetups/{meetup_id}/cancel", json=body, headers=actor.headers
        )

    async def patch(self, actor: Member, meetup_id: int, **fields: Any) -> Response:
        body = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in fields.items()}
        return await self.client.patch(f"/meetups/{meetup_id}", json=body, headers=actor.headers)

    async def pat(self, owner: Member, *scopes: str) -> Pat:
        response = await self.client.post(
            "/me/tokens",
            json={"name": f"script {next(_counter)}", "scopes": list(scopes)},
            headers=owner.headers,
        )
        assert response.status_code == 201, response.text
        body = response.json()
        return Pat(token=body["token"], scopes=body["scopes"], owner=owner)

    async def suspend(self, target: Member) -> None:
        moderator = await self.forum.moderator()
        response = await self.client.put(
            f"/users/{target.username}/suspension",
            json={"until": in_days(3).isoformat(), "reason": "Cooling off for a few days."},
            headers=moderator.headers,
        )
        assert response.status_code == 200, response.text


@pytest.fixture
def meetups(forum: Forum) -> Meetups:
    return Meetups(forum)


SetMeetup = Callable[..., Awaitable[None]]


@pytest.fixture
def set_meetup(app: Any) -> SetMeetup:
    """Writes a meet-up's columns directly (`await set_meetup(id, starts_at=…)`), for state
    no route makes: a meet-up whose start has passed."""

    async def _set(meetup_id: int, **values: Any) -> None:
        async with app.state.database.sessionmaker() as session, session.begin():
            await session.execute(update(Meetup).where(Meetup.id == meetup_id).values(**values))

    return _set


@pytest.fixture
def statements(app: Any) -> Iterator[list[str]]:
    """The SQL statements the app sends during the test (pages must not grow them)."""
    with sql_statements(app) as seen:
        yield seen


def page_selects(statements: list[str]) -> int:
    """The SELECTs a page cost, not counting the signed-in reader's own member row: that is
    read once every `MemberCache.TTL_SECONDS` (app/client_identity.py), not per page."""
    return len(
        [
            sql
            for sql in statements
            if sql.lstrip().upper().startswith("SELECT") and not OWN_MEMBER_ROW.search(sql)
        ]
    )
