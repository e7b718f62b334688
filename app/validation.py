"""Input rules shared by every domain.

PostgreSQL cannot store a NUL character in text, so one in any input would fail at the
database; it is refused at the edge instead, with a 422 that names the field. So are times
out of range (`ClientDateTime`) and booleans where an integer is due (`StrictInt`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    Strict,
    field_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

NUL = "\x00"


def reject_nul(value: str) -> str:
    if NUL in value:
        raise ValueError("must not contain NUL characters")
    return value


# For path and query parameters that reach the database as text.
SafeStr = Annotated[str, AfterValidator(reject_nul)]


# Every time a client sends (in a body or a cursor) must lie, converted to UTC, in years
# 1970..9998: both databases store those, and Python converts any UTC offset within them
# (year 1 at +14:00 or year 9999 at -14:00 has no UTC datetime at all), with room to add a
# duration. Nothing a forum dates lies outside.
EARLIEST_TIME = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(9999, 1, 1, tzinfo=UTC)  # excluded
TIME_RANGE_MESSAGE = "must be between 1970-01-01 and 9998-12-31 (UTC)"


def time_in_range(value: datetime) -> datetime:
    """`value`, unchanged, if it lies in the range; a naive one is judged as if UTC."""
    try:
        utc = value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
    except OverflowError:
        raise ValueError(TIME_RANGE_MESSAGE) from None
    if not EARLIEST_TIME <= utc < LATEST_TIME:
        raise ValueError(TIME_RANGE_MESSAGE)
    return value


# The type of every datetime field of a request body.
ClientDateTime = Annotated[datetime, AfterValidator(time_in_range)]

# The type of every integer field of a request body: JSON `true` is not 1. (Lax pydantic takes
# booleans, and numeric strings, as integers.) The OpenAPI document still says `integer`.
StrictInt = Annotated[int, Strict()]


class RequestBody(BaseModel):
    """Base of every request body: no string anywhere in it may hold a NUL."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        if isinstance(value, str):
            reject_nul(value)
        elif isinstance(value, list | tuple | set):
            for item in value:
                if isinstance(item, str):
                    reject_nul(item)
        return value


# White space as both Python's `re` and ECMAScript (JSON Schema) regexes see it, spelled out
# because `\s` and `\S` differ between them. The patterns below go into the OpenAPI document,
# so a client's own validation agrees with the server's.
_SPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_NON_SPACE = f"[^{_SPACE}]"
HAS_TEXT = _NON_SPACE
ONE_LINE = rf"^{_NON_SPACE}(?:[^\n\r\u2028\u2029]*{_NON_SPACE})?$"


@dataclass(frozen=True)
class Matches:
    """A regex rule that pydantic enforces with a readable message and that the OpenAPI
    document states as `pattern`, so clients validate exactly as the server does."""

    pattern: str
    message: str

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        compiled = re.compile(self.pattern)

        def check(value: str) -> str:
            if not compiled.search(value):
                raise ValueError(self.message)
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["pattern"] = self.pattern
        return json_schema


# Multi-line text (Markdown bodies, notes): not only white space.
HasText = Matches(HAS_TEXT, "must contain more than white space")
# One line (titles, names, reasons): no line breaks, no white space at either end.
OneLine = Matches(ONE_LINE, "must be one line, without spaces at the start or end")
