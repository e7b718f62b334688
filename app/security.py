"""Passwords, JWT access tokens and opaque secrets (refresh tokens, PATs).

python-jose is used only here so it can be swapped in one file. The algorithm is pinned:
a token's own header never chooses how it is verified, and JWE or `none` tokens are refused.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from jose import JWTError, jwt

from app.config import Settings
from app.db import MAX_ID, utcnow

JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret
REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud", "sub", "typ")


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    issued_at: datetime


class InvalidToken(Exception):
    """The presented access token cannot be trusted; the caller answers 401."""


class PasswordHashing:
    """argon2id hashing, run off the event loop. Unknown users are verified against a dummy
    hash so a login for a missing account takes as long as one for a real account."""

    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.argon2_time_cost,
            memory_cost=settings.argon2_memory_kib,
            parallelism=settings.argon2_parallelism,
        )
        self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self._hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        return await asyncio.to_thread(self._verify_sync, password_hash, password)

    def _verify_sync(self, password_hash: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash or self._dummy_hash, password) and bool(
                password_hash
            )
        except (VerificationError, InvalidHashError):
            return False


class AccessTokens:
    def __init__(self, settings: Settings) -> None:
        self._key = settings.signing_key
        self._issuer = settings.jwt_issuer
        self._audience = settings.jwt_audience
        self.lifetime = timedelta(minutes=settings.access_token_minutes)

    def issue(self, user_id: int, now: datetime | None = None) -> str:
        now = now or utcnow()
        claims = {
            "sub": str(user_id),
            "iat": int(now.timestamp()),
            "exp": int((now + self.lifetime).timestamp()),
            "iss": self._issuer,
            "aud": self._audience,
            "typ": ACCESS_TOKEN_TYPE,
        }
        return str(jwt.encode(claims, self._key, algorithm=JWT_ALGORITHM))

    def verify(self, token: str) -> AccessClaims:
        if token.count(".") != 2:  # a JWE has five parts; anything else is not a JWS
            raise InvalidToken("not a signed JWT")
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") != JWT_ALGORITHM:
                raise InvalidToken("unexpected algorithm")
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key,
                algorithms=[JWT_ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                options={f"require_{claim}": True for claim in ("exp", "iat", "iss", "aud", "sub")},
            )
        except JWTError as exc:
            raise InvalidToken(str(exc)) from exc
        if any(claim not in claims for claim in REQUIRED_CLAIMS):
            raise InvalidToken("missing claim")
        if claims["typ"] != ACCESS_TOKEN_TYPE:
            raise InvalidToken("not an access token")
        try:
            user_id = int(claims["sub"])
            issued_at = datetime.fromtimestamp(int(claims["iat"]), tz=UTC)
        except (TypeError, ValueError, OverflowError, OSError) as exc:
            raise InvalidToken("malformed claims") from exc
        if not 1 <= user_id <= MAX_ID:
            raise InvalidToken("subject out of range")
        return AccessClaims(user_id=user_id, issued_at=issued_at)


def new_secret(prefix: str) -> str:
    """An opaque bearer secret with a recognisable prefix (helps secret scanners)."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def secret_digest(secret: str) -> str:
    """How opaque secrets are stored: SHA-256 is right for high-entropy random tokens."""
    return hashlib.sha256(secret.encode()).hexdigest()


REFRESH_TOKEN_PREFIX = "vrt"  # noqa: S105 - a prefix, not a secret
PAT_PREFIX = "vpat"
