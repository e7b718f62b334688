"""Request dependencies: who is asking, with which scopes, and pagination parameters.

Routes declare what they need as `Annotated` aliases that read like types: `Viewer`
(anyone, signed in or not), `CurrentUser`, `OwnStateWriter`, `AccountWriter`,
`CurrentWriter`, `CurrentModerator`, `CurrentAdmin`, and `PageParams`.

Scopes. Each public alias declares the OAuth2 scopes its routes need, once, with
`Security(..., scopes=...)`; FastAPI writes them into the operation's `security` in the
OpenAPI document, and `_viewer` enforces the very same `SecurityScopes`, so the document and
the behaviour cannot disagree. Everything under an alias is plain `Depends`: FastAPI adds the
scopes of every `Security` down a chain, so an inner `Security` would make every route above
it need its scopes too. The rule the aliases follow:

- `read`: reading as oneself, and operations that change nothing (`Viewer`, `CurrentUser`).
- `write`: every change, including a member's own state that nobody else sees (read marks,
  subscriptions, preferences, blocks, notifications marked read, the calendar key, leaving
  a group or the forum, the password): `OwnStateWriter`, `AccountWriter`, `CurrentWriter`.
- `moderate` alone: every moderation route, reads and writes (`CurrentModerator`), so a
  moderation bot's token needs nothing else.
- `admin` alone: every administration route (`CurrentAdmin`).

Role before scope: a route that needs a scope the member's role can never carry (a member
on a moderation route) is 403 `forbidden` whatever the token; `insufficient-scope` (RFC
6750 `insufficient_scope`) is kept for what a token with more scopes would fix, and names
every missing scope at once.

Every dependency is `async def`, even when it awaits nothing: FastAPI runs a plain `def`
dependency in a worker thread, a hand-off that cost more than the work (bench/ measured it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query, Request, Security
from fastapi.security import OAuth2PasswordBearer, SecurityScopes
from pydantic import AfterValidator

from app.accounts import policy
from app.accounts import service as accounts_service
from app.accounts.lifecycle import EmailUnverified, ensure_verified
from app.accounts.models import Scope, User
from app.client_identity import PatCache, is_pat, verify_once
from app.config import Settings
from app.db import MAX_ID, SAFE_METHODS, SessionDep
from app.errors import (
    Forbidden,
    InsufficientScope,
    InvalidCursor,
    InvalidToken,
    NotAuthenticated,
    Suspended,
    raises,
)
from app.http import API_PREFIX
from app.security import AccessTokens, PasswordHashing, secret_digest
from app.validation import reject_nul

SCOPES: dict[str, str] = {
    Scope.read.value: "Read as yourself: the forum with your view of it (blocks, reading state, "
    "your reactions), meet-ups and groups, search, and your own account, notifications, "
    "warnings and data. Also the operations that change nothing (the Markdown preview).",
    Scope.write.value: "Change things as yourself: threads, posts, reactions, reports, meet-ups, "
    "RSVPs, groups, your profile, and your own state (read marks, subscriptions, "
    "preferences, blocks, notifications marked read, the calendar key).",
    Scope.moderate.value: "Moderators and administrators: every moderation operation, alone (the "
    "queue, claims, resolving, hiding, deleting and restoring, suspensions, warnings, notes, "
    "the log); with `read`, the moderator's view of threads and posts (anonymous authors, "
    "hidden posts).",
    Scope.admin.value: "Administrators: every administration operation, alone (roles, "
    "categories, webhooks).",
}

_SCOPE_ROWS = "\n".join(f"| `{scope}` | {allows} |" for scope, allows in SCOPES.items())
SCOPE_TABLE = f"""Send `Authorization: Bearer <token>` with either token:

- an **access token** from `POST /auth/token` (this password flow) or `POST /auth/refresh`,
  which carries every scope the member's role allows: `read` and `write` for everyone,
  `moderate` for moderators and administrators, `admin` for administrators;
- a **personal access token** (`PersonalAccessToken`), made at `POST /me/tokens` from a
  password sign-in, which carries only the scopes chosen for it (never beyond the role).

| Scope | Allows |
|---|---|
{_SCOPE_ROWS}

