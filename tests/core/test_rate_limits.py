"""Rate limits: 429 problems with Retry-After, RateLimit-* headers on every response, the
general bucket keyed on who is really asking (the verified user, else the client address),
the login, refresh, registration, posting, thread and flag buckets, failed sign-ins that slow
a guesser without locking the owner out, moderators' exemption, and one budget shared by
several app instances through Redis.

The default test settings turn rate limits off; each test here builds its own app on the
same database with them on (`site(settings, rate_limits_enabled=True, …)`). Members are made
on the default, unlimited app, whose access tokens are valid on the limited one. Every test
runs with the limits in memory and, when REDIS_URL is set, in Redis.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient, Response
from sqlalchemy import event

from app.config import Settings
from app.db import utcnow
from tests.helpers import PASSWORD, Forum, Member, problem
from tests.moderation.fixtures import (
    bearer,
    http_client,
    make_pat,
    site,
    unique_ip,
    unique_name,
)

RATELIMIT_HEADERS = ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset")
WRONG = "wrong password, guessing"


@pytest.fixture(params=["memory", "redis"])
def settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    """The test settings, with the limits kept in memory or in Redis (REDIS_URL)."""
    if request.param == "memory":
        return settings
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        pytest.skip("Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) to run with limits in Redis")
    # The key prefix is the test's own (tests/conftest.py), so no budget is shared.
    return settings.model_copy(update={"redis_url": redis_url})


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


@contextmanager
def statements_on(app: FastAPI, table: str) -> Iterator[list[str]]:
    """The SQL statements `app` sends that name `table`, while the block runs."""
    seen: list[str] = []
    engine = app.state.database.engine.sync_engine

    def record(*args: Any) -> None:
        statement = args[2]
        if table in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def forwarded(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


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


async def test_healthz_is_never_limited(settings: Settings) -> None:
    """Liveness probes come from one address all day: they neither count nor are refused."""
    async with site(settings, rate_limits_enabled=True, rate_limit_default="2/minute") as limited:
        for _ in range(5):
            health = await limited.client.get("http://test/healthz")
            assert health.status_code == 200 and health.json() == {"status": "ok"}
            assert not any(name in health.headers for name in RATELIMIT_HEADERS)
        assert limit_headers(await limited.client.get("/categories"))[:2] == (2, 1)
        assert (await limited.client.get("/categories")).status_code == 200
        rate_limited(await limited.client.get("/categories"), 2, 60)
        assert (await limited.client.get("http://test/healthz")).status_code == 200


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


# --- who is asking --------------------------------------------------------------------------


async def test_a_flood_of_bogus_bearers_is_limited_by_the_address(
    settings: Settings, forum: Forum
) -> None:
    """Each request with a different made-up token used to get a budget of its own."""
    member = await forum.member()
    async with (
        site(settings, rate_limits_enabled=True, rate_limit_default="10/minute") as limited,
        http_client(limited.app, unique_ip()) as attacker,
    ):
        with statements_on(limited.app, "users") as lookups:
            statuses = []
            for i in range(15):
                token = f"eyJhbGciOiJIUzI1NiJ9.{uuid.uuid4().hex}.{i}"
                statuses.append((await attacker.get("/me", headers=bearer(token))).status_code)
        assert statuses == [401] * 10 + [429] * 5, statuses
        assert lookups == [], "a forged access token must cost no database lookup"
        response = await attacker.get("/categories")
        rate_limited(response, 10, 60)
        # A member elsewhere is not affected.
        async with http_client(limited.app, unique_ip()) as elsewhere:
            assert (await elsewhere.get("/me", headers=member.headers)).status_code == 200


async def test_bad_personal_access_tokens_cost_at_most_one_lookup(
    settings: Settings, forum: Forum
) -> None:
    """A random `vpat_` token costs one lookup, the same one again costs none, and once the
    address's budget is spent none reach the database at all."""
    async with (
        site(settings, rate_limits_enabled=True, rate_limit_default="10/minute") as limited,
        http_client(limited.app, unique_ip()) as attacker,
    ):
        repeated = bearer(f"vpat_{uuid.uuid4().hex}")
        with statements_on(limited.app, "personal_access_tokens") as lookups:
            for _ in range(7):
                problem(await attacker.get("/me", headers=repeated), 401)
        assert len(lookups) == 1, lookups
        with statements_on(limited.app, "personal_access_tokens") as lookups:
            statuses = []
            for _ in range(6):
                random_pat = bearer(f"vpat_{uuid.uuid4().hex}")
                statuses.append((await attacker.get("/me", headers=random_pat)).status_code)
        assert statuses == [401, 401, 401, 429, 429, 429], statuses
        assert len(lookups) == 3, lookups


