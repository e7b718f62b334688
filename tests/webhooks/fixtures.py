"""Shared helpers of the webhook and worker tests: an app that runs its worker in process
(its real lifespan), quick retries, and the webhook routes as an administrator calls them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from httpx import AsyncClient

from app.config import Settings
from app.main import create_app
from tests.helpers import Forum, Member
from tests.moderation.fixtures import Site, http_client

SECRET = "a-long-shared-secret-for-signing"

# Seconds, not hours: retries come quickly and give up soon, so tests see all of it.
QUICK = {
    "webhook_allow_private": True,  # the receiver listens on 127.0.0.1
    "worker_poll_seconds": 0.05,
    "webhook_retry_base_seconds": 0.2,
    "webhook_retry_max_delay_seconds": 0.4,
    "webhook_retry_window_seconds": 60.0,
    "webhook_timeout_seconds": 5.0,
    "worker_lease_seconds": 30.0,
    "worker_shutdown_seconds": 2.0,
}


@asynccontextmanager
async def live_site(settings: Settings, **overrides: Any) -> AsyncIterator[Site]:
    """An app on the test's database whose lifespan runs, so its in-process worker runs
    (unless `worker_in_process=False`); the lifespan's end releases its resources."""
    app = create_app(settings.model_copy(update={"worker_in_process": True, **QUICK, **overrides}))
    async with app.router.lifespan_context(app), http_client(app) as client:
        yield Site(app, client, Forum(app, client))


async def create_webhook(
    client: AsyncClient,
    admin: Member,
    url: str,
    events: list[str],
    secret: str = SECRET,
) -> dict[str, Any]:
    response = await client.post(
        "/webhooks", json={"url": url, "events": events, "secret": secret}, headers=admin.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def deliveries(client: AsyncClient, admin: Member, webhook_id: int) -> list[dict[str, Any]]:
    response = await client.get(
        f"/webhooks/{webhook_id}/deliveries", params={"limit": 100}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items
