"""The demo community (`village seed-demo`): its members have been here for months, so the
demo does not meet the new-member limits at once, and exactly one, Lou, joined today to
show them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy import select

from app.accounts.models import User
from app.config import Settings
from app.demo.content import DEMO_PASSWORD, NEW_MEMBER, PEOPLE
from app.demo.seed import seed_demo
from app.forum.policy import is_new_member
from app.forum.service import posting_limits
from app.main import create_app, release_resources
from app.security import PasswordHashing
from tests.helpers import problem

NEW_MEMBER_HOURS = 24
MAX_REPLIES = 3


@pytest.fixture
async def demo(settings: Settings) -> AsyncIterator[tuple[Any, AsyncClient]]:
    """An app whose new-member rules are on (as in production), with the demo seeded."""
    settings = settings.model_copy(
        update={"new_member_hours": NEW_MEMBER_HOURS, "new_member_max_replies": MAX_REPLIES}
    )
    app = create_app(settings)
    async with app.state.database.sessionmaker() as session, session.begin():
        accounts = await seed_demo(session, PasswordHashing(settings), posting_limits(settings))
    app.state.demo_accounts = accounts
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test/api/v1") as client:
        yield app, client
    await release_resources(app)


async def sign_in(client: AsyncClient, username: str) -> dict[str, str]:
    response = await client.post(
        "/auth/token", data={"username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def test_only_one_demo_member_is_new(demo: tuple[Any, AsyncClient]) -> None:
    app, _ = demo
    async with app.state.database.sessionmaker() as session:
        users = {user.username: user for user in await session.scalars(select(User))}
    now = datetime.now(UTC)
    new = {name for name, user in users.items() if is_new_member(user, NEW_MEMBER_HOURS, now)}
    assert new == {NEW_MEMBER}
    assert set(users) == {person.username for person in PEOPLE}
    # Months, not hours: the demo stays "not new" however long it runs.
    veterans = [user for name, user in users.items() if name != NEW_MEMBER]
    assert all((now - user.created_at).days >= 30 for user in veterans)
    # The demo says who the new member is: in her profile and in the seed's listing.
    assert "new member" in users[NEW_MEMBER].bio
    notes = {account.username: account.note for account in app.state.demo_accounts}
    assert {name for name, note in notes.items() if note} == {NEW_MEMBER}


async def test_demo_members_reply_freely_and_the_new_member_meets_the_limit(
    demo: tuple[Any, AsyncClient],
) -> None:
    _, client = demo
    threads = (await client.get("/threads")).json()["items"]
    welcome = next(t for t in threads if t["title"].startswith("Welcome to Village"))

    sam = await sign_in(client, "sam_and_bea")
    for n in range(MAX_REPLIES + 2):  # past what a new member may post
        response = await client.post(
            f"/threads/{welcome['id']}/posts", json={"body": f"Reply {n} from Sam"}, headers=sam
        )
        assert response.status_code == 201, response.text

    lou = await sign_in(client, NEW_MEMBER)
    statuses = []
    for n in range(MAX_REPLIES):  # her welcome reply already counts as one
        response = await client.post(
            f"/threads/{welcome['id']}/posts", json={"body": f"Reply {n} from Lou"}, headers=lou
        )
        statuses.append(response.status_code)
    assert statuses[: MAX_REPLIES - 1] == [201] * (MAX_REPLIES - 1)
    problem(response, 403, "new-member-limit")
