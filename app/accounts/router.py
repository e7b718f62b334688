"""HTTP layer of accounts: parse, call the service, shape the response."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from app.accounts import service
from app.accounts.models import User
from app.accounts.schemas import (
    MeRead,
    MeUpdate,
    RefreshRequest,
    RegisterRequest,
    RoleUpdate,
    TokenCreate,
    TokenCreated,
    TokenPair,
    TokenRead,
    UserRead,
)
from app.client_identity import address_key
from app.db import SessionDep
from app.deps import (
    AppSettings,
    CurrentAdmin,
    CurrentUser,
    CurrentWriter,
    Hashing,
    ResourceId,
    Tokens,
    UsernamePath,
)
from app.errors import InvalidCredentials
from app.http import API_PREFIX
from app.ratelimit import check_sign_in, count_failed_sign_in, limit
from app.security import secret_digest

router = APIRouter()


async def _refresh_lifetime(settings: AppSettings) -> timedelta:
    return timedelta(days=settings.refresh_token_days)


RefreshLifetime = Annotated[timedelta, Depends(_refresh_lifetime)]


@router.post(
    "/auth/register", status_code=status.HTTP_201_CREATED, response_model=MeRead, tags=["auth"]
)
async def register(
    request: Request,
    data: RegisterRequest,
    session: SessionDep,
    hashing: Hashing,
    response: Response,
) -> MeRead:
    await limit(request, "register", address_key(request.scope))
    await limit(request, "register", f"email:{data.email.lower()}")
    user = await service.register(session, hashing, data)
    response.headers["Location"] = f"{API_PREFIX}/users/{user.username}"
    return MeRead.of(user)


@router.post("/auth/token", response_model=TokenPair, tags=["auth"])
async def token(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    hashing: Hashing,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
) -> TokenPair:
    """Sign in with a username or email and a password (OAuth2 password form)."""
    address = address_key(request.scope)
    await limit(request, "login", address)
    account = await service.find_by_login(session, form.username)
    # One budget per account, whether it is named by username or by email.
    account_key = f"user:{account.id}" if account else f"login:{form.username.strip().lower()}"
    await check_sign_in(request, account_key, address)
    try:
        user = await service.authenticate(hashing, account, form.password)
    except InvalidCredentials:
        await count_failed_sign_in(request, account_key, address)
        raise
    return await service.issue_tokens(session, tokens, user, refresh_lifetime)


@router.post("/auth/refresh", response_model=TokenPair, tags=["auth"])
async def refresh(
    request: Request,
    data: RefreshRequest,
    session: SessionDep,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
) -> TokenPair:
    await limit(request, "refresh", address_key(request.scope))
    await limit(request, "refresh", f"token:{secret_digest(data.refresh_token)[:32]}")
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


# Personal access tokens: managed only from a password sign-in (the services check it too;
# refused here first, before any other requirement of the route).


async def _require_password_session(user: CurrentUser) -> User:
    service.require_token_manager(user)
    return user


TokenOwner = Annotated[User, Depends(_require_password_session)]


@router.post(
    "/me/tokens", status_code=status.HTTP_201_CREATED, response_model=TokenCreated, tags=["tokens"]
)
async def create_token(
    data: TokenCreate,
    session: SessionDep,
    user: TokenOwner,
    _writer: CurrentWriter,
    response: Response,
) -> TokenCreated:
    token, secret = await service.create_pat(session, user, data)
    response.headers["Location"] = f"{API_PREFIX}/me/tokens"
    read = TokenRead.of(token)
    return TokenCreated(
        id=read.id, name=read.name, scopes=read.scopes, token=secret, created_at=read.created_at
    )


@router.get("/me/tokens", response_model=list[TokenRead], tags=["tokens"])
async def list_tokens(session: SessionDep, user: TokenOwner) -> list[TokenRead]:
    return [TokenRead.of(token) for token in await service.list_pats(session, user)]


@router.delete("/me/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["tokens"])
async def revoke_token(
    token_id: ResourceId, session: SessionDep, user: TokenOwner, _writer: CurrentWriter
) -> None:
    await service.revoke_pat(session, user, token_id)