async def test_three_access_tokens_of_one_member_share_one_budget(
    settings: Settings, forum: Forum
) -> None:
    member = await forum.member()
    async with site(settings, rate_limits_enabled=True, rate_limit_default="4/minute") as limited:
        issued = [
            limited.app.state.access_tokens.issue(member.id, utcnow() - timedelta(seconds=i))
            for i in range(3)
        ]
        assert len(set(issued)) == 3
        remaining = []
        for i in range(4):  # from a different address each time: the user is the key
            async with http_client(limited.app, unique_ip()) as client:
                response = await client.get("/me", headers=bearer(issued[i % 3]))
                assert response.status_code == 200, response.text
                remaining.append(limit_headers(response)[1])
        assert remaining == [3, 2, 1, 0]
        for token in issued:
            async with http_client(limited.app, unique_ip()) as client:
                rate_limited(await client.get("/me", headers=bearer(token)), 4, 60)


async def test_a_personal_access_token_shares_its_owners_budget(
    settings: Settings, forum: Forum
) -> None:
    """Once the token has proved valid (its first use counts against the address), the
    token and the owner's access tokens spend one budget."""
    member = await forum.member()
    pat = await make_pat(forum.client, member, "read")
    other = await make_pat(forum.client, member, "read", name="second")
    async with site(settings, rate_limits_enabled=True, rate_limit_default="6/minute") as limited:
        async with http_client(limited.app, unique_ip()) as first_use:
            for token in (pat, other):
                response = await first_use.get("/me", headers=token.headers)
                assert response.status_code == 200, response.text
            assert limit_headers(response)[1] == 4  # the address's budget
        sequence = [member.headers, pat.headers, other.headers] * 2
        remaining = []
        async with http_client(limited.app, unique_ip()) as client:
            for headers in sequence:
                response = await client.get("/me", headers=headers)
                assert response.status_code == 200, response.text
                remaining.append(limit_headers(response)[1])
            assert remaining == [5, 4, 3, 2, 1, 0]
            rate_limited(await client.get("/me", headers=pat.headers), 6, 60)
            rate_limited(await client.get("/me", headers=member.headers), 6, 60)


async def test_forwarded_for_is_believed_only_from_trusted_proxies(settings: Settings) -> None:
    async with site(settings, rate_limits_enabled=True, rate_limit_default="2/minute") as limited:
        # The test client's peer is 127.0.0.1, trusted by default (FORWARDED_ALLOW_IPS).
        behind_proxy = [unique_ip(), unique_ip()]
        for _ in range(2):
            response = await limited.client.get("/categories", headers=forwarded(behind_proxy[0]))
            assert response.status_code == 200
        rate_limited(
            await limited.client.get("/categories", headers=forwarded(behind_proxy[0])), 2, 60
        )
        # Another client behind the same proxy has a budget of its own; so has the proxy.
        response = await limited.client.get(
            "/categories", headers=forwarded(f"{unique_ip()}, {behind_proxy[1]}")
        )
        assert limit_headers(response)[:2] == (2, 1)
        assert limit_headers(await limited.client.get("/categories"))[:2] == (2, 1)
        # An untrusted peer's X-Forwarded-For is ignored: it spends the peer's own budget.
        async with http_client(limited.app, unique_ip()) as direct:
            for _ in range(2):
                response = await direct.get("/categories", headers=forwarded(unique_ip()))
                assert response.status_code == 200
            rate_limited(await direct.get("/categories", headers=forwarded(unique_ip())), 2, 60)


async def test_forwarded_allow_ips_names_the_proxies(settings: Settings) -> None:
    proxy = "192.0.2.7"
    async with site(
        settings,
        rate_limits_enabled=True,
        rate_limit_default="1/minute",
        forwarded_allow_ips="192.0.2.0/24",
        ip=proxy,
    ) as limited:
        for _ in range(2):
            response = await limited.client.get("/categories", headers=forwarded(unique_ip()))
            assert response.status_code == 200
        # 127.0.0.1 is no longer a trusted proxy there.
        async with http_client(limited.app, "127.0.0.1") as local:
            assert (
                await local.get("/categories", headers=forwarded(unique_ip()))
            ).status_code == 200
            rate_limited(await local.get("/categories", headers=forwarded(unique_ip())), 1, 60)


# --- refresh --------------------------------------------------------------------------------


async def test_refresh_is_limited_per_address(settings: Settings, forum: Forum) -> None:
    member = await forum.member()
    refresh_token = member.refresh_token
    async with site(settings, rate_limits_enabled=True, rate_limit_refresh="3/minute") as limited:
        for _ in range(3):
            response = await limited.client.post(
                "/auth/refresh", json={"refresh_token": refresh_token}
            )
            assert response.status_code == 200, response.text
            assert limit_headers(response)[0] == 3
            refresh_token = response.json()["refresh_token"]
        rate_limited(
            await limited.client.post("/auth/refresh", json={"refresh_token": refresh_token}), 3, 60
        )
        # The token was not spent by the refused request: it still works from elsewhere.
        async with http_client(limited.app, unique_ip()) as elsewhere:
            response = await elsewhere.post("/auth/refresh", json={"refresh_token": refresh_token})
            assert response.status_code == 200, response.text


