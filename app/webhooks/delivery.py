"""Webhook deliveries as a worker job queue: each attempt POSTs the stored event, signed
with the webhook's secret, and counts a 2xx as delivered.

Anything else — another status, a redirect, a network error, a timeout — is a failed attempt,
retried with exponential back-off until `webhook_retry_window_seconds` after the first, then
the delivery is dead. So is a target the SSRF guard refuses at send time (its reason is the
delivery's `last_error`): DNS that points a name at a private address today may be fixed
tomorrow, and the window bounds the tries.
"""

from __future__ import annotations

import time
from typing import ClassVar

from sqlalchemy.orm import joinedload

from app.config import Settings
from app.webhooks import signing
from app.webhooks.models import WebhookDelivery
from app.webhooks.sending import Sender
from app.worker.jobs import Outcome, RetryPolicy


class DeliveryQueue:
    name: ClassVar[str] = "webhooks"
    model = WebhookDelivery
    options = (joinedload(WebhookDelivery.webhook),)

    def __init__(self, settings: Settings) -> None:
        self.retry = RetryPolicy(
            base_seconds=settings.webhook_retry_base_seconds,
            max_delay_seconds=settings.webhook_retry_max_delay_seconds,
            window_seconds=settings.webhook_retry_window_seconds,
        )
        self._sender = Sender(
            allow_private=settings.webhook_allow_private,
            connect_timeout=settings.webhook_connect_timeout_seconds,
            total_timeout=settings.webhook_timeout_seconds,
            max_connections=settings.worker_concurrency,
        )

    async def perform(self, job: WebhookDelivery) -> Outcome:
        webhook = job.webhook
        payload = signing.body(
            event_id=job.event_id,
            kind=job.event_kind,
            created_at=job.event_created_at,
            data=job.data,
            timestamp=int(time.time()),
        )
        headers = signing.headers(
            kind=job.event_kind, event_id=job.event_id, secret=webhook.secret, payload=payload
        )
        answer = await self._sender.post(webhook.url, headers, payload)
        if answer.status is None:
            return Outcome(ok=False, error=answer.error, values={"last_response_code": None})
        values = {"last_response_code": answer.status}
        if 200 <= answer.status < 300:
            return Outcome(ok=True, values=values)
        return Outcome(ok=False, error=f"HTTP {answer.status}", values=values)

    async def aclose(self) -> None:
        await self._sender.aclose()
