"""Webhook rules: registering and removing endpoints (audited), reading their deliveries,
redelivering one, and the fan-out of a dispatched event into deliveries."""

from __future__ import annotations

import ipaddress
import string
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.config import Settings
from app.db import utcnow
from app.errors import Forbidden, NotFound, UnprocessableEntity
from app.events import PRIVATE_KINDS, Action, Audit, OutboxEvent, Target, emit
from app.pagination import decode_cursor, keyset_page
from app.webhooks import payloads, policy, ssrf
from app.webhooks.models import Webhook, WebhookDelivery
from app.webhooks.schemas import WebhookCreate
from app.worker import jobs


class InvalidWebhookUrl(UnprocessableEntity):
    slug, title = "invalid-webhook-url", "This URL cannot receive webhooks"
    advice = (
        "The `url` is not one a delivery can be POSTed to: it needs `http://` or "
        "`https://`, a host, no user name or password, a valid port, and only ASCII "
        "without spaces (an international domain in its `xn--` form). `detail` says which; "
        "fix the URL and send again."
    )


class WebhookTargetRefused(UnprocessableEntity):
    slug, title = "webhook-target-refused", "Webhooks may only reach public addresses"
    advice = (
        "The URL's host does not resolve, or resolves to a loopback, private, link-local or "
        "otherwise non-public address, which deliveries may not reach. Use a public host "
        "name; an operator may allow private targets with `WEBHOOK_ALLOW_PRIVATE=true`."
    )


@dataclass(frozen=True)
class TargetRules:
    allow_private: bool
    resolve_timeout: float

    @classmethod
    def from_settings(cls, settings: Settings) -> TargetRules:
        return cls(settings.webhook_allow_private, settings.webhook_connect_timeout_seconds)


def _require_admin(actor: User) -> None:
    if not policy.can_manage_webhooks(actor):
        raise Forbidden("Only administrators can manage webhooks.")


# Endpoints

_URL_LOC = ("body", "url")


