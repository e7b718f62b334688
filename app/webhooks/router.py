"""HTTP layer of webhooks (administrators only): parse, call the service, shape the response."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from app.db import SessionDep
from app.deps import AppSettings, CurrentAdmin, PageParams, ResourceId
from app.http import API_PREFIX
from app.idempotency import IdempotencyDep
from app.pagination import Page
from app.webhooks import service
from app.webhooks.schemas import DeliveryRead, WebhookCreate, WebhookRead

router = APIRouter(tags=["webhooks"])


async def _target_rules(settings: AppSettings) -> service.TargetRules:
    return service.TargetRules.from_settings(settings)


TargetRules = Annotated[service.TargetRules, Depends(_target_rules)]


@router.post("/webhooks", status_code=status.HTTP_201_CREATED, response_model=WebhookRead)
async def create_webhook(
    data: WebhookCreate,
    session: SessionDep,
    admin: CurrentAdmin,
    rules: TargetRules,
    idempotency: IdempotencyDep,
) -> Response:
    """Register an endpoint for the given event kinds. Every delivery is a POST signed with
    `secret` (`X-Village-Signature: sha256=<hex HMAC-SHA256 of the body>`). A URL whose host
    resolves to a loopback, private or link-local address is refused (422)."""
    webhook = await service.create_webhook(session, admin, data, rules)
    return await idempotency.respond(
        session, WebhookRead.of(webhook), location=f"{API_PREFIX}/webhooks/{webhook.id}"
    )


@router.get("/webhooks", response_model=Page[WebhookRead])
async def list_webhooks(
    session: SessionDep, admin: CurrentAdmin, page: PageParams
) -> Page[WebhookRead]:
    result = await service.list_webhooks(session, admin, page.limit, page.cursor)
    return Page[WebhookRead](
        items=[WebhookRead.of(webhook) for webhook in result.webhooks],
        next_cursor=result.next_cursor,
    )


@router.get("/webhooks/{webhook_id}", response_model=WebhookRead)
async def get_webhook(
    webhook_id: ResourceId, session: SessionDep, admin: CurrentAdmin
) -> WebhookRead:
    """One endpoint (the `Location` of a new webhook points here)."""
    return WebhookRead.of(await service.get_webhook(session, admin, webhook_id))


@router.delete("/webhooks/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_webhook(webhook_id: ResourceId, session: SessionDep, admin: CurrentAdmin) -> None:
    """Remove the endpoint and its deliveries; nothing more is sent to it."""
    await service.delete_webhook(session, admin, webhook_id)


@router.get("/webhooks/{webhook_id}/deliveries", response_model=Page[DeliveryRead])
async def list_deliveries(
    webhook_id: ResourceId, session: SessionDep, admin: CurrentAdmin, page: PageParams
) -> Page[DeliveryRead]:
    """The endpoint's deliveries, newest first: status, attempts, the last response code."""
    result = await service.list_deliveries(session, admin, webhook_id, page.limit, page.cursor)
    return Page[DeliveryRead](
        items=[DeliveryRead.of(delivery) for delivery in result.deliveries],
        next_cursor=result.next_cursor,
    )


@router.post(
    "/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryRead,
)
async def redeliver(
    webhook_id: ResourceId, delivery_id: ResourceId, session: SessionDep, admin: CurrentAdmin
) -> DeliveryRead:
    """Send the delivery again: a fresh sequence of attempts (and retry window) with the same
    event, data and `X-Village-Delivery` id. Accepted now, sent by the worker."""
    delivery = await service.redeliver(session, admin, webhook_id, delivery_id)
    return DeliveryRead.of(delivery)
