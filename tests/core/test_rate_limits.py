"""Rate limits: 429 problems with Retry-After, RateLimit-* headers on every response, the
login, registration, posting, thread and flag buckets, moderators' exemption, and one
budget shared by several app instances through Redis.

The default test settings turn rate limits off; each test here builds its own app on the
same database with them on (`site(settings, rate_limits_enabled=True, …)`). Members are made
on the default, unlimited app, whose access tokens are valid on the limited one.
"""

from __future__ import annotations

import os
import uuid

import pytest
from httpx import AsyncClient, Response

from app.config import Settings
from tests.helpers import PASSWORD, Forum, problem
from tests.moderation.fixtures import http_client, site, unique_ip, unique_name

RATELIMIT_HEADERS = ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset")


def limit_headers(response: Response) -> tuple[int, int, int]:
    """(limit, remaining, reset) from a response, asserting all three are there."""
    for name in RATELIMIT_HEADERS:
        assert name in response.headers, (name, response.status_code, dict(response.headers))
    limit, remaining, reset = (int(response.headers[name]) for name in RATELIMIT_HEADERS)
    assert 0 <= remaining <= limit and reset >= 0
    return limit, remaining, reset


def rate_limited(response: Response, limit: int, within_seconds: int) -> None:
    """A 429 problem with Retry-After and the headers of the exhausted limit."""
    problem(response, 429, "rate-limited")
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= within_seconds, retry_after
    assert limit_headers(response)[:2] == (limit, 0)


async def sign_in(client: AsyncClient, login: str, password: str = PASSWORD) -> Response:
    return await client.post("/auth/token", data={"username": login, "password": password})


def registration(username: str, email: str | None = None) -> dict[str, str]:
    return {
        "username": username,
        "email": email or f"{username}@example.org",
        "password": PASSWORD,
    }


# --- headers and the general bucket ---------------------------------------------------------


async def test_every_response_carries_ratelimit_headers(settings: Settings, forum: Forum) -> None:
    member = await forum.member()
    async with site(settings, rate_limits_enabled=True, rate_limit_default="50/minute") as limited:
        client = limited.client
        responses = [
            await client.get("/categories"),
            await client.get("/threads/999999"),
            await client.post("/threads", json={}),
            await client.get("/no/such/route"),
            await client.get("/me", headers=member.headers),
            await client.patch("/me", json={"bio": 5}, headers=member.headers),
        ]
        assert [r.status_code for r in responses] == [200, 404, 401, 404, 200, 422]
        for response in responses:
            assert limit_headers(response)[0] == 50
        # Anonymous requests share the address's budget, which counts down.
        anonymous = [limit_headers(r)[1] for r in responses[:4]]
        assert anonymous == [49, 48, 47, 46]
        # A signed-in user has a budget of their own.
        assert [limit_headers(r)[1] for r in responses[4:]] == [49, 48]
        health = await client.get("http://test/healthz")
        assert health.status_code == 200 and limit_headers(health)[0] == 50


async def test_general_bucket_answers_429_with_retry_after(
    settings: Settings, forum: Forum
) -> None:
    member = await forum.member()
    async with site(settings, rate_limits_enabled=True, rate_limit_default="3/minute") as limited:
        for _ in range(3):
            assert (await limited.client.get("/categories")).status_code == 200
        response = await limited.client.get("/categories")
        rate_limited(response, 3, 60)
        # Other clients are not affected: another address, or a signed-in user.
        async with http_client(limited.app, unique_ip()) as elsewhere:
            assert (await elsewhere.get("/categories")).status_code == 200
        response = await limited.client.get("/me", headers=member.headers)
        assert response.status_code == 200, response.text


# --- sign-in and registration ------------------------------------------------------------


async def test_login_is_limited_to_6_a_minute_per_address(settings: Settings, forum: Forum) -> None:
    members = [await forum.member() for _ in range(7)]
    async with site(settings, rate_limits_enabled=True) as limited:
        for member in members[:6]:
            response = await sign_in(limited.client, member.username)
            assert response.status_code == 200, response.text
            assert limit_headers(response)[0] == 6
        rate_limited(await sign_in(limited.client, members[6].username), 6, 60)
        # The seventh account can still sign in from another address.
        async with http_client(limited.app, unique_ip()) as elsewhere:
            response = await sign_in(elsewhere, members[6].username)
            assert response.status_code == 200, response.text


