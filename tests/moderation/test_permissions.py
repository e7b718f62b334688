"""Moderators only, enforced twice: every route behind `CurrentModerator` answers a member
403 and changes nothing, and every moderation service refuses a member by itself (the
service checks `moderation.policy`, so a background job or the CLI cannot skip the rule
that the route's dependency also checks). A moderator whose token lacks the `moderate`
scope is a member to the services too."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, get_args

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.accounts.router import router as accounts_router
from app.deps import CurrentModerator
from app.errors import Forbidden
from app.forum.router import router as forum_router
from app.moderation import service
from app.moderation.router import router as moderation_router
from tests.helpers import problem
from tests.moderation.conftest import Cast, actions_since, flag, log_mark, read_post

UNTIL = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0).isoformat()

# Every route behind CurrentModerator, with a body it would accept from a moderator.
# {post} is the cast's post, {user} its author.
MODERATOR_ROUTES: dict[tuple[str, str], dict[str, Any] | None] = {
    ("GET", "/moderation/queue"): None,
    ("GET", "/moderation/queue/count"): None,
    ("PUT", "/moderation/posts/{post_id}/claim"): None,
    ("DELETE", "/moderation/posts/{post_id}/claim"): None,
    ("POST", "/moderation/posts/{post_id}/resolve"): {"action": "hide", "note": "No."},
    ("POST", "/posts/{post_id}/hide"): {"reason": "Not by a member."},
    ("POST", "/posts/{post_id}/unhide"): None,
    ("PUT", "/users/{username}/suspension"): {"until": UNTIL, "reason": "No."},
    ("GET", "/users/{username}/suspension"): None,
    ("DELETE", "/users/{username}/suspension"): None,
    ("POST", "/users/{username}/warnings"): {"reason": "No."},
    ("GET", "/users/{username}/warnings"): None,
    ("GET", "/users/{username}/notes"): None,
    ("POST", "/users/{username}/notes"): {"body": "No."},
    ("GET", "/moderation/log"): None,
    ("DELETE", "/threads/{thread_id}"): None,
    ("POST", "/posts/{post_id}/restore"): None,
    ("POST", "/threads/{thread_id}/restore"): None,
}


def _calls(dependant: Dependant) -> Iterator[Any]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _calls(dependency)


def moderator_routes() -> set[tuple[str, str]]:
    """(method, path) of every route of these domains that depends on CurrentModerator."""
    moderator = get_args(CurrentModerator)[1].dependency
    found = set()
    for router in (accounts_router, forum_router, moderation_router):
        for route in router.routes:
            if isinstance(route, APIRoute) and moderator in _calls(route.dependant):
                found |= {(method, route.path) for method in route.methods}
    return found


def test_the_table_covers_every_moderator_route() -> None:
    assert moderator_routes() == set(MODERATOR_ROUTES)


async def test_members_get_403_from_every_moderator_route(client: AsyncClient, cast: Cast) -> None:
    await flag(client, cast.post_id, cast.member, "abusive")
    mark = await log_mark(client, cast.moderator)
    for (method, path), body in MODERATOR_ROUTES.items():
        url = path.format(
            post_id=cast.post_id, username=cast.author.username, thread_id=cast.thread["id"]
        )
        response = await client.request(method, url, json=body, headers=cast.member.headers)
        problem(response, 403, "forbidden")
    # Nothing happened: no entry in the log, the post is shown, the thread is there.
    assert await actions_since(client, cast.moderator, mark) == []
    assert (await read_post(client, cast.post_id))["is_hidden"] is False
    assert (await client.get(f"/threads/{cast.thread['id']}")).status_code == 200


ServiceCall = Callable[[AsyncSession, User, Cast], Awaitable[object]]

SERVICE_CALLS: dict[str, ServiceCall] = {
    "list_queue": lambda s, u, c: service.list_queue(s, u, 20, None),
    "count_queue": lambda s, u, c: service.count_queue(s, u),
    "claim": lambda s, u, c: service.claim(s, u, c.post_id),
    "release": lambda s, u, c: service.release(s, u, c.post_id),
    "resolve": lambda s, u, c: service.resolve(s, u, c.post_id, "dismiss", None),
    "hide_post": lambda s, u, c: service.hide_post(s, u, c.post_id, "No."),
    "unhide_post": lambda s, u, c: service.unhide_post(s, u, c.post_id),
    "suspend": lambda s, u, c: service.suspend(
        s, u, c.author.username, datetime.now(UTC) + timedelta(days=1), "No."
    ),
    "unsuspend": lambda s, u, c: service.unsuspend(s, u, c.author.username),
    "suspension_of": lambda s, u, c: service.suspension_of(s, u, c.author.username),
    "warn": lambda s, u, c: service.warn(s, u, c.author.username, "No."),
    "warnings_for_username": lambda s, u, c: service.warnings_for_username(s, u, c.author.username),
    "notes_for_username": lambda s, u, c: service.notes_for_username(s, u, c.author.username),
    "add_note": lambda s, u, c: service.add_note(s, u, c.author.username, "No."),
    "read_log": lambda s, u, c: service.read_log(
        s, u, actor=None, action=None, target_type=None, since=None, limit=20, cursor=None
    ),
}


@pytest.mark.parametrize("call", list(SERVICE_CALLS.values()), ids=list(SERVICE_CALLS))
async def test_the_services_refuse_members_themselves(
    app: Any, client: AsyncClient, cast: Cast, call: ServiceCall
) -> None:
    await flag(client, cast.post_id, cast.member, "abusive")
    async with app.state.database.sessionmaker() as session, session.begin():
        member = await session.get(User, cast.member.id)
        assert member is not None
        with pytest.raises(Forbidden):
            await call(session, member, cast)
        # A moderator signed in with a token that may not moderate is a member here too.
        moderator = await session.get(User, cast.moderator.id)
        assert moderator is not None
        moderator.scopes = frozenset({"read", "write"})
        with pytest.raises(Forbidden):
            await call(session, moderator, cast)
