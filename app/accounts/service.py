"""Account rules: registration, sign-in, refresh-token rotation, profiles and roles."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, inspect, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached

from app.accounts import policy
from app.accounts.models import PersonalAccessToken, RefreshToken, Role, Scope, User
from app.accounts.schemas import MeUpdate, RegisterRequest, TokenCreate, TokenPair
from app.client_identity import MemberCache
from app.db import utcnow
from app.errors import (
    Conflict,
    Forbidden,
    InvalidCredentials,
    InvalidRefreshToken,
    NotFound,
    RefreshTokenReused,
    Suspended,
    UnprocessableEntity,
)
from app.events import Action, Audit, Target, emit
from app.security import (
    PAT_PREFIX,
    REFRESH_TOKEN_PREFIX,
    AccessClaims,
    AccessTokens,
    InvalidToken,
    PasswordHashing,
    new_secret,
    secret_digest,
)
from app.validation import NUL

logger = logging.getLogger(__name__)


class UsernameTaken(Conflict):
    slug, title = "username-taken", "That username is taken"
    advice = (
        "Another account has this username, in some case (usernames are unique whatever "
        "their case). Ask the person for another one; nothing was created."
    )


class EmailTaken(Conflict):
    slug, title = "email-taken", "That email address already has an account"
    advice = (
        "Another account uses this address (addresses are unique whatever their case). On "
        "registering, offer to sign in or to reset the password instead; on a change of "
        "address, ask for another one. Nothing was changed."
    )


class WrongPassword(Forbidden):
    slug, title = "wrong-password", "That is not your current password"
    advice = (
        "The password given to confirm a change (a new password, leaving) is not the "
        "account's current one, or it changed meanwhile. Ask the person again; wrong "
        "passwords count as failed sign-ins and are rate-limited."
    )


class PasswordSignInRequired(Forbidden):
    slug, title = "password-sign-in-required", "This needs a password sign-in"
    advice = (
        "A personal access token cannot manage tokens, change the password or the email "
        "address, or delete the account, whatever its scopes: a token given to a script "
        "must never outgrow itself or lock its owner out. Do it with an access token from "
        "`/auth/token` (signing in with the password)."
    )


async def confirm_password(hashing: PasswordHashing, user: User, password: str) -> None:
    """A signed-in member proves it is them before a change that needs it (a new password,
    leaving): a stolen access token alone cannot do these."""
    if not await hashing.verify(user.password_hash, password):
        raise WrongPassword("That is not your current password.")


async def register(session: AsyncSession, hashing: PasswordHashing, data: RegisterRequest) -> User:
    await _ensure_available(session, data.username, data.email)
    user = User(
        username=data.username,
        username_key=data.username.lower(),
        email=data.email,
        email_key=data.email.lower(),
        password_hash=await hashing.hash(data.password),
        display_name=data.display_name or data.username,
        bio="",
        role=Role.member.value,
        post_count=0,
    )
    session.add(user)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:  # a concurrent registration took it first
        raise UsernameTaken("That username or email was just taken.") from exc
    return user


async def _ensure_available(session: AsyncSession, username: str, email: str) -> None:
    clash = (
        await session.execute(
            select(User.username_key, User.email_key).where(
                or_(User.username_key == username.lower(), User.email_key == email.lower())
            )
        )
    ).first()
    if clash is None:
        return
    if clash.username_key == username.lower():
        raise UsernameTaken(f"The username {username!r} is taken; please choose another.")
    raise EmailTaken("An account with that email address already exists. Try signing in.")


async def find_by_login(session: AsyncSession, login: str) -> User | None:
    """The account a sign-in names, by username or email in any case."""
    key = login.strip().lower()
    if NUL in key:  # no account can have one, and PostgreSQL text cannot hold it
        return None
    return await session.scalar(
        select(User).where(
            or_(User.username_key == key, User.email_key == key), User.deleted_at.is_(None)
        )
    )


async def authenticate(hashing: PasswordHashing, user: User | None, password: str) -> User:
    """Checks the password of the account `find_by_login` found. An unknown login still
    costs one argon2 verify, so timing does not tell who has an account."""
    if not await hashing.verify(user.password_hash if user else None, password) or user is None:
        raise InvalidCredentials("The username or password is not right.")
    return user


async def issue_tokens(
    session: AsyncSession,
    tokens: AccessTokens,
    user: User,
    refresh_lifetime: timedelta,
    family_id: str | None = None,
) -> TokenPair:
    now = utcnow()
    refresh_secret = new_secret(REFRESH_TOKEN_PREFIX)
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id or secrets.token_hex(16),
            token_hash=secret_digest(refresh_secret),
            created_at=now,
            expires_at=now + refresh_lifetime,
        )
    )
    await session.flush()
    return TokenPair(
        access_token=tokens.issue(user.id, now),
        refresh_token=refresh_secret,
        expires_in=int(tokens.lifetime.total_seconds()),
    )


async def refresh(
    session: AsyncSession, tokens: AccessTokens, refresh_secret: str, refresh_lifetime: timedelta
) -> TokenPair:
    """Rotates a refresh token. A token presented twice means it leaked: the whole login
    family is revoked, the thief's copy and the owner's alike."""
    now = utcnow()
    token = await session.scalar(
        select(RefreshToken)
        .where(RefreshToken.token_hash == secret_digest(refresh_secret))
        .with_for_update()
    )
    if token is None or token.revoked_at is not None or token.expires_at <= now:
        raise InvalidRefreshToken("Sign in again.")
    if token.used_at is not None:
        await _revoke_family(session, token.family_id)
        raise RefreshTokenReused(
            "This refresh token was already used, so this sign-in has been ended everywhere "
            "for safety. Sign in again."
        )
    # Conditional update: of two concurrent refreshes with one token, exactly one wins.
    result = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == token.id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if getattr(result, "rowcount", 1) != 1:
        await _revoke_family(session, token.family_id)
        raise RefreshTokenReused("This refresh token was already used. Sign in again.")
    user = await session.get(User, token.user_id)
    if user is None:
        raise InvalidRefreshToken("Sign in again.")
    return await issue_tokens(session, tokens, user, refresh_lifetime, family_id=token.family_id)


async def logout(session: AsyncSession, refresh_secret: str) -> None:
    """Ends the login the refresh token belongs to; unknown tokens are ignored (idempotent)."""
    family_id = await session.scalar(
        select(RefreshToken.family_id).where(
            RefreshToken.token_hash == secret_digest(refresh_secret)
        )
    )
    if family_id is not None:
        await _revoke_family(session, family_id)


async def _revoke_family(session: AsyncSession, family_id: str) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def user_for_access_token(
    session: AsyncSession, tokens: AccessTokens, token: str
) -> User | None:
    try:
        claims = tokens.verify(token)
    except InvalidToken:
        return None
    return await user_for_claims(session, claims)


async def user_for_claims(
    session: AsyncSession, claims: AccessClaims, members: MemberCache | None = None
) -> User | None:
    """The user a verified access token names (None once the account is gone or left).
    With `members` (a read's lookup), a row read within `MemberCache.TTL_SECONDS` is used
    instead of reading it again: the user is put into the session as if loaded."""
    if members is not None:
        values = members.get(claims.user_id)
        if values is not None:
            return _as_loaded(session, values)
    user = await session.get(User, claims.user_id)
    if user is None or user.deleted_at is not None:
        return None
    if members is not None:
        members.put(user.id, {key: getattr(user, key) for key in _USER_COLUMNS})
    return user


_USER_COLUMNS = tuple(column.key for column in inspect(User).column_attrs)


def _as_loaded(session: AsyncSession, values: dict[str, Any]) -> User:
    """A `User` of the session with `values` as its row, as `session.get` would load it:
    no history, so nothing is written back unless the request changes it."""
    user = User(**values)
    make_transient_to_detached(user)
    session.add(user)
    return user


async def update_me(session: AsyncSession, user: User, data: MeUpdate) -> User:
    if data.display_name is not None:
        user.display_name = data.display_name
    if data.bio is not None:
        user.bio = data.bio
    await session.flush()
    return user


async def get_by_username(session: AsyncSession, username: str) -> User:
    user = await session.scalar(
        select(User).where(User.username_key == username.lower(), User.deleted_at.is_(None))
    )
    if user is None:
        raise NotFound(f"There is no member called {username!r}.")
    return user


# The highest character a username key can hold ([0-9_a-z]), in byte order and in the
# linguistic collations PostgreSQL may use alike.
_LAST_USERNAME_CHAR = "z"


async def find_by_prefix(session: AsyncSession, prefix: str, limit: int) -> list[User]:
    """Members (not those who left) whose username starts with `prefix`, any case, in
    username order: a range of the unique `username_key` index, [prefix, prefix + "zz…"]
    (never a LIKE, which no index serves on every database), checked exactly by `substr`."""
    low = prefix.lower()
    high = low + _LAST_USERNAME_CHAR * (30 - len(low))
    return list(
        await session.scalars(
            select(User)
            .where(
                User.username_key.between(low, high),
                func.substr(User.username_key, 1, len(low)) == low,
                User.deleted_at.is_(None),
            )
            .order_by(User.username_key)
            .limit(limit)
        )
    )


async def set_role(session: AsyncSession, actor: User, username: str, role: Role) -> User:
    target = await get_by_username(session, username)
    if not policy.can_change_role(actor, target):
        raise Forbidden("Administrators cannot change their own role.")
    if target.role != role.value:
        change = f"{target.role} → {role.value}"
        await emit(session, actor, audit=Audit(Action.user_role, Target.user, target.id, change))
    target.role = role.value
    await session.flush()
    return target


async def ensure_admin(
    session: AsyncSession, hashing: PasswordHashing, username: str, email: str, password: str
) -> tuple[User, bool]:
    """Creates an admin, or promotes the existing user of that name. Returns (user, created)."""
    existing = await session.scalar(select(User).where(User.username_key == username.lower()))
    if existing is not None:
        existing.role = Role.admin.value
        await session.flush()
        return existing, False
    user = await register(
        session,
        hashing,
        RegisterRequest(username=username, email=email, password=password),
    )
    user.role = Role.admin.value
    # The operator who runs create-admin vouches for the address (no link is sent), so
    # REQUIRE_VERIFIED_EMAIL never locks the first admin out.
    user.email_verified = True
    await session.flush()
    return user, True


# Personal access tokens

PAT_TOUCH_INTERVAL = timedelta(minutes=1)


class ScopeBeyondRole(UnprocessableEntity):
    slug, title = "scope-beyond-role", "That scope is beyond your role"
    advice = (
        "A token can carry only what its owner's role allows: `moderate` is for moderators "
        "and administrators, `admin` for administrators. Ask for fewer scopes; nothing was "
        "created."
    )


def require_token_manager(user: User) -> None:
    if not policy.can_manage_tokens(user):
        raise PasswordSignInRequired(
            "Personal access tokens cannot manage tokens; sign in with a password."
        )


async def create_pat(
    session: AsyncSession, user: User, data: TokenCreate
) -> tuple[PersonalAccessToken, str]:
    require_token_manager(user)
    scopes = set(data.scopes)
    for scope in sorted(scopes, key=list(Scope).index):
        if not policy.can_grant_scope(user, scope):
            who = "administrators" if scope == Scope.admin else "moderators"
            raise ScopeBeyondRole(
                f"Only {who} can create tokens with the {scope.value} scope.",
                loc=("body", "scopes"),
            )
    secret = new_secret(PAT_PREFIX)
    token = PersonalAccessToken(
        user_id=user.id,
        name=data.name,
        token_hash=secret_digest(secret),
        scopes=" ".join(sorted(scope.value for scope in scopes)),
        created_at=utcnow(),
    )
    session.add(token)
    await session.flush()
    return token, secret


async def list_pats(session: AsyncSession, user: User) -> list[PersonalAccessToken]:
    require_token_manager(user)
    return list(
        await session.scalars(
            select(PersonalAccessToken)
            .where(PersonalAccessToken.user_id == user.id, PersonalAccessToken.revoked_at.is_(None))
            .order_by(PersonalAccessToken.id)
        )
    )


async def revoke_pat(session: AsyncSession, user: User, token_id: int) -> None:
    require_token_manager(user)
    result = await session.execute(
        update(PersonalAccessToken)
        .where(
            PersonalAccessToken.id == token_id,
            PersonalAccessToken.user_id == user.id,
            PersonalAccessToken.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )
    if getattr(result, "rowcount", 0) != 1:
        raise NotFound(f"You have no token {token_id}.")


async def user_for_pat(session: AsyncSession, secret: str) -> User | None:
    """The owner of a live PAT, limited to the token's scopes; records when it was used."""
    row = (
        await session.execute(
            select(PersonalAccessToken, User)
            .join(User, User.id == PersonalAccessToken.user_id)
            .where(
                PersonalAccessToken.token_hash == secret_digest(secret),
                PersonalAccessToken.revoked_at.is_(None),
            )
        )
    ).first()
    if row is None:
        return None
    token, user = row
    user.scopes = token.scope_set
    user.signed_in_with_token = True
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > PAT_TOUCH_INTERVAL:
        await _touch_pat(session, token.id, now)
    return user


async def _touch_pat(session: AsyncSession, token_id: int, now: datetime) -> None:
    # Best effort and coarse (a minute): under SQLite a read-only request may not get the
    # write lock at once, and a lost `last_used_at` must never fail the request itself.
    try:
        async with session.begin_nested():
            await session.execute(
                update(PersonalAccessToken)
                .where(PersonalAccessToken.id == token_id)
                .values(last_used_at=now)
                .execution_options(synchronize_session=False)
            )
    except OperationalError:
        logger.warning("could not record last use of token %s", token_id)


# Suspensions


def suspension_problem(user: User, now: datetime) -> Suspended | None:
    """The 403 a suspended member gets for any write, naming when the suspension ends."""
    if not policy.is_suspended(user, now):
        return None
    assert user.suspended_until is not None
    return Suspended(
        f"Your account is suspended until {user.suspended_until.isoformat()}. "
        "You can still read, but not post or change anything."
    )


async def ensure_active(session: AsyncSession, user: User) -> None:
    """Refuses a suspended member. A suspension that has run out is cleared (and logged)
    here, on the member's next write: expiry needs no scheduled job."""
    problem = suspension_problem(user, utcnow())
    if problem is not None:
        raise problem
    if user.suspended_until is not None:
        await clear_expired_suspension(session, user)


async def clear_expired_suspension(session: AsyncSession, user: User) -> None:
    """Clears a suspension that has run out, with an automatic audit entry."""
    user.suspended_until = None
    user.suspension_reason = None
    await emit(session, None, audit=Audit(Action.user_suspension_expired, Target.user, user.id))
    await session.flush()