async def test_login_is_limited_to_6_a_minute_per_account(settings: Settings, forum: Forum) -> None:
    """Guessing one account's password from many addresses still hits a limit, whatever
    the case of the login, and even the right password is refused until it passes."""
    target = await forum.member()
    bystander = await forum.member()
    async with site(settings, rate_limits_enabled=True) as limited:
        ips = [unique_ip() for _ in range(7)]
        for i, ip in enumerate(ips[:6]):
            login = target.username.upper() if i % 2 else target.username
            async with http_client(limited.app, ip) as client:
                response = await sign_in(client, login, "wrong password, guessing")
                problem(response, 401, "invalid-credentials")
                assert limit_headers(response)[:2] == (6, 5 - i)
        async with http_client(limited.app, ips[6]) as client:
            rate_limited(await sign_in(client, target.username), 6, 60)
            # The address itself is fine: another account signs in from it.
            response = await sign_in(client, bystander.username)
            assert response.status_code == 200, response.text


async def test_login_limit_counts_username_and_email_as_one_account(
    settings: Settings, forum: Forum
) -> None:
    """An account signs in by username or by email; the per-account budget is the account's,
    not the login string's, or a guesser gets twice the attempts."""
    target = await forum.member()
    async with site(settings, rate_limits_enabled=True) as limited:
        for i in range(6):
            login = target.username if i % 2 else target.email
            async with http_client(limited.app, unique_ip()) as client:
                response = await sign_in(client, login, "wrong password, guessing")
                problem(response, 401, "invalid-credentials")
        for login in (target.username, target.email.upper()):
            async with http_client(limited.app, unique_ip()) as client:
                rate_limited(await sign_in(client, login), 6, 60)


async def test_registration_is_limited_per_address_and_per_email(settings: Settings) -> None:
    async with site(settings, rate_limits_enabled=True, ip=unique_ip()) as limited:
        for _ in range(5):
            response = await limited.client.post("/auth/register", json=registration(unique_name()))
            assert response.status_code == 201, response.text
            assert limit_headers(response)[0] == 5
        username = unique_name()
        response = await limited.client.post("/auth/register", json=registration(username))
        rate_limited(response, 5, 3600)
        assert (await limited.client.get(f"/users/{username}")).status_code == 404

        # One email address from many addresses: limited too.
        email = f"{unique_name()}@example.org"
        statuses = []
        for _ in range(5):
            async with http_client(limited.app, unique_ip()) as client:
                response = await client.post(
                    "/auth/register", json=registration(unique_name(), email)
                )
                statuses.append(response.status_code)
        assert statuses == [201, 409, 409, 409, 409]
        async with http_client(limited.app, unique_ip()) as client:
            response = await client.post("/auth/register", json=registration(unique_name(), email))
            rate_limited(response, 5, 3600)


# --- posting ------------------------------------------------------------------------------


async def test_second_reply_at_once_is_429(settings: Settings, forum: Forum) -> None:
    member = await forum.member()
    other = await forum.member()
    thread = await forum.thread(await forum.member())
    path = f"/threads/{thread['id']}/posts"
    async with site(settings, rate_limits_enabled=True) as limited:
        first = await limited.client.post(
            path,
            json={"body": "First"},
            headers={**member.headers, "Idempotency-Key": "reply-1"},
        )
        assert first.status_code == 201, first.text
        assert limit_headers(first)[:2] == (1, 0)  # the tightest limit: 1 per 5 seconds
        response = await limited.client.post(path, json={"body": "Second"}, headers=member.headers)
        rate_limited(response, 1, 5)
        # A retry of the first reply is answered from the stored response, not refused.
        retry = await limited.client.post(
            path,
            json={"body": "First"},
            headers={**member.headers, "Idempotency-Key": "reply-1"},
        )
        assert retry.status_code == 201, retry.text
        assert retry.json()["id"] == first.json()["id"]
        # The limit is per member.
        response = await limited.client.post(path, json={"body": "Mine"}, headers=other.headers)
        assert response.status_code == 201, response.text
    posts = (await forum.client.get(f"{path}?limit=100")).json()["items"]
    assert [p["body"] for p in posts[1:]] == ["First", "Mine"]


