"""`GET /users?prefix=` (an extension for the composer's @ autocomplete): members whose
username starts with the prefix, any case, by an index range; never members who left, never
for visitors."""

from __future__ import annotations

import uuid

import pytest
from httpx import AsyncClient

from tests.helpers import PASSWORD, Forum, problem


def stem() -> str:
    """A username start no other test uses (the database may be shared by a module)."""
    return "q" + uuid.uuid4().hex[:6]


async def test_prefix_matches_any_case_in_username_order(client: AsyncClient, forum: Forum) -> None:
    base = stem()
    names = [f"{base}_Zed", f"{base}Priya", f"{base}pri_2", f"{base}9", f"{base}Prix"]
    members = {name: await forum.member(name) for name in names}
    await forum.member(f"x{base}pri")  # the prefix inside, not at the start: no match
    viewer = await forum.member()

    async def lookup(prefix: str, **params: int) -> list[str]:
        response = await client.get(
            "/users", params={"prefix": prefix, **params}, headers=viewer.headers
        )
        assert response.status_code == 200, response.text
        for item in response.json():
            assert set(item) == {"id", "username", "display_name", "role"}
        return [item["username"] for item in response.json()]

    assert await lookup(f"{base}PRI") == [f"{base}pri_2", f"{base}Prix", f"{base}Priya"]
    assert await lookup(f"{base}pri_") == [f"{base}pri_2"]
    assert await lookup(base) == [
        f"{base}9",
        f"{base}_Zed",
        f"{base}pri_2",
        f"{base}Prix",
        f"{base}Priya",
    ]
    assert await lookup(base, limit=2) == [f"{base}9", f"{base}_Zed"]
    assert await lookup(f"{base}priyaz") == []
    assert await lookup(f"{base}Priya") == [f"{base}Priya"]
    assert members[f"{base}Priya"].username == f"{base}Priya"

    # A member who left is not found.
    gone = members[f"{base}Prix"]
    left = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=gone.headers
    )
    assert left.status_code == 204
    assert await lookup(f"{base}PRI") == [f"{base}pri_2", f"{base}Priya"]
    assert not any(name.startswith("deleted-") for name in await lookup("deleted"))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"prefix": ""},
        {"prefix": "a" * 31},
        {"prefix": "pri%"},
        {"prefix": "pri ya"},
        {"prefix": "pri-"},
        {"prefix": "émile"},
        {"prefix": "pri", "limit": 0},
        {"prefix": "pri", "limit": 21},
        {"prefix": "pri", "limit": "x"},
    ],
)
async def test_bad_prefixes_are_refused(
    client: AsyncClient, forum: Forum, params: dict[str, object]
) -> None:
    viewer = await forum.member()
    problem(await client.get("/users", params=params, headers=viewer.headers), 422)


async def test_visitors_cannot_list_members(client: AsyncClient, forum: Forum) -> None:
    await forum.member(stem())
    problem(await client.get("/users", params={"prefix": "q"}), 401)


async def test_one_character_and_the_longest_prefix(client: AsyncClient, forum: Forum) -> None:
    longest = stem() + "x" * 23
    member = await forum.member(longest)
    response = await client.get(
        "/users", params={"prefix": longest.upper()}, headers=member.headers
    )
    assert [item["id"] for item in response.json()] == [member.id]
    response = await client.get(
        "/users", params={"prefix": "q", "limit": 20}, headers=member.headers
    )
    assert response.status_code == 200
    assert all(item["username"].lower().startswith("q") for item in response.json())
