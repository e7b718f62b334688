"""HTTP layer of webhooks (administrators only): parse, call the service, shape the response."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response, status

from app.db import MAX_ID, SessionDep
from app.deps import AppSettings, CurrentAdmin, PageParams
from app.errors import NotFound, raises
from app.http import API_PREFIX
from app.idempotency import IdempotencyDep
from app.webhooks import service
from app.webhooks.schemas import (
    DeliveryPage,
    DeliveryRead,
    WebhookCreate,
    WebhookPage,
    WebhookRead,
)

router = APIRouter(tags=["webhooks"])

WebhookId = Annotated[int, Path(ge=1, le=MAX_ID, description="The webhook's id.", examples=[2])]
DeliveryId = Annotated[int, Path(ge=1, le=MAX_ID, description="The delivery's id.", examples=[31])]


async def _target_rules(settings: AppSettings) -> service.TargetRules:
    return service.TargetRules.from_settings(settings)


TargetRules = Annotated[service.TargetRules, Depends(_target_rules)]


@router.post(
    "/webhooks",
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookRead,
    summary="Register a webhook",
)
@raises(service.InvalidWebhookUrl, service.WebhookTargetRefused)
async def create_webhook(
    data: WebhookCreate,
    session: SessionDep,
    admin: CurrentAdmin,
    rules: TargetRules,
    idempotency: IdempotencyDep,
) -> Response:
    """Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely."""
    webhook = await service.create_webhook(session, admin, data, rules)
    return await idempotency.respond(
        session, WebhookRead.of(webhook), location=f"{API_PREFIX}/webhooks/{webhook.id}"
    )


@router.get("/webhooks", response_model=WebhookPage, summary="List webhooks")
async def list_webhooks(session: SessionDep, admin: CurrentAdmin, page: PageParams) -> WebhookPage:
    """Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown."""
    result = await service.list_webhooks(session, admin, page.limit, page.cursor)
    return WebhookPage(
        items=[WebhookRead.of(webhook) for webhook in result.webhooks],
        next_cursor=result.next_cursor,
    )


@router.get("/webhooks/{webhook_id}", response_model=WebhookRead, summary="Get a webhook")
@raises(NotFound)
async def get_webhook(
    webhook_id: WebhookId, session: SessionDep, admin: CurrentAdmin
) -> WebhookRead:
    """One endpoint, without its secret (administrators; `admin` scope). The `Location` of
    a new webhook points here."""
    return WebhookRead.of(await service.get_webhook(session, admin, webhook_id))


@router.delete(
    "/webhooks/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a webhook"
)
@raises(NotFound)
async def delete_webhook(webhook_id: WebhookId, session: SessionDep, admin: CurrentAdmin) -> None:
    """Removes the endpoint and its deliveries (administrators; `admin` scope): nothing more
    is sent to it. Logged as `webhook.delete`."""
    await service.delete_webhook(session, admin, webhook_id)


@router.get(
    "/webhooks/{webhook_id}/deliveries",
    response_model=DeliveryPage,
    summary="List a webhook's deliveries",
)
@raises(NotFound)
async def list_webhook_deliveries(
    webhook_id: WebhookId, session: SessionDep, admin: CurrentAdmin, page: PageParams
) -> DeliveryPage:
    """The endpoint's deliveries, newest first, each with its status, attempts and the last
    response code (administrators; `admin` scope): where to look when a receiver missed
    events."""
    result = await service.list_deliveries(session, admin, webhook_id, page.limit, page.cursor)
    return DeliveryPage(
        items=[DeliveryRead.of(delivery) for delivery in result.deliveries],
        next_cursor=result.next_cursor,
    )


@router.post(
    "/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryRead,
    summary="Redeliver an event",
)
@raises(NotFound)
async def redeliver_webhook_delivery(
    webhook_id: WebhookId, delivery_id: DeliveryId, session: SessionDep, admin: CurrentAdmin
) -> DeliveryRead:
    """Sends the delivery again, whatever its state (administrators; `admin` scope): a
    fresh sequence of attempts and retry window, with the same event, data and
    `X-Village-Delivery` id, so a receiver that already has it can ignore it. Accepted now
    (202, `status: pending`), sent by the worker."""
    delivery = await service.redeliver(session, admin, webhook_id, delivery_id)
    return DeliveryRead.of(delivery)