async def test_hourly_reply_limit(settings: Settings, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    path = f"/threads/{thread['id']}/posts"
    async with site(
        settings, rate_limits_enabled=True, rate_limit_post="100/second;3/hour"
    ) as limited:
        for i in range(3):
            response = await limited.client.post(
                path, json={"body": f"Reply {i}"}, headers=member.headers
            )
            assert response.status_code == 201, response.text
            assert limit_headers(response)[:2] == (3, 2 - i)
        response = await limited.client.post(
            path, json={"body": "One more"}, headers=member.headers
        )
        rate_limited(response, 3, 3600)


async def test_moderators_are_exempt_from_posting_limits(settings: Settings, forum: Forum) -> None:
    moderator = await forum.moderator()
    admin = await forum.admin()
    category = await forum.category()
    thread = await forum.thread(await forum.member(), category)
    async with site(settings, rate_limits_enabled=True, rate_limit_thread="1/day") as limited:
        for actor in (moderator, admin):
            for i in range(3):
                response = await limited.client.post(
                    f"/threads/{thread['id']}/posts",
                    json={"body": f"Moderator note {i}"},
                    headers=actor.headers,
                )
                assert response.status_code == 201, response.text
                response = await limited.client.post(
                    "/threads",
                    json={"category": category["slug"], "title": f"Rules {i}", "body": f"R{i}"},
                    headers=actor.headers,
                )
                assert response.status_code == 201, response.text


async def test_thread_creation_limit(settings: Settings, forum: Forum) -> None:
    member = await forum.member()
    category = await forum.category()
    async with site(settings, rate_limits_enabled=True, rate_limit_thread="2/day") as limited:
        for i in range(2):
            response = await limited.client.post(
                "/threads",
                json={"category": category["slug"], "title": f"Question {i}", "body": "Help?"},
                headers=member.headers,
            )
            assert response.status_code == 201, response.text
            assert limit_headers(response)[:2] == (2, 1 - i)
        response = await limited.client.post(
            "/threads",
            json={"category": category["slug"], "title": "Question 3", "body": "Help?"},
            headers=member.headers,
        )
        rate_limited(response, 2, 24 * 3600)
    listed = (await forum.client.get("/threads", params={"category": category["slug"]})).json()
    assert len(listed["items"]) == 2


async def test_flags_per_day(settings: Settings, forum: Forum) -> None:
    flagger = await forum.member()
    author = await forum.member()
    category = await forum.category()
    posts = [
        (await forum.thread(author, category, title=f"Post {i}"))["first_post"]["id"]
        for i in range(3)
    ]
    async with site(settings, rate_limits_enabled=True, rate_limit_flag="2/day") as limited:
        for post_id in posts[:2]:
            response = await limited.client.post(
                f"/posts/{post_id}/flags", json={"reason": "spam"}, headers=flagger.headers
            )
            assert response.status_code == 201, response.text
            assert limit_headers(response)[0] == 2
        response = await limited.client.post(
            f"/posts/{posts[2]}/flags", json={"reason": "spam"}, headers=flagger.headers
        )
        rate_limited(response, 2, 24 * 3600)
    moderator = await forum.moderator()
    queue = (await forum.client.get("/moderation/queue", headers=moderator.headers)).json()
    assert sorted(item["post"]["id"] for item in queue["items"]) == sorted(posts[:2])


# --- the store ------------------------------------------------------------------------------


async def test_two_app_instances_share_one_budget_in_redis(
    settings: Settings, forum: Forum
) -> None:
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        pytest.skip("Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) to test the shared budget")
    # A fresh account name and address: the Redis store outlives this test, and others
    # share it, so nothing is reset.
    member = await forum.member(unique_name("r")[:30])
    ip = unique_ip()
    async with (
        site(settings, rate_limits_enabled=True, redis_url=redis_url, ip=ip) as first,
        site(settings, rate_limits_enabled=True, redis_url=redis_url, ip=ip) as second,
    ):
        for instance in (first, second):
            for _ in range(3):
                response = await sign_in(instance.client, member.username)
                assert response.status_code == 200, response.text
        assert limit_headers(response)[:2] == (6, 0)
        for instance in (first, second):
            rate_limited(await sign_in(instance.client, member.username), 6, 60)


async def test_rate_limit_store_down_is_503_not_500(settings: Settings) -> None:
    """Nothing listens on port 1: the store is down, a known failure mode → 503."""
    async with site(
        settings, rate_limits_enabled=True, redis_url="redis://127.0.0.1:1/0"
    ) as limited:
        response = await limited.client.get("/categories")
        problem(response, 503, "service-unavailable")
        response = await limited.client.post(
            "/auth/token", data={"username": f"x{uuid.uuid4().hex[:8]}", "password": PASSWORD}
        )
        problem(response, 503, "service-unavailable")
