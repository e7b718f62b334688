"""Who is really asking, for rate limits: the verified user behind a bearer token, found
without the database, or else the client's address. Never an unverified header value.

The rate-limit middleware runs before a route's dependencies. An access token (JWT) is
verified there by its signature, and the verdict travels on in the ASGI scope so that
`app.deps` does not verify it twice. A personal access token can only be checked in the
database, which `app.deps` does; `PatCache` remembers for a short while which user a token's
digest belongs to, and which digests are invalid, so a repeated bad token costs no lookup and
a random one costs at most one. A token that is invalid, or not known yet, counts against the
address. The address is the peer's, or X-Forwarded-For's when the peer is a trusted proxy
(`ProxyHeadersMiddleware`, set up in `app.main` from `FORWARDED_ALLOW_IPS`).
"""

from __future__ import annotations

import ipaddress
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from starlette.types import Scope

from app.security import (
    PAT_PREFIX,
    AccessClaims,
    AccessTokens,
    InvalidToken,
    secret_digest,
)

K = TypeVar("K")
V = TypeVar("V")

VERIFIED_KEY = "verified_access_token"


class TtlCache(Generic[K, V]):
    """A bounded cache whose entries expire: the least recently written entry goes first."""

    def __init__(self, max_entries: int, ttl_seconds: float) -> None:
        self._entries: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._max_entries = max_entries
        self._ttl = ttl_seconds

    def get(self, key: K) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, value = entry
        if expires <= time.monotonic():
            self._entries.pop(key, None)
            return None
        return value

    def put(self, key: K, value: V) -> None:
        self._entries[key] = (time.monotonic() + self._ttl, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class PatCache:
    """What this process learnt about personal access tokens, by digest. Owners are kept
    briefly (a revoked token's digest may key its owner's budget that long; it never signs
    anyone in). Invalid digests are kept longer: a digest that is not a live token never
    becomes one (a new token is a fresh random secret), it can only stay dead."""

    OWNER_TTL_SECONDS = 60.0
    INVALID_TTL_SECONDS = 600.0
    MAX_ENTRIES = 10_000

    def __init__(self) -> None:
        self._owners: TtlCache[str, int] = TtlCache(self.MAX_ENTRIES, self.OWNER_TTL_SECONDS)
        self._invalid: TtlCache[str, bool] = TtlCache(self.MAX_ENTRIES, self.INVALID_TTL_SECONDS)

    def owner(self, digest: str) -> int | None:
        return self._owners.get(digest)

    def known_invalid(self, digest: str) -> bool:
        return self._invalid.get(digest) is not None

    def remember(self, digest: str, user_id: int | None) -> None:
        """What a database lookup of the token found: its owner, or None for no live token."""
        if user_id is None:
            self._invalid.put(digest, True)
        else:
            self._owners.put(digest, user_id)


class MemberCache:
    """The members access tokens named lately, as their `users` rows' values, by id: a
    signed-in reader's GET is answered from here without reading the row again (bench/
    measured that read at about a fifth of the request's CPU). An entry is kept
    `TTL_SECONDS` from its read, so a member who left, or whose role or suspension changed,
    is seen so by reads within that bound; anything that is not a GET, HEAD or OPTIONS
    reads the row itself (app/deps.py)."""

    TTL_SECONDS = 5.0
    MAX_ENTRIES = 2_000

    def __init__(self) -> None:
        self._rows: TtlCache[int, dict[str, Any]] = TtlCache(self.MAX_ENTRIES, self.TTL_SECONDS)

    def get(self, user_id: int) -> dict[str, Any] | None:
        return self._rows.get(user_id)

    def put(self, user_id: int, values: dict[str, Any]) -> None:
        self._rows.put(user_id, values)


@dataclass(frozen=True)
class VerifiedAccessToken:
    """The middleware's verdict on one access token: its claims, or None when invalid."""

    token: str
    claims: AccessClaims | None


def is_pat(token: str) -> bool:
    return token.startswith(f"{PAT_PREFIX}_")


def bearer_token(scope: Scope) -> str | None:
    """The token of an `Authorization: Bearer …` header, parsed as FastAPI's
    OAuth2PasswordBearer does, so both see the same token."""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token if scheme.lower() == "bearer" and token else None
    return None


def address_key(scope: Scope) -> str:
    """The client's address as a rate-limit key. An IPv6 client is keyed by its /64, the
    block one subscriber usually holds, so it cannot rotate through addresses."""
    client = scope.get("client")
    host = str(client[0]) if client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"ip:{host[:64] or 'unknown'}"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return f"ip:{address.ipv4_mapped}"
        return f"ip:{ipaddress.IPv6Network((address, 64), strict=False)}"
    return f"ip:{address}"


def verify_once(scope: Scope, tokens: AccessTokens, token: str) -> AccessClaims | None:
    """The verified claims of an access token, or None when it is invalid: the middleware's
    verdict when it checked this very token, else checked now."""
    verified = scope.get("state", {}).get(VERIFIED_KEY)
    if isinstance(verified, VerifiedAccessToken) and verified.token == token:
        return verified.claims
    return _verify(tokens, token)


def _verify(tokens: AccessTokens, token: str) -> AccessClaims | None:
    """`AccessTokens.verify` as a verdict: it refuses an over-long token before parsing."""
    try:
        return tokens.verify(token)
    except InvalidToken:
        return None


class ClientIdentity:
    """The rate-limit key of a request: `user:<id>` for a verified user, else `ip:<addr>`."""

    def __init__(self, tokens: AccessTokens, pats: PatCache) -> None:
        self._tokens = tokens
        self._pats = pats

    def key(self, scope: Scope) -> str:
        token = bearer_token(scope)
        user_id = None if token is None else self._user_id(scope, token)
        return f"user:{user_id}" if user_id is not None else address_key(scope)

    def _user_id(self, scope: Scope, token: str) -> int | None:
        if is_pat(token):
            return self._pats.owner(secret_digest(token))
        claims = _verify(self._tokens, token)
        scope.setdefault("state", {})[VERIFIED_KEY] = VerifiedAccessToken(token, claims)
        return claims.user_id if claims is not None else None