def _host_and_port(url: str) -> tuple[str, int]:
    """The URL's host and port, if it is one a delivery can be POSTed to."""
    if not url.isascii() or any(c in string.whitespace or ord(c) < 32 for c in url):
        raise InvalidWebhookUrl(
            "The URL must be ASCII without spaces: write an international domain name in its "
            "xn-- form and percent-encode the path.",
            loc=_URL_LOC,
        )
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. brackets around something that is not an IPv6 address
        raise InvalidWebhookUrl("The URL is not valid.", loc=_URL_LOC) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidWebhookUrl("The URL needs http:// or https:// and a host.", loc=_URL_LOC)
    if parts.username is not None or parts.password is not None:
        raise InvalidWebhookUrl(
            "The URL may not carry credentials: the secret signs every delivery.", loc=_URL_LOC
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidWebhookUrl("The URL's port is not valid.", loc=_URL_LOC) from exc
    host = parts.hostname
    if "[" in parts.netloc:  # an IPv6 literal must be one
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError as exc:
            raise InvalidWebhookUrl("The URL's IPv6 address is not valid.", loc=_URL_LOC) from exc
    return host, port or (443 if parts.scheme == "https" else 80)


async def check_target(url: str, rules: TargetRules) -> None:
    """422 unless the URL is well formed and its host resolves to public addresses only."""
    host, port = _host_and_port(url)
    try:
        await ssrf.resolve(
            host, port, allow_private=rules.allow_private, seconds=rules.resolve_timeout
        )
    except ssrf.TargetRefused as exc:
        raise WebhookTargetRefused(
            f"Refused: {exc}. Webhooks may not reach this server's own network "
            "(WEBHOOK_ALLOW_PRIVATE=true allows it).",
            loc=_URL_LOC,
        ) from exc


async def create_webhook(
    session: AsyncSession, actor: User, data: WebhookCreate, rules: TargetRules
) -> Webhook:
    _require_admin(actor)
    await check_target(data.url, rules)
    webhook = Webhook(
        url=data.url,
        events=list(dict.fromkeys(kind.value for kind in data.events)),
        secret=data.secret,
        created_by_id=actor.id,
        created_at=utcnow(),
    )
    session.add(webhook)
    await session.flush()
    await emit(session, actor, audit=Audit(Action.webhook_create, Target.webhook, webhook.id))
    return webhook


async def get_webhook(session: AsyncSession, actor: User, webhook_id: int) -> Webhook:
    _require_admin(actor)
    webhook = await session.get(Webhook, webhook_id)
    if webhook is None:
        raise NotFound(f"There is no webhook {webhook_id}.")
    return webhook


@dataclass(frozen=True)
class WebhookPage:
    webhooks: list[Webhook]
    next_cursor: str | None


async def list_webhooks(
    session: AsyncSession, actor: User, limit: int, cursor: str | None
) -> WebhookPage:
    """Oldest first, keyset-paged on the id."""
    _require_admin(actor)
    statement = select(Webhook).order_by(Webhook.id).limit(limit + 1)
    if cursor is not None:
        (after,) = decode_cursor(cursor, (int,))
        statement = statement.where(Webhook.id > after)
    webhooks, next_cursor = keyset_page(
        list(await session.scalars(statement)), limit, lambda row: (row.id,)
    )
    return WebhookPage(webhooks, next_cursor)


async def delete_webhook(session: AsyncSession, actor: User, webhook_id: int) -> None:
    """Deletes the endpoint and its deliveries; an attempt in flight is not recorded."""
    _require_admin(actor)
    deleted = await session.scalar(
        delete(Webhook).where(Webhook.id == webhook_id).returning(Webhook.id)
    )
    if deleted is None:
        raise NotFound(f"There is no webhook {webhook_id}.")
    await emit(session, actor, audit=Audit(Action.webhook_delete, Target.webhook, webhook_id))


# Deliveries


@dataclass(frozen=True)
class DeliveryPage:
    deliveries: list[WebhookDelivery]
    next_cursor: str | None


async def list_deliveries(
    session: AsyncSession, actor: User, webhook_id: int, limit: int, cursor: str | None
) -> DeliveryPage:
    """Newest first, keyset-paged on the id (ix_webhook_deliveries_webhook)."""
    await get_webhook(session, actor, webhook_id)
    statement = (
        select(WebhookDelivery)
        .where(WebhookDelivery.webhook_id == webhook_id)
        .order_by(WebhookDelivery.id.desc())
        .limit(limit + 1)
    )
    if cursor is not None:
        (before,) = decode_cursor(cursor, (int,))
        statement = statement.where(WebhookDelivery.id < before)
    deliveries, next_cursor = keyset_page(
        list(await session.scalars(statement)), limit, lambda row: (row.id,)
    )
    return DeliveryPage(deliveries, next_cursor)


async def redeliver(
    session: AsyncSession, actor: User, webhook_id: int, delivery_id: int
) -> WebhookDelivery:
    """Starts the delivery's attempts afresh, whatever its state: the same event, the same
    stored data and X-Village-Delivery id, due now, with a new retry window."""
    _require_admin(actor)
    delivery = await session.scalar(
        select(WebhookDelivery)
        .where(WebhookDelivery.id == delivery_id, WebhookDelivery.webhook_id == webhook_id)
        .with_for_update()
    )
    if delivery is None:
        raise NotFound(f"There is no delivery {delivery_id} of webhook {webhook_id}.")
    jobs.restart(delivery)
    delivery.last_response_code = None
    await session.flush()
    return delivery


# Fan-out (a durable consumer: app/webhooks/handlers.py)

_SUBSCRIBERS = "village.webhooks"


async def _webhooks(session: AsyncSession) -> list[Webhook]:
    """Every webhook, read once per dispatching transaction (there are a handful)."""
    cached: list[Webhook] | None = session.info.get(_SUBSCRIBERS)
    if cached is None:
        cached = list(await session.scalars(select(Webhook).order_by(Webhook.id)))
        session.info[_SUBSCRIBERS] = cached
    return cached


async def fan_out(session: AsyncSession, event: OutboxEvent) -> None:
    """One delivery per webhook subscribed to the event's kind, with the data rendered now."""
    if event.kind in PRIVATE_KINDS:
        return
    subscribers = [hook for hook in await _webhooks(session) if event.kind in hook.events]
    if not subscribers:
        return
    data: dict[str, Any] = await payloads.render(session, event)
    now = utcnow()
    session.add_all(
        WebhookDelivery(
            webhook_id=hook.id,
            event_id=event.event_id,
            event_kind=event.kind,
            event_created_at=event.created_at,
            data=data,
            status=jobs.JobStatus.pending.value,
            attempts=0,
            created_at=now,
            sequence_started_at=now,
            next_attempt_at=now,
        )
        for hook in subscribers
    )
