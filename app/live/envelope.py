"""What travels from a commit to the streams: an outbox event's id, kind, thread and payload
(ids and facts only; what a viewer may see is decided when it is shown)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from app.events import OutboxEvent

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Envelope:
    id: int
    kind: str
    thread_id: int
    payload: dict[str, Any]

    @classmethod
    def of(cls, row: OutboxEvent) -> Envelope | None:
        """The envelope of a committed outbox row; None for events of no thread (users')."""
        if row.thread_id is None:
            return None
        return cls(row.id, row.kind, row.thread_id, row.payload)


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
            Envelope(int(event_id), str(kind), int(thread_id), dict(payload))
            for event_id, kind, thread_id, payload in items
        ]
    except (ValueError, TypeError) as error:
        logger.warning("a live event message could not be read (%s)", type(error).__name__)
        return []
