"""POST /auth/register: the Me it answers with, and every validation rule of the body."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from httpx import AsyncClient, Response

from tests.accounts.conftest import LoadUser
from tests.helpers import PASSWORD, problem

ME_FIELDS = {
    "id",
    "username",
    "display_name",
    "role",
    "created_at",
    "post_count",
    "bio",
    "email",
    "email_verified",
    "pending_email",
    "suspended_until",
    "suspension",
    "new_member",
}


async def register(client: AsyncClient, username: str, **fields: Any) -> Response:
    body = {"username": username, "email": f"{username.lower()}@example.org", "password": PASSWORD}
    body.update(fields)
    return await client.post("/auth/register", json=body)


def validation_errors_at(response: Response, field: str) -> list[dict[str, Any]]:
    """Asserts a 422 validation problem and returns its errors that point at `field`."""
    body = problem(response, 422, "validation-error")
    assert body["errors"], body
    for error in body["errors"]:
        assert isinstance(error["loc"], list) and error["msg"], error
    matching = [error for error in body["errors"] if field in error["loc"]]
    assert matching, (field, body)
    return matching


async def test_register_answers_201_with_me_and_location(
    client: AsyncClient, load_user: LoadUser
) -> None:
    response = await register(client, "Mum_Of_Two", email="mum.of.two@example.org")
    assert response.status_code == 201, response.text
    assert response.headers["content-type"].startswith("application/json")
    me = response.json()
    assert set(me) == ME_FIELDS
    assert not any("password" in key or "hash" in key for key in me)
    assert PASSWORD not in response.text and "argon2" not in response.text
    assert isinstance(me["id"], int)
    assert me["username"] == "Mum_Of_Two"  # stored as typed; uniqueness is case-insensitive
    assert me["display_name"] == "Mum_Of_Two"  # defaults to the username
    assert me["email"] == "mum.of.two@example.org"
    assert me["role"] == "member"
    assert me["post_count"] == 0
    assert me["bio"] == ""
    assert me["suspended_until"] is None
    assert me["suspension"] is None
    assert (me["email_verified"], me["pending_email"]) == (False, None)
    created_at = datetime.fromisoformat(me["created_at"])
    assert created_at.utcoffset() is not None  # ISO-8601 with a UTC offset

    assert response.headers["location"] == "/api/v1/users/Mum_Of_Two"
    profile = await client.get(response.headers["location"].removeprefix("/api/v1"))
    assert profile.status_code == 200, profile.text
    assert profile.json()["id"] == me["id"]

    # The password is kept only as an argon2id hash.
    user = await load_user(me["id"])
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


async def test_register_with_display_name(client: AsyncClient) -> None:
    response = await register(client, "dad_sam", display_name="Sam, dad of three")
    assert response.status_code == 201, response.text
    assert response.json()["display_name"] == "Sam, dad of three"
    # One line without white space at its ends, as the schema's pattern says.
    for padded in ("  Sam  ", "Sam\ndad"):
        response = await register(client, "dad_sam2", display_name=padded)
        validation_errors_at(response, "display_name")

    fifty = "x" * 50
    response = await register(client, "longname", display_name=fifty)
    assert response.status_code == 201, response.text
    assert response.json()["display_name"] == fifty


async def test_register_ignores_privileged_fields(client: AsyncClient) -> None:
    """Mass assignment: a client cannot make itself an admin or pre-set counters."""
    response = await register(
        client,
        "sneaky",
        role="admin",
        id=999,
        post_count=1000,
        suspended_until=None,
        password_hash="$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
    )
    assert response.status_code == 201, response.text
    me = response.json()
    assert me["role"] == "member"
    assert me["post_count"] == 0
    assert me["id"] != 999
    signed_in = await client.post("/auth/token", data={"username": "sneaky", "password": PASSWORD})
    assert signed_in.status_code == 200, signed_in.text


async def test_username_accepts_3_to_30_letters_digits_underscores(client: AsyncClient) -> None:
    for username in ("abc", "ABC_def_123", "_under_", "a" * 30, "007"):
        response = await register(client, username)
        assert response.status_code == 201, (username, response.text)
        assert response.json()["username"] == username


async def test_username_rules_are_enforced(client: AsyncClient) -> None:
    invalid = [
        "",
        "ab",
        "a" * 31,
        "has space",
        "hyphen-ated",
        "dot.name",
        "at@sign",
        "Müller",  # only ASCII letters
        "ｆｕｌｌ",  # full-width letters
        "٣٣٣",  # Arabic-Indic digits
        "alice\n",  # a trailing newline must not slip past the pattern's anchor
        " alice",
        "<script>",
        "../admin",
    ]
    for username in invalid:
        response = await client.post(
            "/auth/register",
            json={"username": username, "email": "someone@example.org", "password": PASSWORD},
        )
        validation_errors_at(response, "username")
    # Nothing was created along the way.
    response = await register(client, "someone")
    assert response.status_code == 201, response.text


async def test_duplicate_username_is_409_whatever_the_case(client: AsyncClient) -> None:
    first = await register(client, "Mum_Of_Two")
    assert first.status_code == 201, first.text
    for clash in ("Mum_Of_Two", "mum_of_two", "MUM_OF_TWO", "mUm_oF_tWo"):
        response = await register(client, clash, email=f"other.{clash}@example.org")
        body = problem(response, 409, "username-taken")
        assert body["detail"]
    # The original account is untouched and still signs in.
    signed_in = await client.post(
        "/auth/token", data={"username": "Mum_Of_Two", "password": PASSWORD}
    )
    assert signed_in.status_code == 200, signed_in.text


async def test_duplicate_email_is_409_whatever_the_case(client: AsyncClient) -> None:
    first = await register(client, "first", email="Parent@Example.org")
    assert first.status_code == 201, first.text
    for index, clash in enumerate(
        ("Parent@Example.org", "parent@example.org", "PARENT@EXAMPLE.ORG", "pArEnT@eXaMpLe.OrG")
    ):
        response = await register(client, f"second{index}", email=clash)
        problem(response, 409, "email-taken")
    # A different address is fine.
    response = await register(client, "second", email="parent2@example.org")
    assert response.status_code == 201, response.text


async def test_password_needs_at_least_10_characters(client: AsyncClient) -> None:
    for password in ("", "short", "123456789"):
        response = await register(client, "shorty", password=password)
        validation_errors_at(response, "password")
    response = await register(client, "too_long", password="p" * 1025)
    validation_errors_at(response, "password")

    response = await register(client, "exactly10", password="0123456789")
    assert response.status_code == 201, response.text
    signed_in = await client.post(
        "/auth/token", data={"username": "exactly10", "password": "0123456789"}
    )
    assert signed_in.status_code == 200, signed_in.text


async def test_email_must_be_valid(client: AsyncClient) -> None:
    invalid = [
        "",
        "not-an-email",
        "parent@",
        "@example.org",
        "two words@example.org",
        "parent@@example.org",
        "parent@example..org",
        "p@" + ".".join(["d" * 60] * 5) + ".org",  # over 254 in all
    ]
    for email in invalid:
        response = await register(client, "parent", email=email)
        validation_errors_at(response, "email")
    response = await register(client, "parent")
    assert response.status_code == 201, response.text


async def test_display_name_rules(client: AsyncClient) -> None:
    for display_name in ("", "   ", "x" * 51):
        response = await register(client, "named", display_name=display_name)
        validation_errors_at(response, "display_name")
    # null means "use the username".
    response = await register(client, "named", display_name=None)
    assert response.status_code == 201, response.text
    assert response.json()["display_name"] == "named"


async def test_missing_fields_are_each_reported(client: AsyncClient) -> None:
    response = await client.post("/auth/register", json={})
    body = problem(response, 422, "validation-error")
    reported = {error["loc"][-1] for error in body["errors"]}
    assert {"username", "email", "password"} <= reported
    assert "display_name" not in reported  # optional


async def test_wrong_json_types_are_422(client: AsyncClient) -> None:
    good = {"username": "typed", "email": "typed@example.org", "password": PASSWORD}
    wrong_types: list[tuple[str, Any]] = [
        ("username", 12345),
        ("username", ["typed"]),
        ("username", None),
        ("email", 42),
        ("email", {"address": "typed@example.org"}),
        ("password", 12345678901),
        ("password", True),
        ("display_name", 7),
        ("display_name", ["Sam"]),
    ]
    for field, value in wrong_types:
        response = await client.post("/auth/register", json={**good, field: value})
        validation_errors_at(response, field)
    for not_an_object in ([good], "typed", 12, None):
        response = await client.post("/auth/register", json=not_an_object)
        problem(response, 422, "validation-error")
    # None of that created the account.
    response = await client.post("/auth/register", json=good)
    assert response.status_code == 201, response.text


async def test_malformed_json_is_400(client: AsyncClient) -> None:
    for raw in (
        b'{"username": "broken", "email": ',
        b"{'username': 'single-quotes'}",
        b"username=broken",
        b'{"username": "broken",}',
    ):
        response = await client.post(
            "/auth/register", content=raw, headers={"Content-Type": "application/json"}
        )
        body = problem(response, 400, "malformed-json")
        assert "Traceback" not in response.text
        assert body["detail"]


async def test_nul_characters_are_refused_not_a_server_error(client: AsyncClient) -> None:
    """PostgreSQL text cannot hold U+0000: it is refused with 422 on both databases."""
    response = await register(client, "nully", display_name="Sam\x00Smith")
    validation_errors_at(response, "display_name")
    response = await register(client, "nully", password="long enough\x00password")
    validation_errors_at(response, "password")
    response = await register(client, "nully", email="nu\x00lly@example.org")
    validation_errors_at(response, "email")
    response = await register(client, "nully")
    assert response.status_code == 201, response.text
    # A NUL in the sign-in form is simply a wrong login.
    for login, password in (("nul\x00ly", PASSWORD), ("nully", PASSWORD + "\x00")):
        response = await client.post("/auth/token", data={"username": login, "password": password})
        problem(response, 401, "invalid-credentials")
