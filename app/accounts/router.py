"""HTTP layer of accounts: parse, call the service, shape the response."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, Security, status
from fastapi.security import OAuth2PasswordRequestForm
from pydantic_core import to_json

from app.accounts import blocks, export, leaving, lifecycle, preferences, service
from app.accounts.models import Scope, User
from app.accounts.policy import NewMemberRule
from app.accounts.schemas import (
    Accepted,
    BlockRead,
    EmailVerification,
    LeaveRequest,
    MemberExport,
    MeRead,
    MeUpdate,
    PasswordChange,
    PasswordResetConfirm,
    PasswordResetRequest,
    PreferencesRead,
    PreferencesUpdate,
    RefreshRequest,
    RegisterRequest,
    RoleUpdate,
    TokenCreate,
    TokenCreated,
    TokenPair,
    TokenRead,
    UsernamePrefix,
    UserRead,
    UserRef,
)
from app.client_identity import address_key
from app.db import SessionDep
from app.deps import (
    AccountWriter,
    AppSettings,
    CurrentAdmin,
    CurrentUser,
    CurrentWriter,
    Hashing,
    OwnStateWriter,
    PageParams,
    ResourceId,
    SignedIn,
    Tokens,
    UsernamePath,
)
from app.errors import InvalidCredentials
from app.http import API_PREFIX, JSON
from app.mail.compose import Letterhead
from app.pagination import Page
from app.ratelimit import check_sign_in, count_failed_sign_in, limit
from app.security import secret_digest

router = APIRouter()


async def _refresh_lifetime(settings: AppSettings) -> timedelta:
    return timedelta(days=settings.refresh_token_days)


RefreshLifetime = Annotated[timedelta, Depends(_refresh_lifetime)]


async def _new_member_rule(settings: AppSettings) -> NewMemberRule:
    return NewMemberRule(
        hours=settings.new_member_hours,
        max_threads=settings.new_member_max_threads,
        max_replies=settings.new_member_max_replies,
        max_links=settings.new_member_max_links,
    )


async def _letterhead(settings: AppSettings) -> Letterhead:
    return Letterhead(forum_name=settings.forum_name, public_url=settings.public_url)


NewMembers = Annotated[NewMemberRule, Depends(_new_member_rule)]
MailLetterhead = Annotated[Letterhead, Depends(_letterhead)]


@router.post(
    "/auth/register", status_code=status.HTTP_201_CREATED, response_model=MeRead, tags=["auth"]
)
async def register(
    request: Request,
    data: RegisterRequest,
    session: SessionDep,
    hashing: Hashing,
    letterhead: MailLetterhead,
    new_members: NewMembers,
    response: Response,
) -> MeRead:
    """Creates an account and emails a link that verifies its address."""
    await limit(request, "register", address_key(request.scope))
    await limit(request, "register", f"email:{data.email.lower()}")
    user = await lifecycle.register(session, hashing, letterhead, data)
    response.headers["Location"] = f"{API_PREFIX}/users/{user.username}"
    return MeRead.of(user, new_members)


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
async def read_me(user: CurrentUser, new_members: NewMembers) -> MeRead:
    return MeRead.of(user, new_members)


@router.patch("/me", response_model=MeRead, tags=["accounts"])
async def update_me(
    request: Request,
    data: MeUpdate,
    session: SessionDep,
    user: AccountWriter,
    letterhead: MailLetterhead,
    new_members: NewMembers,
) -> MeRead:
    """A new `email` is mailed a verification link and waits in `pending_email` until the
    link is used (from a password sign-in only). An unverified member may correct it."""
    if data.email is not None:
        await limit(request, "email_verification", f"user:{user.id}")
    return MeRead.of(await lifecycle.update_me(session, letterhead, user, data), new_members)


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


async def _require_password_session(user: SignedIn) -> User:
    service.require_token_manager(user)
    return user


# Listing needs `read`, creating and revoking `write` (a password sign-in has both).
TokenOwner = Annotated[User, Security(_require_password_session, scopes=[Scope.read.value])]
TokenManager = Annotated[User, Security(_require_password_session, scopes=[Scope.write.value])]


@router.post(
    "/me/tokens", status_code=status.HTTP_201_CREATED, response_model=TokenCreated, tags=["tokens"]
)
async def create_token(
    data: TokenCreate,
    session: SessionDep,
    user: TokenManager,
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
    token_id: ResourceId, session: SessionDep, user: TokenManager, _writer: CurrentWriter
) -> None:
    await service.revoke_pat(session, user, token_id)


# Your data and leaving (GDPR art. 15, 20 and 17)


@router.get("/me/export", response_model=MemberExport, tags=["accounts"])
async def export_me(session: SessionDep, user: CurrentUser) -> Response:
    """Everything the forum keeps about you, as a JSON file to download. A personal access
    token may fetch it as it may read /me: with the `read` scope."""
    document = await export.export_member(session, user)
    filename = export.export_filename(user)
    return Response(
        to_json(document, indent=2),
        media_type=JSON,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@router.delete("/me", status_code=status.HTTP_204_NO_CONTENT, tags=["accounts"])
async def leave(
    request: Request,
    data: LeaveRequest,
    session: SessionDep,
    hashing: Hashing,
    user: OwnStateWriter,
) -> None:
    """Delete your account, from a password sign-in and confirmed with your password. A
    suspended member may leave too. Wrong passwords count as failed sign-ins."""
    account, address = f"user:{user.id}", address_key(request.scope)
    await check_sign_in(request, account, address)
    try:
        await leaving.leave(session, hashing, user, data.password, data.posts)
    except service.WrongPassword:
        await count_failed_sign_in(request, account, address)
        raise


# Password change and reset, email verification (API-members.md "Account lifecycle")


async def _password_session(user: OwnStateWriter) -> User:
    lifecycle.require_password_session(user)
    return user


PasswordSession = Annotated[User, Depends(_password_session)]


@router.post("/me/password", response_model=TokenPair, tags=["accounts"])
async def change_password(
    request: Request,
    data: PasswordChange,
    session: SessionDep,
    hashing: Hashing,
    tokens: Tokens,
    refresh_lifetime: RefreshLifetime,
    user: PasswordSession,
) -> TokenPair:
    """Every other sign-in ends; this one continues with the new pair. A suspended member
    may still secure their account. Wrong current passwords count as failed sign-ins."""
    account, address = f"user:{user.id}", address_key(request.scope)
    await check_sign_in(request, account, address)
    try:
        return await lifecycle.change_password(
            session, hashing, tokens, refresh_lifetime, user, data
        )
    except service.WrongPassword:
        await count_failed_sign_in(request, account, address)
        raise


@router.post(
    "/auth/password-reset",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    tags=["auth"],
)
async def request_password_reset(
    request: Request, data: PasswordResetRequest, session: SessionDep, letterhead: MailLetterhead
) -> Accepted:
    """Emails a single-use link, valid for an hour, if the address has an account. The
    answer is the same either way."""
    await limit(request, "password_reset", address_key(request.scope))
    await limit(request, "password_reset", f"email:{data.email.lower()}")
    await lifecycle.request_password_reset(session, letterhead, data.email)
    return Accepted(
        detail="If an account uses that address, a link to choose a new password is on its "
        "way there. It works once, within an hour."
    )


@router.post("/auth/password-reset/confirm", status_code=status.HTTP_204_NO_CONTENT, tags=["auth"])
async def reset_password(data: PasswordResetConfirm, session: SessionDep, hashing: Hashing) -> None:
    """Sets a new password with the link's token; every sign-in of the account ends."""
    await lifecycle.reset_password(session, hashing, data)


