"""Request and response bodies of the moderation routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.accounts.schemas import UserRef
from app.events import AuditEntry
from app.forum.schemas import PostRead
from app.moderation.models import Flag, FlagReason, FlagStatus
from app.validation import ClientDateTime, HasText, OneLine, RequestBody

Note = Annotated[str, Field(min_length=1, max_length=500), HasText]
Reason = Annotated[str, Field(min_length=1, max_length=500), OneLine]


class FlagCreate(RequestBody):
    # The rule below, in the schema too: a note is required when the reason is "other".
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"reason": {"const": "other"}}, "required": ["reason"]},
            "then": {"required": ["note"], "properties": {"note": {"type": "string"}}},
        }
    )

    reason: FlagReason
    note: Note | None = None

    @model_validator(mode="after")
    def _other_needs_a_note(self) -> FlagCreate:
        if self.reason == FlagReason.other and not self.note:
            raise ValueError("a note is required when the reason is 'other'")
        return self


class FlagRead(BaseModel):
    id: int
    post_id: int
    reason: FlagReason
    note: str | None
    status: FlagStatus
    created_at: datetime
    flagger: UserRef

    @classmethod
    def of(cls, flag: Flag) -> FlagRead:
        return cls(
            id=flag.id,
            post_id=flag.post_id,
            reason=FlagReason(flag.reason),
            note=flag.note,
            status=FlagStatus(flag.status),
            created_at=flag.created_at,
            flagger=UserRef.model_validate(flag.flagger),
        )


class QueueThread(BaseModel):
    id: int
    title: str


class QueueItemRead(BaseModel):
    post: PostRead
    thread: QueueThread
    flags: list[FlagRead]
    flag_count: int
    first_flagged_at: datetime
    claimed_by: UserRef | None


class QueueCount(BaseModel):
    open: int = Field(description="Posts with open reports waiting for a moderator.")


ResolveAction = Literal["dismiss", "hide", "delete"]


class ResolveRequest(RequestBody):
    action: ResolveAction
    note: Note | None = None


class HideRequest(RequestBody):
    reason: Reason


class SuspensionRequest(RequestBody):
    until: ClientDateTime = Field(description="When the suspension ends (ISO-8601 with an offset).")
    reason: Reason

    @model_validator(mode="after")
    def _aware(self) -> SuspensionRequest:
        if self.until.tzinfo is None:
            raise ValueError("until needs a UTC offset, e.g. 2026-12-01T12:00:00Z")
        return self


class SuspensionRead(BaseModel):
    until: datetime
    reason: str | None


class WarningCreate(RequestBody):
    reason: Annotated[str, Field(min_length=1, max_length=1000), HasText]


class WarningRead(BaseModel):
    id: int
    reason: str
    created_at: datetime
    moderator: UserRef


class NoteCreate(RequestBody):
    body: Annotated[str, Field(min_length=1, max_length=5000), HasText]


class NoteRead(BaseModel):
    id: int
    body: str
    author: UserRef
    created_at: datetime


class AuditEntryRead(BaseModel):
    id: int
    actor: UserRef | None
    action: str
    target_type: str
    target_id: int
    target_label: str = Field(
        description='A human name for the target: a thread\'s title, "post 12 in “Title”" '
        '(its number in the thread), "report 7 on post 12 in “Title”", a username, a '
        "category's name."
    )
    note: str | None
    created_at: datetime

    @classmethod
    def of(cls, entry: AuditEntry, target_label: str) -> AuditEntryRead:
        return cls(
            id=entry.id,
            actor=UserRef.model_validate(entry.actor) if entry.actor is not None else None,
            action=entry.action,
            target_type=entry.target_type,
            target_id=entry.target_id,
            target_label=target_label,
            note=entry.note,
            created_at=entry.created_at,
        )
