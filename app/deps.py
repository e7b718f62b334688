"""Request dependencies: who is asking, and pagination parameters.

Routes declare what they need as `Annotated` aliases (`Viewer`, `CurrentUser`,
`CurrentWriter`, `CurrentModerator`, `CurrentAdmin`, `PageParams`) that read like types.

Every dependency is `async def`, even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a hand-off that cost more than the work (bench/ measured it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from fastapi.security import OAuth2PasswordBearer
from pydantic import AfterValidator

from app.accounts import service as accounts_service
from app.accounts.lifecycle import ensure_verified
from app.accounts.models import Scope, User
from app.client_identity import PatCache, is_pat, verify_once
from app.config import Settings
from app.db import MAX_ID, SAFE_METHODS, SessionDep
from app.errors import Forbidden, InsufficientScope, InvalidCursor, NotAuthenticated, raises
from app.http import API_PREFIX
from app.security import AccessTokens, PasswordHashing, secret_digest
from app.validation import reject_nul

oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl=f"{API_PREFIX}/auth/token",
    auto_error=False,
    description="An access token from /auth/token, or a personal access token.",
)


async def _viewer(
    request: Request, session: SessionDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> User | None:
    """The signed-in user, or None for an anonymous reader. A bad token is a 401, never a
    silent downgrade to anonymous, so a client notices an expired token. A personal access
    token limits the user to its scopes (`User.scopes`)."""
    if token is None:
        return None
    if is_pat(token):
        user = await _pat_owner(request, session, token)
    else:
        claims = verify_once(request.scope, request.app.state.access_tokens, token)
        # A read may take the member's row as it was a few seconds ago (`MemberCache`).
        members = request.app.state.member_cache if request.method in SAFE_METHODS else None
        user = (
            None
            if claims is None
            else await accounts_service.user_for_claims(session, claims, members)
        )
    if user is None:
        raise NotAuthenticated("The token is invalid, revoked or has expired.")
    if request.method in SAFE_METHODS and not user.has_scope(Scope.read):
        raise InsufficientScope("This token lacks the read scope.")
    return user


async def _pat_owner(request: Request, session: SessionDep, token: str) -> User | None:
    """The owner of a live personal access token. What the lookup finds is remembered for
    the rate limits (`PatCache`), and a token known to be invalid is not looked up again."""
    pats: PatCache = request.app.state.pat_cache
    digest = secret_digest(token)
    if pats.known_invalid(digest):
        return None
    user = await accounts_service.user_for_pat(session, token)
    pats.remember(digest, user.id if user is not None else None)
    return user


Viewer = Annotated[User | None, Depends(_viewer)]

# For routes that take `Viewer` alone: signing in is optional there, and the OpenAPI
# document says so (an empty requirement), so generated clients do not insist on a token.
OPTIONAL_AUTH: dict[str, Any] = {"security": [{}]}


async def _current_user(viewer: Viewer) -> User:
    if viewer is None:
        raise NotAuthenticated("Sign in to do this.")
    return viewer


CurrentUser = Annotated[User, Depends(_current_user)]


async def _active_user(session: SessionDep, user: CurrentUser) -> User:
    """A signed-in user who is not suspended (`accounts_service.ensure_active`)."""
    await accounts_service.ensure_active(session, user)
    return user


ActiveUser = Annotated[User, Depends(_active_user)]


async def _account_writer(user: ActiveUser) -> User:
    """A user who may change their own account now: not suspended, and the credential
    allows writing. An unverified address is no bar: it is how they correct it."""
    if not user.has_scope(Scope.write):
        raise InsufficientScope("This token lacks the write scope.")
    return user


AccountWriter = Annotated[User, Depends(_account_writer)]


async def _current_writer(request: Request, user: AccountWriter) -> User:
    """A user who may write now: not suspended, the credential allows writing, and with
    REQUIRE_VERIFIED_EMAIL their address is verified."""
    ensure_verified(user, request.app.state.settings.require_verified_email)
    return user


CurrentWriter = Annotated[User, Depends(_current_writer)]


async def _current_moderator(request: Request, user: ActiveUser) -> User:
    if not user.is_moderator:
        raise Forbidden("Only moderators can do this.")
    if not user.has_scope(Scope.moderate):
        raise InsufficientScope("This token lacks the moderate scope.")
    if request.method not in SAFE_METHODS and not user.has_scope(Scope.write):
        raise InsufficientScope("This token lacks the write scope.")
    return user


CurrentModerator = Annotated[User, Depends(_current_moderator)]


async def _current_admin(user: CurrentWriter) -> User:
    """An administrator; a personal access token also needs the `admin` scope, as moderation
    routes need `moderate`, so a read/write token of an admin has no admin powers."""
    if not user.is_admin:
        raise Forbidden("Only administrators can do this.")
    if not user.has_scope(Scope.admin):
        raise InsufficientScope("This token lacks the admin scope.")
    return user


CurrentAdmin = Annotated[User, Depends(_current_admin)]


@dataclass(frozen=True)
class PageRequest:
    limit: int
    cursor: str | None


@raises(InvalidCursor)
async def _page_request(
    limit: Annotated[int, Query(ge=1, le=100, description="Items per page.")] = 20,
    cursor: Annotated[
        str | None,
        Query(max_length=500, description="`next_cursor` from the previous page."),
    ] = None,
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


PageParams = Annotated[PageRequest, Depends(_page_request)]


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _password_hashing(request: Request) -> PasswordHashing:
    hashing: PasswordHashing = request.app.state.password_hashing
    return hashing


async def _access_tokens(request: Request) -> AccessTokens:
    tokens: AccessTokens = request.app.state.access_tokens
    return tokens


AppSettings = Annotated[Settings, Depends(_settings)]
Hashing = Annotated[PasswordHashing, Depends(_password_hashing)]
Tokens = Annotated[AccessTokens, Depends(_access_tokens)]


ResourceId = Annotated[int, Path(ge=1, le=MAX_ID)]
UsernamePath = Annotated[str, Path(max_length=64), AfterValidator(reject_nul)]
SlugPath = Annotated[str, Path(max_length=64), AfterValidator(reject_nul)]