@router.post("/auth/verify-email", status_code=status.HTTP_204_NO_CONTENT, tags=["auth"])
async def verify_email(
    data: EmailVerification, session: SessionDep, letterhead: MailLetterhead
) -> None:
    """Uses a verification link: the address is verified, or a pending new address
    replaces the old one (409 if another account took it meanwhile)."""
    await lifecycle.verify_email(session, letterhead, data.token)


@router.post(
    "/me/email/verification",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    tags=["accounts"],
)
async def resend_verification(
    request: Request, session: SessionDep, user: AccountWriter, letterhead: MailLetterhead
) -> Accepted:
    """Sends the verification link again (to the pending address, if there is one)."""
    await limit(request, "email_verification", f"user:{user.id}")
    address = await lifecycle.resend_verification(session, letterhead, user)
    return Accepted(detail=f"A new link is on its way to {address}.")


# Preferences, blocks and the member lookup (API-community.md "Reading state, subscriptions,
# notifications"; the lookup is an extension for the composer's @ autocomplete)


@router.get("/me/preferences", response_model=PreferencesRead, tags=["accounts"])
async def read_preferences(user: CurrentUser) -> PreferencesRead:
    return PreferencesRead.of(user)


@router.patch("/me/preferences", response_model=PreferencesRead, tags=["accounts"])
async def update_preferences(
    data: PreferencesUpdate, session: SessionDep, user: OwnStateWriter
) -> PreferencesRead:
    """Changes only the fields given. A suspended member may change them too."""
    return PreferencesRead.of(await preferences.update_preferences(session, user, data))


@router.put("/users/{username}/block", status_code=status.HTTP_204_NO_CONTENT, tags=["accounts"])
async def block_user(username: UsernamePath, session: SessionDep, user: OwnStateWriter) -> None:
    """Their posts come back with `is_blocked_author: true` and they cannot mention, quote-
    or reply-notify you. Nothing tells them. Moderators and administrators cannot be
    blocked (422), nor can you block yourself (422). Blocking again changes nothing."""
    await blocks.block(session, user, username)


@router.delete("/users/{username}/block", status_code=status.HTTP_204_NO_CONTENT, tags=["accounts"])
async def unblock_user(username: UsernamePath, session: SessionDep, user: OwnStateWriter) -> None:
    """Unblocking someone you have not blocked changes nothing."""
    await blocks.unblock(session, user, username)


@router.get("/me/blocks", response_model=Page[BlockRead], tags=["accounts"])
async def list_blocks(session: SessionDep, user: CurrentUser, page: PageParams) -> Page[BlockRead]:
    """The members you blocked, in a stable order (not by date)."""
    items, next_cursor = await blocks.list_blocks(session, user, page.limit, page.cursor)
    return Page[BlockRead](
        items=[
            BlockRead(user=UserRef.model_validate(item.user), created_at=item.created_at)
            for item in items
        ],
        next_cursor=next_cursor,
    )


@router.get("/users", response_model=list[UserRef], tags=["accounts"])
async def find_members(
    session: SessionDep,
    _user: CurrentUser,
    prefix: Annotated[UsernamePrefix, Query(description="The start of a username, any case.")],
    limit: Annotated[int, Query(ge=1, le=20, description="At most this many.")] = 8,
) -> list[UserRef]:
    """Members whose username starts with `prefix` (the composer's @ autocomplete), in
    username order; members who left are not among them. Signed-in members only (an
    extension of the contract)."""
    return [
        UserRef.model_validate(member)
        for member in await service.find_by_prefix(session, prefix, limit)
    ]
