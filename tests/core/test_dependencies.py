"""Every dependency of every route is async: FastAPI runs a plain `def` dependency in a
worker thread, and that hand-off cost more than the work on the hot pages (bench/)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import OAuth2PasswordRequestForm

from app.accounts.router import router as accounts_router
from app.forum.router import router as forum_router
from app.moderation.router import router as moderation_router

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
