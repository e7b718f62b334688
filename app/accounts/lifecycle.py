"""The account lifecycle: password change and reset by email, email verification and change.

The links sent by email carry a single-use secret of which only the SHA-256 digest is kept
(`AccountToken`). A link is used by one conditional statement — UPDATE … WHERE used_at IS
NULL AND expires_at > now RETURNING — so of two concurrent uses exactly one succeeds. The
emails are queued in the request's transaction (app/mail/) and sent by the worker after
the commit.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, Select, delete, insert, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import emails, policy, service
from app.accounts.models import AccountToken, RefreshToken, TokenPurpose, User
from app.accounts.schemas import (
    MeUpdate,
    PasswordChange,
    PasswordResetConfirm,
    RegisterRequest,
    TokenPair,
)
from app.accounts.service import EmailTaken, PasswordSignInRequired, WrongPassword
from app.db import utcnow
from app.errors import BadRequest, Conflict, Forbidden
from app.mail import outbox
from app.mail.compose import Letterhead
from app.security import AccessTokens, PasswordHashing, new_secret, secret_digest

RESET_LIFETIME = timedelta(hours=1)
VERIFY_LIFETIME = timedelta(hours=48)
RESET_PREFIX = "vrs"
VERIFY_PREFIX = "vev"


class InvalidResetToken(BadRequest):
    slug, title = "invalid-reset-token", "This password reset link is invalid, used or expired"
    advice = (
        "The link's token is unknown, was already used, is more than an hour old, or was "
        "sent to an address the account no longer has. Nothing was changed: ask for a new "
        "link at `POST /auth/password-reset`."
    )


class InvalidVerificationToken(BadRequest):
    slug, title = (
        "invalid-verification-token",
        "This verification link is invalid, used or expired",
    )
    advice = (
        "The link's token is unknown, was already used, is more than 48 hours old, or is "
        "for an address the account no longer asks for. Nothing was changed: a signed-in "
        "member asks for a new link at `POST /me/email/verification`."
    )


class EmailUnverified(Forbidden):
    slug, title = "email-unverified", "Verify your email address first"
    advice = (
        "This forum lets only members with a verified address write (`REQUIRE_VERIFIED_"
        "EMAIL`). Reading still works. Ask the person to open the link that was emailed "
        "to them, or send it again with `POST /me/email/verification`."
    )


class NothingToVerify(Conflict):
    slug, title = "email-already-verified", "Your email address is already verified"
    advice = (
        "The address is verified and no new address waits for its link, so no link was "
        "sent. Nothing to do; to change the address, `PATCH /me` with a new `email`."
    )


def require_password_session(user: User) -> None:
    if not policy.can_change_credentials(user):
        raise PasswordSignInRequired(
            "A personal access token cannot change the password or the email address; "
            "sign in with your password."
        )


def ensure_verified(user: User, verification_required: bool) -> None:
    if not policy.may_write_unverified(user, verification_required):
        raise EmailUnverified(
            f"Open the link we sent to {user.email} to verify your address; then you can "
            "post. You can still read, and ask for the link again."
        )


async def register(
    session: AsyncSession, hashing: PasswordHashing, letterhead: Letterhead, data: RegisterRequest
) -> User:
    """A new member, and the email that verifies their address."""
    user = await service.register(session, hashing, data)
    await _send_verification(session, letterhead, user, user.email)
    return user


# Password change and reset


async def change_password(
    session: AsyncSession,
    hashing: PasswordHashing,
    tokens: AccessTokens,
    refresh_lifetime: timedelta,
    user: User,
    data: PasswordChange,
) -> TokenPair:
    """Every other sign-in ends (its refresh tokens are revoked); this one gets a new pair."""
    require_password_session(user)
    old_hash = user.password_hash
    await service.confirm_password(hashing, user, data.current_password)
    new_hash = await hashing.hash(data.new_password)
    # Conditional on the hash just checked: of two concurrent changes, one wins; the other's
    # current password is no longer the current one.
    changed = await session.execute(
        update(User)
        .where(User.id == user.id, User.password_hash == old_hash)
        .values(password_hash=new_hash)
        .returning(User.id)
    )
    if changed.first() is None:
        raise WrongPassword("Your password was changed meanwhile; sign in again.")
    await _end_sessions(session, user.id, utcnow())
    return await service.issue_tokens(session, tokens, user, refresh_lifetime)


async def request_password_reset(session: AsyncSession, letterhead: Letterhead, email: str) -> None:
    """Queues a reset link for the account with this address, if there is one. The same
    statements run either way (each an INSERT … SELECT that finds the account or nothing),
    so neither the answer nor its timing tells whether the address has an account."""
    now = utcnow()
    secret = new_secret(RESET_PREFIX)
    named = (User.email_key == email.lower(), User.deleted_at.is_(None))
    account = select(User.id, User.email).where(*named)
    await _prune_tokens(session, select(User.id).where(*named), now)
    await _insert_token(session, account, TokenPurpose.reset, secret, now + RESET_LIFETIME, now)
    letter = emails.password_reset(letterhead, secret)
    await outbox.enqueue_for(session, letterhead, letter, account)


async def reset_password(
    session: AsyncSession, hashing: PasswordHashing, data: PasswordResetConfirm
) -> None:
    """Sets the password a reset link allows and ends every sign-in of the account."""
    now = utcnow()
    digest = secret_digest(data.token)
    if not await _is_live(session, digest, TokenPurpose.reset, now):
        raise InvalidResetToken("Ask for a new link: this one is not valid.")  # no hash spent
    new_hash = await hashing.hash(data.new_password)
    used = await _use_token(session, digest, TokenPurpose.reset, now)
    if used is None:
        raise InvalidResetToken("Ask for a new link: this one was just used.")
    user = await session.get(User, used.user_id)
    # A link sent to an address the account no longer has is void.
    if user is None or user.deleted_at is not None or user.email_key != used.email.lower():
        raise InvalidResetToken("Ask for a new link: your address changed since this one.")
    user.password_hash = new_hash
    # The link reached the member at this address: it is theirs.
    user.email_verified = True
    await _end_sessions(session, user.id, now)
    await session.flush()


async def _end_sessions(session: AsyncSession, user_id: int, now: datetime) -> None:
    """Revokes every refresh token of the member and voids their unused reset links."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(AccountToken)
        .where(
            AccountToken.user_id == user_id,
            AccountToken.purpose == TokenPurpose.reset.value,
            AccountToken.used_at.is_(None),
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )


