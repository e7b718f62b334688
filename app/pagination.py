"""Keyset pagination: opaque cursors that carry the sort key of the last item seen.

A list fetches one row more than the page (`limit + 1`): `keyset_page` trims it and, when
there was one, makes the cursor of the next page from the last item kept.

A cursor is URL-safe base64 of a small JSON list; nothing in it is trusted beyond its shape,
and a time in it must have a UTC offset and lie in the range every client time must
(app/validation.py).
"""

from __future__ import annotations

import binascii
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field
from pydantic_core import to_json

from app import base64url
from app.db import MAX_ID
from app.errors import InvalidCursor
from app.validation import time_in_range

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a keyset-paged list. Each list names its own subclass
    (`class ThreadPage(Page[ThreadRead])`), which is its name in the OpenAPI document and
    in generated clients (`Page[ThreadRead]` alone would be `Page_ThreadRead_`)."""

    items: list[T] = Field(description="This page's items, in the list's order.")
    next_cursor: str | None = Field(
        description="Pass it as `cursor` to get the next page; `null` on the last page. "
        "Opaque: its contents may change between versions."
    )


def page_json(items: list[dict[str, Any]], next_cursor: str | None) -> bytes:
    """A `Page` as JSON bytes, from items already in plain JSON types (e.g. `post_json`):
    hot pages skip building and validating a model per item. pydantic-core writes the
    bytes, so datetimes and enums come out as a model would write them."""
    return to_json({"items": items, "next_cursor": next_cursor})


CursorValue = int | str | bool | datetime | None


def keyset_page(
    rows: Sequence[T], limit: int, key: Callable[[T], tuple[CursorValue, ...]]
) -> tuple[list[T], str | None]:
    """(the page, the next page's cursor or None) from `rows` fetched with `limit + 1`;
    `key` gives an item's sort key, in the order `decode_cursor` reads it back."""
    items = list(rows[:limit])
    if len(rows) <= limit:
        return items, None
    return items, encode_cursor(*key(items[-1]))


def encode_cursor(*values: CursorValue) -> str:
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    raw = json.dumps(plain, separators=(",", ":")).encode()
    return base64url.encode(raw)


def decode_cursor(cursor: str, shape: tuple[type, ...]) -> tuple[CursorValue, ...]:
    """Decodes a cursor whose values must have the given types (datetime from ISO text)."""
    try:
        raw = base64url.decode(cursor)
        values = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursor("The cursor is not one this server issued.") from exc
    if not isinstance(values, list) or len(values) != len(shape):
        raise InvalidCursor("The cursor is not one this server issued.")
    decoded: list[CursorValue] = []
    for value, kind in zip(values, shape, strict=True):
        decoded.append(_typed(value, kind))
    return tuple(decoded)


def _typed(value: object, kind: type) -> CursorValue:
    if kind is datetime and isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is not None:
                return time_in_range(parsed)
        except ValueError:
            pass
    elif kind is bool and isinstance(value, bool):
        return value
    elif kind is int and isinstance(value, int) and not isinstance(value, bool):
        if abs(value) <= MAX_ID:
            return value
    elif kind is str and isinstance(value, str):
        return value
    raise InvalidCursor("The cursor is not one this server issued.")
