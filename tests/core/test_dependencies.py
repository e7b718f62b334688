"""Every dependency of every route is async: FastAPI runs a plain `def` dependency in a
worker thread, and that hand-off cost more than the work on the hot pages (bench/).

Scopes are declared once on the way to the token: FastAPI adds up the scopes of every
`Security(...)` down a chain, so one below a route's alias would add its scopes to every
route above it (app/deps.py). And however many of a route's dependencies need the user, the
token is looked up once a request.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any, get_args

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import OAuth2PasswordRequestForm
from httpx import AsyncClient

from app.accounts.router import router as accounts_router
from app.deps import Viewer
from app.forum.router import router as forum_router
from app.moderation.router import router as moderation_router
from app.openapi import api_operations
from tests.helpers import Forum, sql_statements
from tests.moderation.fixtures import make_pat

ROUTERS = (accounts_router, forum_router, moderation_router)

# A form class of FastAPI's, only on the sign-in route, where argon2 costs far more.
ALLOWED_SYNC = {OAuth2PasswordRequestForm}


def dependencies(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from dependencies(sub)


def is_async(call: Any) -> bool:
    if inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call):
        return True
    method = getattr(call, "__call__", None)  # noqa: B004 - instances such as OAuth2PasswordBearer
    return not inspect.isclass(call) and inspect.iscoroutinefunction(method)


def test_no_route_has_a_sync_dependency() -> None:
    routes = [route for router in ROUTERS for route in router.routes]
    assert len(routes) > 40 and all(isinstance(route, APIRoute) for route in routes)
    sync = {
        f"{route.path}: {getattr(call, '__qualname__', call)}"
        for route in routes
        if isinstance(route, APIRoute)
        for call in dependencies(route.dependant)
        if call not in ALLOWED_SYNC and not is_async(call)
    }
    assert not sync


def _scoped_paths_to(target: Any, dependant: Dependant, declared: int = 0) -> Iterator[int]:
    """For each way from `dependant` down to `target`, how many `Security` with scopes it
    passes."""
    for sub in dependant.dependencies:
        here = declared + (1 if sub.own_oauth_scopes else 0)
        if sub.call is target:
            yield here
        yield from _scoped_paths_to(target, sub, here)


def test_scopes_are_declared_once_on_every_way_to_the_token(app: FastAPI) -> None:
    viewer = get_args(Viewer)[1].dependency
    for method, path, route in api_operations(app):
        counts = set(_scoped_paths_to(viewer, route.dependant))
        # Zero only where the user is needed beside an alias that declares the scopes.
        assert counts <= {0, 1} and (not counts or 1 in counts), (method, path, counts)


async def test_the_token_is_looked_up_once_however_many_dependencies_need_the_user(
    app: FastAPI, client: AsyncClient, forum: Forum
) -> None:
    """POST /threads needs the user twice under different scopes (the writer, `write`;
    the idempotency claim, none): FastAPI runs `_viewer` for each, the lookup runs once."""
    member = await forum.member()
    category = await forum.category()
    pat = await make_pat(client, member, "write")
    with sql_statements(app) as statements:
        response = await client.post(
            "/threads",
            json={"category": category["slug"], "title": "Once", "body": "Looked up once."},
            headers={**pat.headers, "Idempotency-Key": "once"},
        )
    assert response.status_code == 201, response.text
    lookups = [s for s in statements if "FROM personal_access_tokens" in s]
    assert len(lookups) == 1, lookups