# Email verification and change


async def resend_verification(session: AsyncSession, letterhead: Letterhead, user: User) -> str:
    """Sends the verification link again: to the pending new address if there is one, else
    to the current address while it is unverified. Returns the address."""
    address = user.pending_email or (None if user.email_verified else user.email)
    if address is None:
        raise NothingToVerify("Your email address is verified; there is nothing to confirm.")
    await _send_verification(session, letterhead, user, address)
    return address


async def update_me(
    session: AsyncSession, letterhead: Letterhead, user: User, data: MeUpdate
) -> User:
    """The profile fields, and a request to change the address (`request_email_change`)."""
    if data.email is not None:
        await request_email_change(session, letterhead, user, data.email)
    return await service.update_me(session, user, data)


async def request_email_change(
    session: AsyncSession, letterhead: Letterhead, user: User, email: str
) -> None:
    """The new address waits in `pending_email` until the link sent to it is used. Asking
    for the current address cancels a pending change."""
    require_password_session(user)
    key = email.lower()
    if key == user.email_key:
        user.pending_email = None
        await session.flush()
        return
    await _ensure_address_free(session, user, key)
    user.pending_email = email
    await _send_verification(session, letterhead, user, email)


async def verify_email(session: AsyncSession, letterhead: Letterhead, token: str) -> None:
    now = utcnow()
    used = await _use_token(session, secret_digest(token), TokenPurpose.verify_email, now)
    if used is None:
        raise InvalidVerificationToken("Ask for a new link: this one is not valid.")
    user = await session.get(User, used.user_id)
    if user is None or user.deleted_at is not None:
        raise InvalidVerificationToken("Ask for a new link: this one is not valid.")
    key = used.email.lower()
    if key == user.email_key:
        user.email_verified = True
    elif user.pending_email is not None and key == user.pending_email.lower():
        await _move_address(session, letterhead, user, used.email)
    else:  # the member asked for another address since
        raise InvalidVerificationToken("This link is for an address your account no longer uses.")
    await session.flush()


