"""HTTP layer of accounts: parse, call the service, shape the response."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from app.accounts import service
from app.accounts.schemas import (
    MeRead,
    MeUpdate,
    RefreshRequest,
    RegisterRequest,
    RoleUpdate,
    TokenPair,
    UserRead,
)
from app.db import SessionDep
from app.deps import (
    AppSettings,
    CurrentAdmin,
    CurrentUser,
    CurrentWriter,
    Hashing,
    Tokens,
    UsernamePath,
)

router = APIRouter()


def _refresh_lifetime(settings: AppSettings) -> timedelta:
    return timedelta(days=settings.refresh_token_days)


RefreshLifetime = Annotated[timedelta, Depends(_refresh_lifetime)]


@router.post(
    "/auth/register", status_code=status.HTTP_201_CREATED, response_model=MeRead, tags=["auth"]
)
async def register(
    data: RegisterRequest, session: SessionDep, hashing: Hashing, response: Response
) -> MeRead:
    user = await service.register(session, hashing, data)
    response.headers["Location"] = f"/api/v1/users/{user.username}"
    return MeRead.of(user)


@router.post("/auth/token", response_model=TokenPair, tags=["auth"])
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    hashing: Hashing,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
) -> TokenPair:
    """Sign in with a username or email and a password (OAuth2 password form)."""
    user = await service.authenticate(session, hashing, form.username, form.password)
    return await service.issue_tokens(session, tokens, user, refresh_lifetime)


@router.post("/auth/refresh", response_model=TokenPair, tags=["auth"])
async def refresh(
    data: RefreshRequest, session: SessionDep, tokens: Tokens, refresh_lifetime: RefreshLifetime
) -> TokenPair:
    return await service.refresh(session, tokens, data.refresh_token, refresh_lifetime)


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT, tags=["auth"])
async def logout(data: RefreshRequest, session: SessionDep) -> None:
    await service.logout(session, data.refresh_token)


@router.get("/me", response_model=MeRead, tags=["accounts"])
async def read_me(user: CurrentUser) -> MeRead:
    return MeRead.of(user)


@router.patch("/me", response_model=MeRead, tags=["accounts"])
async def update_me(data: MeUpdate, session: SessionDep, user: CurrentWriter) -> MeRead:
    return MeRead.of(await service.update_me(session, user, data))


@router.get("/users/{username}", response_model=UserRead, tags=["accounts"])
async def read_user(username: UsernamePath, session: SessionDep) -> UserRead:
    return UserRead.model_validate(await service.get_by_username(session, username))


@router.put("/users/{username}/role", response_model=UserRead, tags=["accounts"])
async def set_role(
    username: UsernamePath, data: RoleUpdate, session: SessionDep, admin: CurrentAdmin
) -> UserRead:
    return UserRead.model_validate(await service.set_role(session, admin, username, data.role))
