"""Request and response bodies of the webhook routes. A webhook's secret goes in and never
comes out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, WithJsonSchema

from app.events import PRIVATE_KINDS, EventKind
from app.pagination import Page
from app.validation import RequestBody
from app.webhooks.models import MAX_SECRET_CHARS, MAX_URL_CHARS, Webhook, WebhookDelivery
from app.worker.jobs import JobStatus

MIN_SECRET_CHARS = 16


PUBLIC_KINDS = [kind.value for kind in EventKind if kind not in PRIVATE_KINDS]


def _public(kind: EventKind) -> EventKind:
    if kind in PRIVATE_KINDS:
        raise ValueError(f"{kind.value} is a member's own and never sent to webhooks.")
    return kind


# An event kind a webhook may subscribe to; the OpenAPI document lists only those.
WebhookEventKind = Annotated[
    EventKind,
    AfterValidator(_public),
    WithJsonSchema({"type": "string", "enum": PUBLIC_KINDS, "title": "WebhookEventKind"}),
]


class WebhookCreate(RequestBody):
    """An endpoint to receive events, and which ones."""

    # The rest of the URL's rules (a host, no credentials, not a private address) are the
    # service's, answered as 422 problems of their own.
    url: Annotated[
        str,
        Field(
            max_length=MAX_URL_CHARS,
            pattern=r"^https?://",
            description="Where each delivery is POSTed: a public `http(s)` URL without "
            "credentials.",
            examples=["https://bot.example.org/village/webhook"],
        ),
    ]
    events: Annotated[
        list[WebhookEventKind],
        Field(
            min_length=1,
            max_length=len(EventKind),
            description="The event kinds to receive (a kind listed twice counts once).",
            examples=[["flag.created", "post.hidden"]],
        ),
    ]
    secret: Annotated[
        str,
        Field(
            min_length=MIN_SECRET_CHARS,
            max_length=MAX_SECRET_CHARS,
            description="Signs every delivery (`X-Village-Signature`); never shown again.",
            examples=["5f1c0a7e9d2b4c3a8e6f"],
        ),
    ]


class WebhookRead(BaseModel):
    """A registered endpoint. Its secret is never shown."""

    id: int = Field(description="The webhook's id.", examples=[2])
    url: str = Field(examples=["https://bot.example.org/village/webhook"])
    events: list[EventKind] = Field(description="The event kinds it receives.")
    created_at: datetime = Field(description="When it was registered (UTC).")

    @classmethod
    def of(cls, webhook: Webhook) -> WebhookRead:
        known = {kind.value for kind in EventKind}
        return cls(
            id=webhook.id,
            url=webhook.url,
            events=[EventKind(kind) for kind in webhook.events if kind in known],
            created_at=webhook.created_at,
        )


class DeliveryRead(BaseModel):
    """One event sent (or to be sent) to one webhook, and how its attempts went."""

    id: int = Field(description="The delivery's id.", examples=[31])
    webhook_id: int = Field(description="The webhook it is for.", examples=[2])
    event_id: str = Field(
        description="The event's id: `X-Village-Delivery`, the same on every attempt and "
        "redelivery, for de-duplication.",
        examples=["0b7e4f5e-3f0c-4c1e-9a51-2f8d2c9d6a10"],
    )
    event: EventKind = Field(description="The event's kind (`X-Village-Event`).")
    status: JobStatus = Field(
        description="pending: not attempted yet; failed: the last attempt failed and another "
        "is due at next_attempt_at; succeeded: a 2xx answer; dead: no attempt succeeded "
        "within the retry window (redeliver to start again)."
    )
    attempts: int = Field(description="Attempts in the current sequence (since a redelivery).")
    last_response_code: int | None = Field(
        description="The HTTP status of the last attempt; null when it got no answer."
    )
    last_error: str | None = Field(
        description="Why the last attempt failed, when it did (e.g. no answer in time)."
    )
    created_at: datetime = Field(description="When the event was queued for this webhook.")
    last_attempt_at: datetime | None = Field(description="When the last attempt was made.")
    next_attempt_at: datetime | None = Field(
        description="When the next attempt is due; null once succeeded or dead."
    )
    finished_at: datetime | None = Field(
        description="When it succeeded or was given up (dead); null while pending or failed."
    )

    @classmethod
    def of(cls, delivery: WebhookDelivery) -> DeliveryRead:
        return cls(
            id=delivery.id,
            webhook_id=delivery.webhook_id,
            event_id=delivery.event_id,
            event=EventKind(delivery.event_kind),
            status=JobStatus(delivery.status),
            attempts=delivery.attempts,
            last_response_code=delivery.last_response_code,
            last_error=delivery.last_error,
            created_at=delivery.created_at,
            last_attempt_at=delivery.last_attempt_at,
            next_attempt_at=delivery.next_attempt_at,
            finished_at=delivery.finished_at,
        )


class WebhookPage(Page[WebhookRead]):
    """A page of webhooks, oldest first."""


class DeliveryPage(Page[DeliveryRead]):
    """A page of a webhook's deliveries, newest first."""
