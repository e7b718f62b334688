"""Access-token verification: only HS256 JWS tokens with every required claim get in.

Tokens are forged with python-jose and the test secret, so every refusal below is about the
one property under test, not about a wrong key. Each refusal is a 401 `/problems/invalid-token`
with `WWW-Authenticate: Bearer error="invalid_token"`, never a 500 and never a silent
downgrade to anonymous.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import timedelta
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from httpx import AsyncClient, Response
from jose import jwe, jwt

from app.config import Settings
from app.db import utcnow
from tests.accounts.refusals import invalid_token
from tests.helpers import Forum, Member, problem


def claims_for(settings: Settings, user_id: int | str, **overrides: Any) -> dict[str, Any]:
    now = utcnow()
    claims: dict[str, Any] = {
        "sub": str(user_id),
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=10)).timestamp()),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "typ": "access",
    }
    for name, value in overrides.items():
        if value is _DROP:
            claims.pop(name)
        else:
            claims[name] = value
    return claims


_DROP = object()
MiB = 1024 * 1024


def forge(
    settings: Settings,
    claims: dict[str, Any],
    *,
    algorithm: str = "HS256",
    key: Any = None,
    headers: dict[str, Any] | None = None,
) -> str:
    return str(
        jwt.encode(
            claims,
            settings.secret_key if key is None else key,
            algorithm=algorithm,
            headers=headers,
        )
    )


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unsigned(header: dict[str, Any], claims: dict[str, Any], signature: str = "") -> str:
    return ".".join(
        [b64url(json.dumps(header).encode()), b64url(json.dumps(claims).encode()), signature]
    )


async def me_with(client: AsyncClient, token: str) -> Response:
    # Bytes, so that a token with non-ASCII characters can be sent as it is.
    return await client.get("/me", headers={"Authorization": f"Bearer {token}".encode()})


async def assert_refused(client: AsyncClient, tokens: dict[str, str]) -> None:
    for label, token in tokens.items():
        response = await me_with(client, token)
        assert response.status_code == 401, (label, response.status_code, response.text)
        invalid_token(response)


async def test_issued_access_token_is_hs256_with_every_claim(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("claire")
    token = member.access_token
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(
        token,
        settings.secret_key,
        algorithms=["HS256"],
        audience=settings.jwt_audience,
        issuer=settings.jwt_issuer,
    )
    assert claims["sub"] == str(member.id)
    assert claims["typ"] == "access"
    assert claims["exp"] - claims["iat"] == settings.access_token_minutes * 60
    assert claims["iat"] <= utcnow().timestamp() + 1

    # Positive control: a token forged with the test secret and all claims is accepted, so
    # the refusals in the other tests are about the one thing each of them changes.
    response = await me_with(client, forge(settings, claims_for(settings, member.id)))
    assert response.status_code == 200, response.text
    assert response.json()["id"] == member.id


async def test_only_hs256_is_accepted(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("dana")
    claims = claims_for(settings, member.id)
    valid = forge(settings, claims)
    header, payload, signature = valid.split(".")
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rsa_pem = rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    await assert_refused(
        client,
        {
            "alg none, no signature": unsigned({"alg": "none", "typ": "JWT"}, claims),
            "alg None": unsigned({"alg": "None", "typ": "JWT"}, claims),
            "alg NONE": unsigned({"alg": "NONE", "typ": "JWT"}, claims),
            "alg none with a real signature": unsigned(
                {"alg": "none", "typ": "JWT"}, claims, signature
            ),
            "no alg at all": unsigned({"typ": "JWT"}, claims, signature),
            "HS256 header, signature stripped": f"{header}.{payload}.",
            "HS512 with the right secret": forge(settings, claims, algorithm="HS512"),
            "HS384 with the right secret": forge(settings, claims, algorithm="HS384"),
            "RS256": forge(settings, claims, algorithm="RS256", key=rsa_pem),
            "HS256 with another secret": forge(
                settings, claims, key="another-secret-that-is-long-enough-for-hs256"
            ),
        },
    )
    # The untouched token still works: the refusals above are not a broken user.
    assert (await me_with(client, valid)).status_code == 200


async def test_tampered_token_is_refused(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    victim = await forum.member("victim")
    attacker = await forum.member("attacker")
    header, _, signature = attacker.access_token.split(".")
    victim_payload = b64url(json.dumps(claims_for(settings, victim.id)).encode())
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    await assert_refused(
        client,
        {
            "payload swapped, signature kept": f"{header}.{victim_payload}.{signature}",
            "signature altered": f"{attacker.access_token.rsplit('.', 1)[0]}.{flipped}",
        },
    )


async def test_audience_issuer_and_expiry_are_checked(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("erica")
    now = int(utcnow().timestamp())

    def token(**overrides: Any) -> str:
        return forge(settings, claims_for(settings, member.id, **overrides))

    await assert_refused(
        client,
        {
            "wrong audience": token(aud="some-other-api"),
            "audience list without ours": token(aud=["some-other-api", "third-api"]),
            "wrong issuer": token(iss="https://evil.example"),
            "issuer differs in case": token(iss=settings.jwt_issuer.upper()),
            "expired": token(iat=now - 3600, exp=now - 60),
            "expired a second ago": token(iat=now - 900, exp=now - 1),
            "not valid yet": token(nbf=now + 3600),
            "exp is not a number": token(exp="tomorrow"),
            "iat is not a number": token(iat="yesterday"),
        },
    )


async def test_every_required_claim_must_be_present(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("fiona")
    await assert_refused(
        client,
        {
            f"missing {claim}": forge(settings, claims_for(settings, member.id, **{claim: _DROP}))
            for claim in ("exp", "iat", "iss", "aud", "sub", "typ")
        },
    )


async def test_only_access_tokens_for_real_users_are_accepted(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("greta")

    def token(**overrides: Any) -> str:
        return forge(settings, claims_for(settings, member.id, **overrides))

    await assert_refused(
        client,
        {
            "typ refresh": token(typ="refresh"),
            "typ ACCESS": token(typ="ACCESS"),
            "typ empty": token(typ=""),
            "sub of nobody": token(sub="987654"),
            "sub not a number": token(sub="greta"),
            "sub as a JSON number": token(sub=member.id),
            "sub zero": token(sub="0"),
            "sub negative": token(sub="-1"),
        },
    )


async def test_subject_beyond_any_integer_key_is_401_not_500(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    """A validly signed token whose `sub` no integer key can hold (say, from a future id
    scheme or another deployment sharing the key) is simply not a user here."""
    member = await forum.member("helga")
    await assert_refused(
        client,
        {
            f"sub {sub}": forge(settings, claims_for(settings, member.id, sub=sub))
            for sub in ("2147483648", "9223372036854775808", "99999999999999999999999")
        },
    )


async def test_things_that_are_not_access_tokens_are_refused(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member: Member = await forum.member("hilda")
    claims = json.dumps(claims_for(settings, member.id))
    real_jwe = jwe.encrypt(
        claims, settings.secret_key.encode()[:32], algorithm="dir", encryption="A256GCM"
    ).decode()
    assert real_jwe.count(".") == 4
    await assert_refused(
        client,
        {
            "the refresh token": member.refresh_token,
            "a JWE": real_jwe,
            "a JWE-shaped string": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aGVsbG8.d29ybGQ.dGFn",
            "garbage": "garbage",
            "three dots of garbage": "a.b.c",
            "two dots only": "..",
            "base64 junk": "eyJhbGciOiJIUzI1NiJ9.!!!.???",
            "four parts": f"{member.access_token}.extra",
            "non-ASCII": "tökén.with.ümlauts",
        },
    )


async def test_an_empty_bearer_token_is_refused(client: AsyncClient) -> None:
    for authorization in ("Bearer ", "Bearer", "bearer  "):
        invalid_token(await client.get("/me", headers={"Authorization": authorization}))


async def test_a_bad_token_is_never_downgraded_to_anonymous(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    """A route that anonymous readers may use still answers 401 to a bad token, so a client
    notices its token expired instead of silently losing the signed-in view."""
    member = await forum.member("iris")
    assert (await client.get("/threads")).status_code == 200
    expired = forge(
        settings,
        claims_for(
            settings,
            member.id,
            iat=int(utcnow().timestamp()) - 3600,
            exp=int(utcnow().timestamp()) - 60,
        ),
    )
    for token in (expired, "garbage"):
        response = await client.get("/threads", headers={"Authorization": f"Bearer {token}"})
        invalid_token(response)


def signed_raw(settings: Settings, claims: bytes, header: bytes = b'{"alg":"HS256"}') -> str:
    """A token over exactly these JSON bytes, signed with the real test key (no JSON library
    in between: nesting and odd types go through as they are)."""
    signing_input = f"{b64url(header)}.{b64url(claims)}"
    mac = hmac.new(settings.secret_key.encode(), signing_input.encode(), hashlib.sha256)
    return f"{signing_input}.{b64url(mac.digest())}"


def raw_claims(settings: Settings, user_id: int, **json_values: str) -> bytes:
    """The claims of a valid token, with some values replaced by raw JSON text."""
    values = {name: json.dumps(value) for name, value in claims_for(settings, user_id).items()}
    values.update(json_values)
    return ("{" + ",".join(f'"{k}":{v}' for k, v in values.items()) + "}").encode()


async def test_claims_must_have_their_types_not_just_the_key(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    """Signed with the real key, each token is refused for one claim's type alone: a numeric
    string for `exp` was accepted before, and `null` or `Infinity` answered 500."""
    member = await forum.member("ilse")
    later = int(utcnow().timestamp()) + 600
    assert (
        await me_with(client, signed_raw(settings, raw_claims(settings, member.id)))
    ).status_code == 200
    await assert_refused(
        client,
        {
            "exp as a numeric string": signed_raw(
                settings, raw_claims(settings, member.id, exp=f'"{later}"')
            ),
            **{
                f"exp {value}": signed_raw(settings, raw_claims(settings, member.id, exp=value))
                for value in ("true", "false", "null", "Infinity", "NaN", "1e400", f"{later}.5")
            },
            "iat as a string": signed_raw(
                settings, raw_claims(settings, member.id, iat=f'"{later - 600}"')
            ),
            "iat true": signed_raw(settings, raw_claims(settings, member.id, iat="true")),
            "nbf as a string": signed_raw(settings, raw_claims(settings, member.id, nbf='"0"')),
            "sub as a list": signed_raw(
                settings, raw_claims(settings, member.id, sub=f'["{member.id}"]')
            ),
            "sub in other digits": signed_raw(
                settings, raw_claims(settings, member.id, sub=json.dumps("\u0663"))
            ),
        },
    )


async def test_nested_claims_are_refused_never_500(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("jola")

    def nested(depth: int) -> str:
        return signed_raw(settings, raw_claims(settings, member.id, x="[" * depth + "]" * depth))

    # Within the size a token may have: refused as not flat.
    await assert_refused(
        client,
        {
            "claims nested 1,400 deep": nested(1_400),
            "header nested": signed_raw(
                settings,
                raw_claims(settings, member.id),
                header=b'{"alg":"HS256","x":' + b"{}" * 10 + b"}",
            ),
        },
    )
    # 100,000 deep does not fit in a header line: refused before the app reads it.
    response = await me_with(client, nested(100_000))
    problem(response, 431, "request-header-fields-too-large")


async def test_a_long_token_is_refused_unparsed(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("kasia")

    def padded(size: int) -> str:
        return signed_raw(settings, raw_claims(settings, member.id, note=json.dumps("x" * size)))

    await assert_refused(client, {"a 6 KiB token": padded(4_600)})
    problem(await me_with(client, padded(MiB)), 431, "request-header-fields-too-large")
    # A long but otherwise valid token of ours would pass: the refusals are about size.
    assert (await me_with(client, padded(2_000))).status_code == 200