async def _move_address(
    session: AsyncSession, letterhead: Letterhead, user: User, email: str
) -> None:
    """The verified new address replaces the old one, if no account took it meanwhile; the
    old address is told."""
    key = email.lower()
    await _ensure_address_free(session, user, key)
    old_address = user.email
    user.email, user.email_key = email, key
    user.pending_email = None
    user.email_verified = True
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:  # a concurrent registration or change took it first
        raise EmailTaken("That address was just taken by another account.") from exc
    await outbox.enqueue(
        session, letterhead, emails.address_changed(letterhead, email), old_address, user.id
    )


async def _ensure_address_free(session: AsyncSession, user: User, key: str) -> None:
    taken = await session.scalar(
        select(User.id).where(User.email_key == key, User.id != user.id).limit(1)
    )
    if taken is not None:
        raise EmailTaken("Another account uses that address.")


async def _send_verification(
    session: AsyncSession, letterhead: Letterhead, user: User, address: str
) -> None:
    now = utcnow()
    secret = new_secret(VERIFY_PREFIX)
    await _prune_tokens(session, select(User.id).where(User.id == user.id), now)
    session.add(
        AccountToken(
            user_id=user.id,
            purpose=TokenPurpose.verify_email.value,
            token_hash=secret_digest(secret),
            email=address,
            created_at=now,
            expires_at=now + VERIFY_LIFETIME,
        )
    )
    letter = emails.verify_email(letterhead, secret, new_address=address != user.email)
    await outbox.enqueue(session, letterhead, letter, address, user.id)


# Single-use tokens


async def _insert_token(
    session: AsyncSession,
    account: Select[int, str],
    purpose: TokenPurpose,
    secret: str,
    expires_at: datetime,
    now: datetime,
) -> None:
    """A token for each (user id, address) row `account` selects (one or none)."""
    source = account.subquery()
    user_id, address = source.c
    rows = select(
        user_id,
        literal(purpose.value),
        literal(secret_digest(secret)),
        address,
        literal(now, AccountToken.created_at.type),
        literal(expires_at, AccountToken.expires_at.type),
    )
    columns = ["user_id", "purpose", "token_hash", "email", "created_at", "expires_at"]
    await session.execute(insert(AccountToken).from_select(columns, rows))


async def _prune_tokens(session: AsyncSession, user_ids: Select[int], now: datetime) -> None:
    """Deletes the used and expired tokens of the account `user_ids` selects (if any): each
    member's tokens are tidied when they are issued a new one."""
    await session.execute(
        delete(AccountToken)
        .where(
            AccountToken.user_id.in_(user_ids.scalar_subquery()),
            or_(AccountToken.used_at.is_not(None), AccountToken.expires_at <= now),
        )
        .execution_options(synchronize_session=False)
    )


async def _is_live(
    session: AsyncSession, digest: str, purpose: TokenPurpose, now: datetime
) -> bool:
    found = await session.scalar(
        select(AccountToken.id).where(*_live(digest, purpose, now)).limit(1)
    )
    return found is not None


async def _use_token(
    session: AsyncSession, digest: str, purpose: TokenPurpose, now: datetime
) -> Row[int, str] | None:
    """Marks the token used if it is live; (user id, address) of a token this call used."""
    result = await session.execute(
        update(AccountToken)
        .where(*_live(digest, purpose, now))
        .values(used_at=now)
        .returning(AccountToken.user_id, AccountToken.email)
        .execution_options(synchronize_session=False)
    )
    return result.first()


def _live(digest: str, purpose: TokenPurpose, now: datetime) -> list[Any]:
    return [
        AccountToken.token_hash == digest,
        AccountToken.purpose == purpose.value,
        AccountToken.used_at.is_(None),
        AccountToken.expires_at > now,
    ]
