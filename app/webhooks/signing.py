"""What a delivery sends: the JSON body, its HMAC signature and the headers.

The body carries the send time (`timestamp`, Unix seconds) inside the signed bytes, so a
receiver can refuse a replayed request; `id` (also `X-Village-Delivery`) is the event's
stable id, the same on every attempt and redelivery, for de-duplication.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

from pydantic_core import to_jsonable_python

USER_AGENT = "Village-Webhooks/1"


def body(
    *, event_id: str, kind: str, created_at: datetime, data: dict[str, Any], timestamp: int
) -> bytes:
    document = {
        "id": event_id,
        "event": kind,
        "created_at": to_jsonable_python(created_at),
        "timestamp": timestamp,
        "data": data,
    }
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def signature(secret: str, payload: bytes) -> str:
    """`sha256=` and the hex HMAC-SHA256 of the exact body bytes, keyed with the secret."""
    return "sha256=" + hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def headers(*, kind: str, event_id: str, secret: str, payload: bytes) -> list[tuple[str, str]]:
    return [
        ("Content-Type", "application/json"),
        ("User-Agent", USER_AGENT),
        ("X-Village-Event", kind),
        ("X-Village-Delivery", event_id),
        ("X-Village-Signature", signature(secret, payload)),
    ]
