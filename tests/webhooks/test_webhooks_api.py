"""The webhook routes: who may use them, what they accept and answer, the audit log, and the
server-side request forgery guard at creation."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from app.config import Settings
from app.events import PRIVATE_KINDS, EventKind
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import audit_log, make_pat, site
from tests.webhooks.fixtures import SECRET, create_webhook

PUBLIC_URL = "https://93.184.215.14/village"  # an address literal: no DNS needed


def body(**fields: Any) -> dict[str, Any]:
    return {"url": PUBLIC_URL, "events": ["post.created"], "secret": SECRET, **fields}


async def test_create_list_read_delete(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    response = await client.post(
        "/webhooks",
        json=body(events=["flag.created", "post.created", "flag.created"]),
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    hook = response.json()
    assert set(hook) == {"id", "url", "events", "created_at"}  # never the secret
    assert hook["url"] == PUBLIC_URL
    assert hook["events"] == ["flag.created", "post.created"]
    assert response.headers["location"] == f"/api/v1/webhooks/{hook['id']}"
    assert SECRET not in response.text

    read = await client.get(f"/webhooks/{hook['id']}", headers=admin.headers)
    assert read.status_code == 200
    assert read.json() == hook

    second = await create_webhook(client, admin, PUBLIC_URL + "/2", ["user.suspended"])
    first_page = await client.get("/webhooks", params={"limit": 1}, headers=admin.headers)
    assert first_page.status_code == 200
    assert [item["id"] for item in first_page.json()["items"]] == [hook["id"]]
    assert SECRET not in first_page.text
    rest = await client.get(
        "/webhooks",
        params={"limit": 1, "cursor": first_page.json()["next_cursor"]},
        headers=admin.headers,
    )
    assert [item["id"] for item in rest.json()["items"]] == [second["id"]]

    deleted = await client.delete(f"/webhooks/{hook['id']}", headers=admin.headers)
    assert deleted.status_code == 204
    problem(await client.get(f"/webhooks/{hook['id']}", headers=admin.headers), 404)
    problem(await client.delete(f"/webhooks/{hook['id']}", headers=admin.headers), 404)
    listed = await client.get("/webhooks", headers=admin.headers)
    assert [item["id"] for item in listed.json()["items"]] == [second["id"]]

    deliveries = await client.get(f"/webhooks/{second['id']}/deliveries", headers=admin.headers)
    assert deliveries.json() == {"items": [], "next_cursor": None}
    problem(await client.get(f"/webhooks/{hook['id']}/deliveries", headers=admin.headers), 404)
    redeliver = f"/webhooks/{second['id']}/deliveries/1/redeliver"
    problem(await client.post(redeliver, headers=admin.headers), 404)


async def test_create_and_delete_are_audited(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    hook = await create_webhook(client, admin, PUBLIC_URL, ["flag.created"])
    deleted = await client.delete(f"/webhooks/{hook['id']}", headers=admin.headers)
    assert deleted.status_code == 204
    entries = await audit_log(client, admin, target_type="webhook")
    assert [(entry["action"], entry["target_id"]) for entry in entries] == [
        ("webhook.delete", hook["id"]),
        ("webhook.create", hook["id"]),
    ]
    assert all(entry["actor"]["id"] == admin.id for entry in entries)


@pytest.mark.parametrize(
    ("fields", "slug"),
    [
        ({"url": "ftp://example.org/hook"}, "validation-error"),
        ({"url": "example.org/hook"}, "validation-error"),
        ({"url": "https://"}, "invalid-webhook-url"),
        ({"url": "https://user:pw@93.184.215.14/"}, "invalid-webhook-url"),
        ({"url": "https://93.184.215.14:99999/"}, "invalid-webhook-url"),
        ({"url": "https://93.184.215.14/a b"}, "invalid-webhook-url"),
        ({"url": "https://bébé.example/"}, "invalid-webhook-url"),
        ({"url": "https://[nonsense]/"}, "invalid-webhook-url"),
        ({"url": "https://" + "a" * 2000 + ".org/"}, "validation-error"),
        ({"events": []}, "validation-error"),
        ({"events": ["post.exploded"]}, "validation-error"),
        ({"events": "post.created"}, "validation-error"),
        ({"secret": "too-short"}, "validation-error"),
        ({"secret": "x" * 201}, "validation-error"),
        ({"secret": None}, "validation-error"),
    ],
)
async def test_create_validation(
    client: AsyncClient, forum: Forum, fields: dict[str, Any], slug: str
) -> None:
    admin = await forum.admin()
    response = await client.post("/webhooks", json=body(**fields), headers=admin.headers)
    problem(response, 422, slug)
    assert (await client.get("/webhooks", headers=admin.headers)).json()["items"] == []


async def test_every_event_kind_may_be_subscribed(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    every = [kind.value for kind in EventKind if kind not in PRIVATE_KINDS]
    hook = await create_webhook(client, admin, PUBLIC_URL, every)
    assert hook["events"] == every


async def test_members_own_events_are_never_sent_to_webhooks(
    client: AsyncClient, forum: Forum
) -> None:
    admin = await forum.admin()
    response = await client.post(
        "/webhooks",
        json={"url": PUBLIC_URL, "events": ["notification.created"], "secret": "s" * 32},
        headers=admin.headers,
    )
    assert problem(response, 422)["errors"][0]["loc"][:2] == ["body", "events"]


SSRF_TARGETS = [
    "http://127.0.0.1/hook",
    "http://localhost:8000/hook",
    "http://10.0.0.7/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/hook",
    "http://[fc00::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://192.168.1.1/",
    "http://0.0.0.0/",
    "http://2130706433/",  # 127.0.0.1 written as one number
]


@pytest.mark.parametrize("url", SSRF_TARGETS)
async def test_private_targets_are_refused(client: AsyncClient, forum: Forum, url: str) -> None:
    admin = await forum.admin()
    response = await client.post("/webhooks", json=body(url=url), headers=admin.headers)
    refusal = problem(response, 422, "webhook-target-refused")
    assert refusal["errors"][0]["loc"] == ["body", "url"]
    assert "WEBHOOK_ALLOW_PRIVATE" in refusal["detail"]


async def test_an_unresolvable_host_is_refused(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    response = await client.post(
        "/webhooks", json=body(url="https://no-such-host.invalid/hook"), headers=admin.headers
    )
    assert "could not be resolved" in problem(response, 422, "webhook-target-refused")["detail"]


async def test_private_targets_are_allowed_by_the_setting(settings: Settings) -> None:
    async with site(settings, webhook_allow_private=True) as allowed:
        admin = await allowed.forum.admin()
        for url in SSRF_TARGETS:
            await create_webhook(allowed.client, admin, url, ["post.created"])


# Who may


async def _routes(client: AsyncClient, admin: Member) -> list[tuple[str, str, Any]]:
    hook = await create_webhook(client, admin, PUBLIC_URL, ["post.created"])
    return [
        ("POST", "/webhooks", body()),
        ("GET", "/webhooks", None),
        ("GET", f"/webhooks/{hook['id']}", None),
        ("DELETE", f"/webhooks/{hook['id']}", None),
        ("GET", f"/webhooks/{hook['id']}/deliveries", None),
        ("POST", f"/webhooks/{hook['id']}/deliveries/1/redeliver", None),
    ]


async def test_only_administrators(client: AsyncClient, forum: Forum) -> None:
    admin, member, moderator = await forum.admin(), await forum.member(), await forum.moderator()
    routes = await _routes(client, admin)
    admin_without_scope = await make_pat(client, admin, "read", "write")
    for method, path, payload in routes:
        visitor = await client.request(method, path, json=payload)
        problem(visitor, 401)
        for caller in (member.headers, moderator.headers):
            problem(await client.request(method, path, json=payload, headers=caller), 403)
        refused = await client.request(
            method, path, json=payload, headers=admin_without_scope.headers
        )
        problem(refused, 403, "insufficient-scope")


async def test_an_admin_token_with_the_admin_scope(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    token = await make_pat(client, admin, "read", "write", "admin")
    response = await client.post("/webhooks", json=body(), headers=token.headers)
    assert response.status_code == 201, response.text
    listed = await client.get("/webhooks", headers=token.headers)
    assert [item["id"] for item in listed.json()["items"]] == [response.json()["id"]]
