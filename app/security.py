"""Passwords, JWT access tokens and opaque secrets (refresh tokens, PATs).

python-jose is used only here so it can be swapped in one file. The algorithm is pinned:
a token's own header never chooses how it is verified, and JWE or `none` tokens are refused.
Access tokens are read strictly, whoever signed them: longer than `MAX_TOKEN_CHARS` is
refused unparsed; the header and the claims must each be one flat JSON object (checked on
the text, so no nesting ever reaches a JSON parser); `exp`, `iat` and `nbf` are integers in
the range of client times (app/validation.py) and `sub`, `iss`, `aud`, `typ` strings.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from jose import JWTError, jwt

from app import base64url
from app.config import Settings
from app.db import MAX_ID, utcnow
from app.validation import EARLIEST_TIME, LATEST_TIME

JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret
REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud", "sub", "typ")
# Ours are about 250 characters; anything near this is not one of ours.
MAX_TOKEN_CHARS = 4096
TIME_CLAIMS = ("exp", "iat", "nbf")
STRING_CLAIMS = ("sub", "iss", "aud", "typ")
_EARLIEST, _LATEST = int(EARLIEST_TIME.timestamp()), int(LATEST_TIME.timestamp())
# A JSON string and its escapes (possessive: linear on any input).
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"')
_USER_ID = re.compile(r"[1-9][0-9]{0,9}")


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
    """Issues and verifies access tokens. A token verified once is remembered until it
    expires (`VERIFIED_MAX` of them, the least recently verified forgotten first): its
    signature and claims cannot change, and verifying one cost a signed-in read about a
    tenth of its CPU (bench/). Only valid tokens are kept, so made-up ones cannot evict them."""

    VERIFIED_MAX = 10_000

    def __init__(self, settings: Settings) -> None:
        self._key = settings.signing_key
        self._issuer = settings.jwt_issuer
        self._audience = settings.jwt_audience
        self.lifetime = timedelta(minutes=settings.access_token_minutes)
        # token -> (its `exp`, its claims)
        self._verified: OrderedDict[str, tuple[int, AccessClaims]] = OrderedDict()

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
        known = self._verified.get(token)
        if known is not None:
            if time.time() < known[0]:
                return known[1]
            del self._verified[token]
        claims, expires = self._verify(token)
        self._verified[token] = (expires, claims)
        if len(self._verified) > self.VERIFIED_MAX:
            self._verified.popitem(last=False)
        return claims

    def _verify(self, token: str) -> tuple[AccessClaims, int]:
        if len(token) > MAX_TOKEN_CHARS:
            raise InvalidToken("too long")
        if token.count(".") != 2:  # a JWE has five parts; anything else is not a JWS
            raise InvalidToken("not a signed JWT")
        parts = token.split(".")
        try:
            header_bytes, claims_bytes, signature = map(base64url.decode, parts)
        except ValueError as exc:
            raise InvalidToken("not base64url") from exc
        # Base64 lets the last character's spare bits vary: one token, several spellings,
        # each a key of its own in `_verified`. Only the one spelling is accepted.
        if [base64url.encode(raw) for raw in (header_bytes, claims_bytes, signature)] != parts:
            raise InvalidToken("not canonical base64url")
        if not (_is_flat_object(header_bytes) and _is_flat_object(claims_bytes)):
            raise InvalidToken("header or claims not a flat JSON object")
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") != JWT_ALGORITHM:
                raise InvalidToken("unexpected algorithm")
            # Typed before python-jose validates them: it takes "123" for 123 and fails
            # with TypeError or OverflowError on null or Infinity.
            _check_claim_types(jwt.get_unverified_claims(token))
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
        if claims["typ"] != ACCESS_TOKEN_TYPE:
            raise InvalidToken("not an access token")
        if not _USER_ID.fullmatch(claims["sub"]) or int(claims["sub"]) > MAX_ID:
            raise InvalidToken("subject not a user id")
        issued_at = datetime.fromtimestamp(claims["iat"], tz=UTC)
        return AccessClaims(user_id=int(claims["sub"]), issued_at=issued_at), claims["exp"]


def _is_flat_object(segment: bytes) -> bool:
    """Whether a token segment's bytes are one JSON object holding no object or array: read
    on the text with its strings blanked out, before any JSON parser sees it."""
    try:
        text = segment.decode()
    except UnicodeDecodeError:
        return False
    skeleton = _JSON_STRING.sub('""', text).strip()
    inner = skeleton[1:-1]
    return (
        skeleton[:1] == "{"
        and skeleton[-1:] == "}"
        and "{" not in inner
        and "}" not in inner
        and "[" not in inner
        and "]" not in inner
    )


def _check_claim_types(claims: dict[str, Any]) -> None:
    if any(claim not in claims for claim in REQUIRED_CLAIMS):
        raise InvalidToken("missing claim")
    for claim in TIME_CLAIMS:
        value = claims.get(claim, _EARLIEST)
        if type(value) is not int or not _EARLIEST <= value < _LATEST:
            raise InvalidToken(f"{claim} is not a time in whole seconds")
    if any(type(claims[claim]) is not str for claim in STRING_CLAIMS):
        raise InvalidToken("a claim that must be a string is not")


def new_secret(prefix: str) -> str:
    """An opaque bearer secret with a recognisable prefix (helps secret scanners)."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def secret_digest(secret: str) -> str:
    """How opaque secrets are stored: SHA-256 is right for high-entropy random tokens."""
    return hashlib.sha256(secret.encode()).hexdigest()


REFRESH_TOKEN_PREFIX = "vrt"  # noqa: S105 - a prefix, not a secret
PAT_PREFIX = "vpat"
