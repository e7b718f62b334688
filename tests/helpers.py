"""Test helpers that act through the public API, as a client would."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from httpx import AsyncClient, Response
from sqlalchemy import event

from app.accounts import service as accounts_service
from app.counters import find_drift

PASSWORD = "correct horse battery"
_counter = itertools.count(1)

# The signed-in reader's own member row: read once every `MemberCache.TTL_SECONDS`
# (app/client_identity.py), not per request, so statement counts of a page leave it out.
OWN_MEMBER_ROW = re.compile(r"FROM users\s+WHERE users\.id = ", re.IGNORECASE)


@dataclass
class Member:
    id: int
    username: str
    email: str
    access_token: str
    refresh_token: str
    role: str = "member"
    password: str = PASSWORD
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


def problem(response: Response, status: int, type_suffix: str | None = None) -> dict[str, Any]:
    """Asserts `response` is a problem document with `status` (and type) and returns it."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].startswith("/problems/")
    if type_suffix is not None:
        assert body["type"] == f"/problems/{type_suffix}", body
    return body


@contextmanager
def sql_statements(app: Any) -> Iterator[list[str]]:
    """The SQL statements `app` sends while the block runs."""
    seen: list[str] = []
    engine = app.state.database.engine.sync_engine

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


async def assert_counters_exact(app: Any) -> None:
    """The check of `village check-counters` on the app's database: no counter may drift."""
    async with app.state.database.engine.connect() as connection:
        drift = await find_drift(connection)
    assert not drift, "counters drifted:\n" + "\n".join(map(str, drift))


class Forum:
    """Builds users, categories, threads and posts through the API."""

    def __init__(self, app: Any, client: AsyncClient) -> None:
        self.app = app
        self.client = client

    async def member(self, username: str | None = None, **extra: Any) -> Member:
        username = username or f"member{next(_counter)}"
        email = f"{username.lower()}@example.org"
        response = await self.client.post(
            "/auth/register",
            json={"username": username, "email": email, "password": PASSWORD, **extra},
        )
        assert response.status_code == 201, response.text
        user_id = response.json()["id"]
        return await self.sign_in(username, user_id=user_id, email=email)

    async def sign_in(self, username: str, *, user_id: int, email: str) -> Member:
        response = await self.client.post(
            "/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert response.status_code == 200, response.text
        tokens = response.json()
        return Member(
            id=user_id,
            username=username,
            email=email,
            access_token=tokens["access_token"],
            refresh_token=tokens["refresh_token"],
        )

    async def admin(self, username: str | None = None) -> Member:
        """Admins are made the way an operator makes the first one: `village create-admin`."""
        username = username or f"admin{next(_counter)}"
        email = f"{username.lower()}@example.org"
        database = self.app.state.database
        # A writer's turn, as a request takes it: on SQLite a transaction that reads and then
        # writes would fail at once ("database is locked") if the app's in-process worker
        # began writing in between (it queues on the busy timeout with BEGIN IMMEDIATE).
        async with database.sessionmaker() as session, database.writer_turn(True):
            if database.is_sqlite:
                await session.connection(execution_options={"sqlite_immediate": True})
            user, _ = await accounts_service.ensure_admin(
                session, self.app.state.password_hashing, username, email, PASSWORD
            )
            user_id = user.id
            await session.commit()
        admin = await self.sign_in(username, user_id=user_id, email=email)
        admin.role = "admin"
        return admin

    async def moderator(self, username: str | None = None) -> Member:
        moderator = await self.member(username)
        admin = await self.admin()
        response = await self.client.put(
            f"/users/{moderator.username}/role", json={"role": "moderator"}, headers=admin.headers
        )
        assert response.status_code == 200, response.text
        moderator.role = "moderator"
        return moderator

    async def category(self, slug: str | None = None, **fields: Any) -> dict[str, Any]:
        slug = slug or f"category-{next(_counter)}"
        admin = await self.admin()
        response = await self.client.post(
            "/categories",
            json={"slug": slug, "name": fields.pop("name", slug.title()), **fields},
            headers=admin.headers,
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def thread(
        self, author: Member, category: dict[str, Any] | None = None, **fields: Any
    ) -> dict[str, Any]:
        category = category or await self.category()
        payload = {
            "category": category["slug"],
            "title": "Up every two hours at night",
            "body": "Is this normal at four months?",
            **fields,
        }
        response = await self.client.post("/threads", json=payload, headers=author.headers)
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def reply(self, author: Member, thread_id: int, **fields: Any) -> dict[str, Any]:
        payload = {"body": "Totally normal, hang in there.", **fields}
        response = await self.client.post(
            f"/threads/{thread_id}/posts", json=payload, headers=author.headers
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body