Each operation lists the scopes it needs, all of them required. A token that lacks some the
role allows gets 403 `/problems/insufficient-scope` with `WWW-Authenticate: Bearer
error="insufficient_scope", scope="…"` naming every missing one; an operation beyond the
member's role is 403 `/problems/forbidden` whatever the token. No token on an operation that
needs one is 401 `WWW-Authenticate: Bearer`; an expired, malformed or revoked token is 401
`Bearer error="invalid_token"`, never read as a guest. Operations that also list an empty
requirement (`{{}}`) may be called without a token, as a guest."""

oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl=f"{API_PREFIX}/auth/token",
    scheme_name="OAuth2Password",
    scopes=dict(SCOPES),
    description=SCOPE_TABLE,
    auto_error=False,
)

_ROLE_FOR_SCOPE = {Scope.moderate: "moderators", Scope.admin: "administrators"}


@raises(InvalidToken, InsufficientScope)
async def _viewer(
    request: Request,
    session: SessionDep,
    security_scopes: SecurityScopes,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> User | None:
    """The signed-in user, or None for an anonymous reader; the one place scopes are
    enforced. A bad token is a 401, never a silent downgrade to anonymous, so a client
    notices an expired token."""
    if token is None:
        return None
    user = await _token_owner_once(request, session, token)
    if user is None:
        raise InvalidToken("The token is invalid, revoked or has expired.")
    require_scopes(user, security_scopes.scopes)
    return user


def require_scopes(user: User, needed: Iterable[str]) -> None:
    """Every scope in `needed` must be within the user's role (else 403 forbidden: no token
    could fix it) and carried by the credential (else 403 naming all that are missing)."""
    wanted = sorted({Scope(scope) for scope in needed}, key=list(Scope).index)
    for scope in wanted:
        if not policy.can_grant_scope(user, scope):
            raise Forbidden(f"Only {_ROLE_FOR_SCOPE[scope]} can do this.")
    missing = [scope.value for scope in wanted if not user.has_scope(scope)]
    if missing:
        raise InsufficientScope(missing)


_OWNER_STATE_KEY = "bearer_token_owner"


async def _token_owner_once(request: Request, session: SessionDep, token: str) -> User | None:
    """`_token_owner`, asked once per request: FastAPI caches a dependency per set of
    scopes, so a route whose dependencies reach `_viewer` under different scopes (the
    idempotency claim needs the user but adds no scope) runs it more than once. Kept per
    session: a request run again after a transient failure (app/transient.py) has a new
    session, and the user of the failed attempt's is detached from it."""
    known = getattr(request.state, _OWNER_STATE_KEY, None)
    if known is not None and known[0] == token and known[1] is session:
        owner: User | None = known[2]
        return owner
    owner = await _token_owner(request, session, token)
    setattr(request.state, _OWNER_STATE_KEY, (token, session, owner))
    return owner


async def _token_owner(request: Request, session: SessionDep, token: str) -> User | None:
    """The user a bearer token names, limited to the token's scopes (`User.scopes`), or
    None when it is invalid, revoked or expired, or its account is gone."""
    if is_pat(token):
        return await _pat_owner(request, session, token)
    claims = verify_once(request.scope, request.app.state.access_tokens, token)
    if claims is None:
        return None
    # A read may take the member's row as it was a few seconds ago (`MemberCache`).
    members = request.app.state.member_cache if request.method in SAFE_METHODS else None
    return await accounts_service.user_for_claims(session, claims, members)


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


# Signed in or not, with no scope of its own: only for `_current_user` below.
_MaybeSignedIn = Annotated[User | None, Depends(_viewer)]

Viewer = Annotated[User | None, Security(_viewer, scopes=[Scope.read.value])]
"""Anyone, signed in or a guest; a token must carry `read`. The operation is documented as
callable without a token (app/openapi_security.py)."""


@raises(NotAuthenticated)
async def _current_user(viewer: _MaybeSignedIn) -> User:
    if viewer is None:
        raise NotAuthenticated("Sign in to do this.")
    return viewer


SignedIn = Annotated[User, Depends(_current_user)]
"""A signed-in user, adding no scope: for a dependency that needs the user beside the alias
that declares the route's scopes (the idempotency claim, a route's own checks)."""

CurrentUser = Annotated[User, Security(_current_user, scopes=[Scope.read.value])]
"""A signed-in user reading (`read`)."""

OwnStateWriter = Annotated[User, Security(_current_user, scopes=[Scope.write.value])]
"""A member changing only their own state (`write`): read marks, subscriptions, settings,
blocks, notifications, the calendar key, a group's membership. A suspended or unverified
member still reads the forum and keeps their place in it, so neither is a bar."""


@raises(Suspended)
async def _active_user(session: SessionDep, user: SignedIn) -> User:
    """A signed-in user who is not suspended (`accounts_service.ensure_active`)."""
    await accounts_service.ensure_active(session, user)
    return user


_Active = Annotated[User, Depends(_active_user)]

AccountWriter = Annotated[User, Security(_active_user, scopes=[Scope.write.value])]
"""A user who may change their own account now (`write`): not suspended. An unverified
address is no bar: it is how they correct it."""


@raises(EmailUnverified)
async def _verified_user(request: Request, user: _Active) -> User:
    """Not suspended, and with REQUIRE_VERIFIED_EMAIL their address is verified."""
    ensure_verified(user, request.app.state.settings.require_verified_email)
    return user


CurrentWriter = Annotated[User, Security(_verified_user, scopes=[Scope.write.value])]
"""A user who may write now (`write`): not suspended, and verified when that is required."""


@raises(Forbidden)
async def _current_moderator(user: _Active) -> User:
    if not user.is_moderator:
        raise Forbidden("Only moderators can do this.")
    return user


CurrentModerator = Annotated[User, Security(_current_moderator, scopes=[Scope.moderate.value])]
"""A moderator or administrator, not suspended; `moderate` alone, for reads and writes."""


@raises(Forbidden)
async def _current_admin(user: Annotated[User, Depends(_verified_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("Only administrators can do this.")
    return user


CurrentAdmin = Annotated[User, Security(_current_admin, scopes=[Scope.admin.value])]
"""An administrator, not suspended and verified when that is required; `admin` alone."""


@dataclass(frozen=True)
class PageRequest:
    limit: int
    cursor: str | None


PageLimit = Annotated[int, Query(ge=1, le=100, description="Items per page.")]
PageCursor = Annotated[
    str | None, Query(max_length=500, description="`next_cursor` from the previous page.")
]
"""`PageParams`' two parameters, for the hot reads to take directly (each dependency is
solved per request: bench/ measured it); such a route declares `InvalidCursor` itself."""


@raises(InvalidCursor)
async def _page_request(limit: PageLimit = 20, cursor: PageCursor = None) -> PageRequest:
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
