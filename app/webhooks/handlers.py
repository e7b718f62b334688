"""Webhooks' part in background work, registered on import (app/domains.py): the durable
consumer that turns each dispatched event into deliveries, and the job queue that sends them."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.events import OutboxEvent
from app.events.dispatch import durable_consumer
from app.webhooks import service
from app.webhooks.delivery import DeliveryQueue
from app.worker.jobs import job_queue


@durable_consumer("webhooks")
async def create_deliveries(session: AsyncSession, event: OutboxEvent) -> None:
    await service.fan_out(session, event)


@job_queue
def delivery_queue(settings: Settings) -> DeliveryQueue:
    return DeliveryQueue(settings)
