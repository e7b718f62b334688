"""Input rules shared by every domain.

PostgreSQL cannot store a NUL character in text, so one in any input would fail at the
database; it is refused at the edge instead, with a 422 that names the field.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, field_validator

NUL = "\x00"


def reject_nul(value: str) -> str:
    if NUL in value:
        raise ValueError("must not contain NUL characters")
    return value


# For path and query parameters that reach the database as text.
SafeStr = Annotated[str, AfterValidator(reject_nul)]


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
