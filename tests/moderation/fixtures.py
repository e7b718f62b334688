"""Shared helpers of the suspension, warning, note, personal-access-token, rate-limit,
new-member and duplicate-guard tests.

- `site(settings, **overrides)`: a second app on the same test database, built with
  `create_app(settings.model_copy(update=overrides))` (rate limits on, new-member hours, …),
  with its own client and `Forum`. Access tokens from one app are valid on the other (same
  secret), so members can be made on the unlimited default app and act on the limited one.
- Direct database writes for what no route can do: let time pass (`suspended_until`,
  `created_at` in the past).
- Personal access tokens and the audit log, through the public API.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient, Response
from sqlalchemy import select, update

from app.accounts.models import PersonalAccessToken, User
from app.config import Settings
from app.forum.models import Post
from app.main import create_app, release_resources
from tests.contract import ContractTransport
from tests.helpers import Forum, Member

BASE_URL = "http://test/api/v1"
DEFAULT_IP = "127.0.0.1"


@dataclass
class Site:
    app: FastAPI
    client: AsyncClient
    forum: Forum


@asynccontextmanager
async def http_client(app: FastAPI, ip: str = DEFAULT_IP) -> AsyncIterator[AsyncClient]:
    """A client of `app` whose requests come from `ip`, each answer held to the OpenAPI
    document (tests/contract.py)."""
    transport = ContractTransport(app, client=(ip, 40000))
    async with AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield client


@asynccontextmanager
async def site(
    settings: Settings, *, ip: str = DEFAULT_IP, **overrides: Any
) -> AsyncIterator[Site]:
    """An app of its own on the test's database, with `overrides` applied to the settings."""
    app = create_app(settings.model_copy(update=overrides))
    try:
        async with http_client(app, ip) as client:
            yield Site(app, client, Forum(app, client))
    finally:
        await release_resources(app)


def unique_ip() -> str:
    """An address no other test uses, so a shared (Redis) budget starts empty."""
    return f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


def unique_name(prefix: str = "u") -> str:
    return f"{prefix}{uuid.uuid4().hex[:16]}"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def utc_in(**delta: float) -> datetime:
    """Now plus `delta`, whole seconds, UTC-aware."""
    return (datetime.now(UTC) + timedelta(**delta)).replace(microsecond=0)


def when(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


# Direct database access: time passing, and what only the database shows.


async def set_user(app: FastAPI, user_id: int, **values: Any) -> None:
    async with app.state.database.sessionmaker() as session, session.begin():
        await session.execute(update(User).where(User.id == user_id).values(**values))


async def set_post(app: FastAPI, post_id: int, **values: Any) -> None:
    async with app.state.database.sessionmaker() as session, session.begin():
        await session.execute(update(Post).where(Post.id == post_id).values(**values))


async def load_user(app: FastAPI, user_id: int) -> User:
    async with app.state.database.sessionmaker() as session:
        user = await session.get(User, user_id)
        assert user is not None
        return user


async def load_pats(app: FastAPI, user_id: int) -> list[PersonalAccessToken]:
    async with app.state.database.sessionmaker() as session:
        rows = await session.scalars(
            select(PersonalAccessToken)
            .where(PersonalAccessToken.user_id == user_id)
            .order_by(PersonalAccessToken.id)
        )
        return list(rows)


async def make_old(app: FastAPI, member: Member, days: int = 30) -> None:
    """Makes a member a long-standing one (not a new member any more)."""
    await set_user(app, member.id, created_at=utc_in(days=-days))


# Personal access tokens


@dataclass
class Pat:
    id: int
    token: str
    scopes: list[str]
    owner: Member

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)


async def make_pat(client: AsyncClient, owner: Member, *scopes: str, name: str = "script") -> Pat:
    response = await client.post(
        "/me/tokens", json={"name": name, "scopes": list(scopes)}, headers=owner.headers
    )
    assert response.status_code == 201, response.text
    body = response.json()
    return Pat(id=body["id"], token=body["token"], scopes=body["scopes"], owner=owner)


# Moderation


async def suspend(
    client: AsyncClient,
    actor: Member,
    target: Member,
    until: datetime | None = None,
    reason: str = "Cooling off after a heated thread.",
) -> Response:
    until = until or utc_in(days=3)
    return await client.put(
        f"/users/{target.username}/suspension",
        json={"until": until.isoformat(), "reason": reason},
        headers=actor.headers,
    )


async def audit_log(client: AsyncClient, moderator: Member, **filters: str) -> list[dict[str, Any]]:
    response = await client.get(
        "/moderation/log", params={"limit": 100, **filters}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items
