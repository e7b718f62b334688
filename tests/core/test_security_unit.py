"""Unit tests of the pure security rules: app/security.py and app/accounts/policy.py."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from jose import jwt

from app.accounts.models import Role, User
from app.accounts.policy import can_change_role, is_suspended
from app.accounts.service import suspension_problem
from app.config import Settings
from app.db import utcnow
from app.errors import Suspended
from app.security import (
    MAX_TOKEN_CHARS,
    PAT_PREFIX,
    REFRESH_TOKEN_PREFIX,
    AccessTokens,
    InvalidToken,
    PasswordHashing,
    new_secret,
    secret_digest,
)

SECRET = "unit-test-secret-key-that-is-long-enough-for-hs256"
MiB = 1024 * 1024


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    fields: dict[str, Any] = {
        "environment": "test",
        "database_url": "sqlite+aiosqlite:///:memory:",
        "secret_key": SECRET,
        "secret_key_file": tmp_path / "secret",
        "argon2_time_cost": 1,
        "argon2_memory_kib": 64,
        "argon2_parallelism": 1,
        **overrides,
    }
    return Settings(**fields)


@pytest.fixture
def unit_settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def hashing(unit_settings: Settings) -> PasswordHashing:
    return PasswordHashing(unit_settings)


@pytest.fixture
def tokens(unit_settings: Settings) -> AccessTokens:
    return AccessTokens(unit_settings)


# --- passwords --------------------------------------------------------------------------


async def test_password_hash_is_salted_argon2id_with_the_configured_cost(
    hashing: PasswordHashing,
) -> None:
    first = await hashing.hash("correct horse battery")
    second = await hashing.hash("correct horse battery")
    assert first.startswith("$argon2id$v=19$m=64,t=1,p=1$")
    assert first != second  # a fresh salt every time
    assert "correct horse battery" not in first


def test_default_cost_is_not_the_cheap_test_cost(tmp_path: Path) -> None:
    settings = Settings(environment="test", secret_key=SECRET, secret_key_file=tmp_path / "secret")
    # At least OWASP's minimum for argon2id: 19 MiB of memory and two passes.
    assert settings.argon2_memory_kib >= 19 * 1024
    assert settings.argon2_time_cost >= 2
    assert settings.argon2_parallelism >= 1


async def test_verify_accepts_only_the_right_password(hashing: PasswordHashing) -> None:
    for password in ("correct horse battery", "ünïcødé pässwörd 🔑", "x" * 1024):
        stored = await hashing.hash(password)
        assert await hashing.verify(stored, password) is True
        assert await hashing.verify(stored, password + " ") is False
        assert await hashing.verify(stored, password.upper()) is False
        assert await hashing.verify(stored, "") is False


async def test_verify_of_a_missing_or_broken_hash_is_false(hashing: PasswordHashing) -> None:
    assert await hashing.verify(None, "correct horse battery") is False
    assert await hashing.verify("", "correct horse battery") is False
    assert await hashing.verify("not-a-hash", "correct horse battery") is False
    assert await hashing.verify("$argon2id$v=19$m=64,t=1,p=1$broken", "anything") is False


async def test_unknown_user_still_costs_one_argon2_verify(
    hashing: PasswordHashing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dummy verify makes a login for a missing account as slow as a real one."""
    real_hash = await hashing.hash("correct horse battery")
    verified: list[str] = []
    original = PasswordHasher.verify

    def spy(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        verified.append(hash if isinstance(hash, str) else hash.decode())
        return original(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", spy)
    assert await hashing.verify(None, "correct horse battery") is False
    assert len(verified) == 1
    dummy = verified[0]
    # Same algorithm and cost as a real hash, so it takes the same time.
    assert dummy.startswith("$argon2id$")
    assert dummy.split("$")[2:4] == real_hash.split("$")[2:4]

    # Even guessing the right password for the dummy cannot sign in to "no account".
    assert await hashing.verify(None, "") is False


async def test_hashing_runs_off_the_event_loop(
    hashing: PasswordHashing, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    original_hash, original_verify = PasswordHasher.hash, PasswordHasher.verify

    def hash_spy(self: PasswordHasher, password: str | bytes, **kwargs: Any) -> str:
        threads.append(threading.get_ident())
        return original_hash(self, password, **kwargs)

    def verify_spy(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        threads.append(threading.get_ident())
        return original_verify(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "hash", hash_spy)
    monkeypatch.setattr(PasswordHasher, "verify", verify_spy)
    stored = await hashing.hash("correct horse battery")
    assert await hashing.verify(stored, "correct horse battery")
    assert len(threads) == 2
    assert threading.get_ident() not in threads


# --- opaque secrets ---------------------------------------------------------------------


def test_secret_digest_is_sha256_hex() -> None:
    assert (
        secret_digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    secret = new_secret(REFRESH_TOKEN_PREFIX)
    digest = secret_digest(secret)
    assert digest == hashlib.sha256(secret.encode()).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert secret_digest(secret) == digest  # deterministic, so it can be looked up
    assert secret_digest(secret + "x") != digest
    assert secret not in digest


def test_new_secret_is_prefixed_random_and_url_safe() -> None:
    for prefix in (REFRESH_TOKEN_PREFIX, PAT_PREFIX):
        secrets = {new_secret(prefix) for _ in range(50)}
        assert len(secrets) == 50
        for secret in secrets:
            head, _, body = secret.partition("_")
            assert head == prefix
            assert re.fullmatch(r"[A-Za-z0-9_-]{43,}", body)  # at least 256 bits
    assert REFRESH_TOKEN_PREFIX != PAT_PREFIX


# --- access tokens ----------------------------------------------------------------------


def test_access_token_round_trip(tokens: AccessTokens, unit_settings: Settings) -> None:
    now = utcnow()
    token = tokens.issue(42, now)
    claims = tokens.verify(token)
    assert claims.user_id == 42
    assert claims.issued_at == now.replace(microsecond=0)
    assert claims.issued_at.tzinfo is not None
    assert tokens.lifetime == timedelta(minutes=unit_settings.access_token_minutes)

    raw = jwt.decode(
        token,
        SECRET,
        algorithms=["HS256"],
        audience=unit_settings.jwt_audience,
        issuer=unit_settings.jwt_issuer,
    )
    assert raw["typ"] == "access"
    assert raw["sub"] == "42"
    assert raw["exp"] - raw["iat"] == unit_settings.access_token_minutes * 60
    assert jwt.get_unverified_header(token)["alg"] == "HS256"


def test_access_token_checks_signature_audience_issuer_and_expiry(
    tokens: AccessTokens, tmp_path: Path
) -> None:
    others = {
        "other key": AccessTokens(make_settings(tmp_path, secret_key="k" * 48)),
        "other audience": AccessTokens(make_settings(tmp_path, jwt_audience="another-api")),
        "other issuer": AccessTokens(make_settings(tmp_path, jwt_issuer="another-issuer")),
    }
    for label, other in others.items():
        with pytest.raises(InvalidToken):
            tokens.verify(other.issue(1))
            pytest.fail(label)

    stale = tokens.issue(1, utcnow() - tokens.lifetime - timedelta(seconds=5))
    with pytest.raises(InvalidToken):
        tokens.verify(stale)


def test_access_token_refuses_other_algorithms_and_shapes(tokens: AccessTokens) -> None:
    valid = tokens.issue(7)
    header, payload, _ = valid.split(".")
    none_header = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0"  # {"alg":"none","typ":"JWT"}
    claims = jwt.get_unverified_claims(valid)
    refused = [
        f"{none_header}.{payload}.",
        jwt.encode(claims, SECRET, algorithm="HS512"),
        jwt.encode(claims, SECRET, algorithm="HS384"),
        f"{header}.{payload}.",
        "a.b.c.d.e",
        "garbage",
        "",
    ]
    for token in refused:
        with pytest.raises(InvalidToken):
            tokens.verify(token)
            pytest.fail(token)


def test_access_token_requires_type_and_a_numeric_subject(tokens: AccessTokens) -> None:
    claims = jwt.get_unverified_claims(tokens.issue(7))
    for changed in ({"typ": "refresh"}, {"sub": "seven"}, {"typ": None}):
        forged = {**claims, **changed}
        forged = {name: value for name, value in forged.items() if value is not None}
        with pytest.raises(InvalidToken):
            tokens.verify(jwt.encode(forged, SECRET, algorithm="HS256"))
            pytest.fail(str(changed))


# --- access tokens: strict claims, bounded parsing ---------------------------------------


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signed(header: bytes, payload: bytes, key: str = SECRET) -> str:
    """A token over exactly these JSON bytes, signed HS256 with the real key: no JSON library
    stands between the test and the bytes (nested, non-finite or oddly typed claims)."""
    signing_input = f"{b64url(header)}.{b64url(payload)}"
    mac = hmac.new(key.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(mac)}"


HS256_HEADER = b'{"alg":"HS256","typ":"JWT"}'


def claims_json(tokens: AccessTokens, **overrides: str) -> bytes:
    """The claims of a real token, with some values replaced by raw JSON text."""
    claims = {
        name: json.dumps(value)
        for name, value in jwt.get_unverified_claims(tokens.issue(7)).items()
    }
    claims.update(overrides)
    return ("{" + ",".join(f'"{name}":{value}' for name, value in claims.items()) + "}").encode()


def test_a_token_signed_over_raw_json_is_accepted_when_every_claim_is_right(
    tokens: AccessTokens,
) -> None:
    """Positive control for the refusals below: only the one changed claim refuses them."""
    assert tokens.verify(signed(HS256_HEADER, claims_json(tokens))).user_id == 7
    padded = claims_json(tokens, note=json.dumps("x" * 2500))
    assert tokens.verify(signed(HS256_HEADER, padded)).user_id == 7


@pytest.mark.parametrize(
    "claim, value",
    [
        ("exp", '"9999999999"'),  # a numeric string: python-jose took it as an integer
        ("exp", '"tomorrow"'),
        ("exp", "true"),
        ("exp", "false"),
        ("exp", "9999999999.5"),
        ("exp", "1e400"),  # infinity
        ("exp", "Infinity"),
        ("exp", "NaN"),
        ("exp", "[]"),
        ("exp", "{}"),
        ("exp", "null"),
        ("exp", "1" + "0" * 30),
        ("iat", '"1700000000"'),
        ("iat", "true"),
        ("iat", "1700000000.0"),
        ("iat", "-1"),
        ("iat", "1" + "0" * 30),
        ("nbf", '"0"'),
        ("nbf", "false"),
        ("sub", "7"),
        ("sub", '["7"]'),
        ("iss", '["village"]'),
        ("aud", '["village-api"]'),
        ("typ", '["access"]'),
        ("typ", "null"),
    ],
)
def test_claims_of_the_wrong_type_are_refused(tokens: AccessTokens, claim: str, value: str) -> None:
    with pytest.raises(InvalidToken):
        tokens.verify(signed(HS256_HEADER, claims_json(tokens, **{claim: value})))


def test_nested_claims_are_refused_whatever_the_depth(tokens: AccessTokens) -> None:
    for depth in (1, 50, 1_400, 100_000):
        nested = "[" * depth + "]" * depth
        with pytest.raises(InvalidToken):
            tokens.verify(signed(HS256_HEADER, claims_json(tokens, extra=nested)))
        with pytest.raises(InvalidToken):
            tokens.verify(
                signed(HS256_HEADER, claims_json(tokens, extra='{"a":' * depth + "1" + "}" * depth))
            )


def test_a_header_or_claims_that_are_not_a_flat_object_are_refused(
    tokens: AccessTokens,
) -> None:
    claims = claims_json(tokens)
    for header in (
        b"[]",
        b'"HS256"',
        b"1",
        b'{"alg":"HS256","x":' + b"[" * 1_400 + b"]" * 1_400 + b"}",
        b'{"alg":"HS256","crit":["exp"]}',
        b"{" * 1_400,
        b"not json",
    ):
        with pytest.raises(InvalidToken):
            tokens.verify(signed(header, claims))
    for payload in (b"[]", b'"claims"', b"1", b"null", b"[" * 2_000, b"not json"):
        with pytest.raises(InvalidToken):
            tokens.verify(signed(HS256_HEADER, payload))


def test_a_long_token_is_refused_unparsed_and_at_once(tokens: AccessTokens) -> None:
    huge = signed(HS256_HEADER, claims_json(tokens, note=json.dumps("x" * MiB)))
    nested = signed(HS256_HEADER, claims_json(tokens, x="[" * 100_000 + "]" * 100_000))
    for token in (huge, nested, "a" * MiB, "." * MiB):
        started = time.perf_counter()
        with pytest.raises(InvalidToken):
            tokens.verify(token)
        assert time.perf_counter() - started < 0.01
    just_over = signed(HS256_HEADER, claims_json(tokens, note=json.dumps("x" * 3100)))
    assert len(just_over) > MAX_TOKEN_CHARS
    with pytest.raises(InvalidToken):
        tokens.verify(just_over)


# --- policy -----------------------------------------------------------------------------


def user(
    user_id: int = 1, role: Role = Role.member, suspended_until: datetime | None = None
) -> User:
    return User(
        id=user_id, username=f"u{user_id}", role=role.value, suspended_until=suspended_until
    )


def test_is_suspended_compares_with_now() -> None:
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert is_suspended(user(), now) is False
    assert is_suspended(user(suspended_until=now + timedelta(seconds=1)), now) is True
    assert is_suspended(user(suspended_until=now + timedelta(days=30)), now) is True
    assert is_suspended(user(suspended_until=now - timedelta(seconds=1)), now) is False
    assert is_suspended(user(suspended_until=now), now) is False  # ends at `until`
    assert is_suspended(user(suspended_until=None), now) is False


def test_suspension_problem_names_the_end_time() -> None:
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    assert suspension_problem(user(), now) is None
    assert suspension_problem(user(suspended_until=now - timedelta(hours=1)), now) is None
    until = now + timedelta(days=2)
    found = suspension_problem(user(suspended_until=until), now)
    assert isinstance(found, Suspended)
    assert found.status == 403
    assert found.type == "/problems/suspended"
    assert found.detail is not None and until.isoformat() in found.detail


def test_only_admins_change_roles_and_never_their_own() -> None:
    admin = user(1, Role.admin)
    other_admin = user(2, Role.admin)
    moderator = user(3, Role.moderator)
    member = user(4, Role.member)
    assert can_change_role(admin, member) is True
    assert can_change_role(admin, moderator) is True
    assert can_change_role(admin, other_admin) is True
    assert can_change_role(admin, admin) is False
    assert can_change_role(admin, user(1, Role.admin)) is False  # same id, other object
    for actor in (moderator, member):
        for target in (admin, moderator, member, user(9)):
            assert can_change_role(actor, target) is False


def test_role_properties() -> None:
    assert (user(role=Role.member).is_moderator, user(role=Role.member).is_admin) == (False, False)
    assert (user(role=Role.moderator).is_moderator, user(role=Role.moderator).is_admin) == (
        True,
        False,
    )
    assert (user(role=Role.admin).is_moderator, user(role=Role.admin).is_admin) == (True, True)
