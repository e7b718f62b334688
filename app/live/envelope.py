"""What travels from a commit to the streams: an outbox event's id, kind, thread and payload
(ids and facts only; what a viewer may see is decided when it is shown).

Thread events are routed by their thread; `notification.created` (the worker's one event
per fan-out) by the members in its payload, whatever thread it may name."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from app.events import EventKind, OutboxEvent

logger = logging.getLogger(__name__)

NOTIFICATION = EventKind.notification_created.value


@dataclass(frozen=True, slots=True)
class Envelope:
    id: int
    kind: str
    thread_id: int | None
    payload: dict[str, Any]

    @classmethod
    def of(cls, row: OutboxEvent) -> Envelope | None:
        """The envelope of a committed outbox row; None for events no stream shows (a
        member's own affairs other than notifications)."""
        if row.thread_id is None and row.kind != NOTIFICATION:
            return None
        return cls(row.id, row.kind, row.thread_id, row.payload)

    @property
    def for_members(self) -> bool:
        """Routed to members' notification streams rather than to a thread's."""
        return self.kind == NOTIFICATION

    def recipients(self) -> list[tuple[int, int]]:
        """(user id, notification id) pairs of a `notification.created`; a malformed payload
        yields none."""
        users = self.payload.get("user_ids")
        notifications = self.payload.get("notification_ids")
        if not isinstance(users, list) or not isinstance(notifications, list):
            return []
        return [
            (user_id, notification_id)
            for user_id, notification_id in zip(users, notifications, strict=False)
            if isinstance(user_id, int) and isinstance(notification_id, int)
        ]


def encode(envelopes: list[Envelope]) -> bytes:
    """One pub/sub message: the envelopes of one commit, as a JSON list."""
    return json.dumps(
        [[e.id, e.kind, e.thread_id, e.payload] for e in envelopes], separators=(",", ":")
    ).encode()


def decode(message: bytes | str) -> list[Envelope]:
    """The envelopes of a pub/sub message; a malformed one is logged and yields none."""
    try:
        items = json.loads(message)
        return [
            Envelope(
                int(event_id),
                str(kind),
                None if thread_id is None else int(thread_id),
                dict(payload),
            )
            for event_id, kind, thread_id, payload in items
        ]
    except (ValueError, TypeError) as error:
        logger.warning("a live event message could not be read (%s)", type(error).__name__)
        return []
