"""Input rules shared by every domain.

PostgreSQL cannot store a NUL character in text, so one in any input would fail at the
database; it is refused at the edge instead, with a 422 that names the field. So are times
out of range (`ClientDateTime`) and booleans where an integer is due (`RequestBody`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from types import NoneType
from typing import Annotated, Any, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    ValidationInfo,
    field_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

NUL = "\x00"


def reject_nul(value: str) -> str:
    if NUL in value:
        raise ValueError("must not contain NUL characters")
    return value


# For path and query parameters that reach the database as text.
SafeStr = Annotated[str, AfterValidator(reject_nul)]


# Every time a client sends (in a body or a cursor) must be written with a year in
# 1970..9998. Any UTC offset then converts to UTC (year 1 at +14:00 or year 9999 at -14:00 has
# no UTC datetime at all, and answered 500) and both databases store the result. The rule is
# on the year as written, so a client can check it without converting. Nothing a forum dates
# lies outside. (JSON Schema has no bounds for a date-time; a `pattern` beside the format
# made schemathesis's generation flaky, so the OpenAPI document does not state it.)
EARLIEST_YEAR, LATEST_YEAR = 1970, 9998
EARLIEST_TIME = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC)  # excluded
TIME_RANGE_MESSAGE = f"must be in the years {EARLIEST_YEAR} to {LATEST_YEAR}"


def time_in_range(value: datetime) -> datetime:
    """`value`, unchanged, if its year (as written, whatever its offset) is in the range."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(TIME_RANGE_MESSAGE)
    return value


# The type of every datetime field of a request body.
ClientDateTime = Annotated[datetime, AfterValidator(time_in_range)]


def written_as_a_time(value: object) -> object:
    """Refuses a number where a time is expected: pydantic reads `0.5` as seconds since
    1970, but the contract (`format: date-time`) promises an ISO 8601 time."""
    if isinstance(value, int | float) or (
        isinstance(value, str) and value.strip().lstrip("+-").replace(".", "", 1).isdigit()
    ):
        raise ValueError("must be an ISO 8601 time, e.g. 2026-05-01T00:00:00Z")
    return value


# The type of a time in a query parameter: written as a time, with an offset checked by the
# route, in the years every client time must be.
QueryDateTime = Annotated[
    datetime, BeforeValidator(written_as_a_time), AfterValidator(time_in_range)
]


def _is_integer_type(annotation: Any) -> bool:
    """Whether a field holds an integer (or None): `int`, `int | None`, `Annotated[int, …]`."""
    kinds = {kind for kind in get_args(annotation) or (annotation,) if kind is not NoneType}
    if get_origin(annotation) is Annotated:
        kinds = {get_args(annotation)[0]}
    return bool(kinds) and all(
        kind is int or (get_origin(kind) is Annotated and get_args(kind)[0] is int)
        for kind in kinds
    )


class RequestBody(BaseModel):
    """Base of every request body: no string anywhere in it may hold a NUL, and an integer
    field takes an integer as JSON Schema has it (1, or 1.0), never `true`, `false` or "1",
    which lax pydantic takes for integers. The OpenAPI document still says `integer`."""

    @field_validator("*", mode="before")
    @classmethod
    def _integers_are_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, bool | str | bytes) and info.field_name in cls._integer_fields():
            raise PydanticCustomError("int_type", "Input should be a valid integer")
        return value

    @classmethod
    def _integer_fields(cls) -> frozenset[str]:
        fields: frozenset[str] | None = cls.__dict__.get("_integer_field_names")
        if fields is None:
            fields = frozenset(
                name
                for name, field in cls.model_fields.items()
                if _is_integer_type(field.annotation)
            )
            type.__setattr__(cls, "_integer_field_names", fields)
        return fields

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