async def test_refresh_is_limited_per_token(settings: Settings) -> None:
    """One refresh token replayed from many addresses is refused after the budget."""
    token = {"refresh_token": f"vrt_{uuid.uuid4().hex}"}
    async with site(settings, rate_limits_enabled=True, rate_limit_refresh="3/minute") as limited:
        for _ in range(3):
            async with http_client(limited.app, unique_ip()) as client:
                problem(await client.post("/auth/refresh", json=token), 401)
        async with http_client(limited.app, unique_ip()) as client:
            rate_limited(await client.post("/auth/refresh", json=token), 3, 60)


# --- sign-in --------------------------------------------------------------------------------


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


async def test_failures_from_many_addresses_do_not_lock_the_owner_out(
    settings: Settings, forum: Forum
) -> None:
    """Ten wrong passwords from ten addresses used to refuse the owner's right one."""
    owner = await forum.member()
    async with site(settings, rate_limits_enabled=True) as limited:
        for _ in range(10):
            async with http_client(limited.app, unique_ip()) as attacker:
                problem(await sign_in(attacker, owner.username, WRONG), 401, "invalid-credentials")
        async with http_client(limited.app, unique_ip()) as home:
            response = await sign_in(home, owner.username)
            assert response.status_code == 200, response.text


async def test_a_spent_account_budget_refuses_only_addresses_that_failed_on_it(
    settings: Settings, forum: Forum
) -> None:
    """Past the per-account failure budget an address that has failed on the account is
    refused (even with the right password: a guesser must learn nothing), a new address
    gets its one guess, and the owner at a clean address still signs in."""
    owner = await forum.member()
    async with site(
        settings, rate_limits_enabled=True, rate_limit_login_account_failures="5/hour"
    ) as limited:
        attackers = [unique_ip() for _ in range(10)]
        for ip in attackers:
            async with http_client(limited.app, ip) as attacker:
                problem(await sign_in(attacker, owner.username, WRONG), 401, "invalid-credentials")
        async with http_client(limited.app, attackers[0]) as attacker:
            rate_limited(await sign_in(attacker, owner.username), 5, 3600)
        async with http_client(limited.app, unique_ip()) as home:
            response = await sign_in(home, owner.email)
            assert response.status_code == 200, response.text


async def test_an_attackers_address_is_slowed(settings: Settings, forum: Forum) -> None:
    """Five failures on one account from one address, however the account is named, and the
    address may not try it again for a while; other accounts and addresses are unaffected."""
    target = await forum.member()
    bystander = await forum.member()
    async with (
        site(settings, rate_limits_enabled=True, rate_limit_login="100/minute") as limited,
        http_client(limited.app, unique_ip()) as attacker,
    ):
        logins = [target.username, target.email, target.username.upper(), target.email.upper()]
        for i in range(5):
            response = await sign_in(attacker, logins[i % 4], WRONG)
            problem(response, 401, "invalid-credentials")
            assert limit_headers(response)[:2] == (5, 4 - i)  # the tries left
        rate_limited(await sign_in(attacker, target.username), 5, 15 * 60)
        response = await sign_in(attacker, bystander.username)
        assert response.status_code == 200, response.text
        async with http_client(limited.app, unique_ip()) as home:
            response = await sign_in(home, target.username)
            assert response.status_code == 200, response.text


async def test_failures_across_accounts_slow_the_address(settings: Settings, forum: Forum) -> None:
    """Trying a few guesses on many accounts (password spraying) spends the address's own
    failure budget; unknown logins count as accounts too."""
    members = [await forum.member() for _ in range(3)]
    async with (
        site(
            settings,
            rate_limits_enabled=True,
            rate_limit_login="100/minute",
            rate_limit_login_address_failures="4/hour",
        ) as limited,
        http_client(limited.app, unique_ip()) as sprayer,
    ):
        for login in [m.username for m in members] + [unique_name()]:
            problem(await sign_in(sprayer, login, WRONG), 401, "invalid-credentials")
        rate_limited(await sign_in(sprayer, members[0].username), 4, 3600)
        rate_limited(await sign_in(sprayer, unique_name()), 4, 3600)
        async with http_client(limited.app, unique_ip()) as elsewhere:
            response = await sign_in(elsewhere, members[0].username)
            assert response.status_code == 200, response.text


# --- registration ---------------------------------------------------------------------------


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
    if settings.redis_url is None:
        pytest.skip("a budget shared by instances needs the Redis store: see [redis]")
    member: Member = await forum.member()
    ip = unique_ip()
    async with (
        site(settings, rate_limits_enabled=True, ip=ip) as first,
        site(settings, rate_limits_enabled=True, ip=ip) as second,
    ):
        for instance in (first, second):
            for _ in range(3):
                response = await sign_in(instance.client, member.username)
                assert response.status_code == 200, response.text
        assert limit_headers(response)[:2] == (6, 0)
        for instance in (first, second):
            rate_limited(await sign_in(instance.client, member.username), 6, 60)
        # The general bucket too: the member's budget is one, whichever instance answers.
        remaining = [
            limit_headers(await instance.client.get("/me", headers=member.headers))[1]
            for instance in (first, second, first)
        ]
        assert remaining == [599, 598, 597]
