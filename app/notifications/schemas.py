"""The Notification resource (API-community.md, "Reading state, subscriptions,
notifications"), the same in GET /notifications and in the live `notification.created`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.accounts.schemas import UserRef
from app.db import MAX_ID
from app.notifications.models import NotificationKind
from app.validation import RequestBody

MAX_READ_IDS = 100
# Moderation: what happened to your post or report. Meet-ups (`meetup` notifications): one
# you answered changed or was cancelled, you moved off its waitlist (`promoted`), the host
# said yes (`approved`), or it is within a day (`reminder`).
NotificationAction = Literal[
    "hidden",
    "restored",
    "deleted",
    "flag_resolved",
    "changed",
    "cancelled",
    "promoted",
    "approved",
    "reminder",
]


class NotificationThread(BaseModel):
    id: int
    title: str


class NotificationPost(BaseModel):
    id: int
    number: int


class NotificationRead(BaseModel):
    id: int
    kind: NotificationKind
    created_at: datetime
    read_at: datetime | None
    thread: NotificationThread | None
    post: NotificationPost | None
    # Who did it; null for an anonymous post (see `anonymous_label`) and for moderation.
    actor: UserRef | None
    # The anonymous author's pseudonym in that thread ("Anonymous 2"), when `actor` is null
    # because the post is anonymous.
    anonymous_label: str | None
    # Moderation and meet-up notifications: what happened, and the reason given (a
    # moderator's, or the host's for a cancelled meet-up).
    action: NotificationAction | None
    reason: str | None
    # A `meetup` notification's meet-up (`thread` is its discussion); else null.
    meetup_id: int | None


class UnreadCount(BaseModel):
    count: int


class MarkReadIds(RequestBody):
    """`{"ids": [...]}`: marks those read (the caller's own; others' ids are ignored)."""

    model_config = ConfigDict(extra="forbid")

    ids: Annotated[list[Annotated[int, Field(ge=1, le=MAX_ID)]], Field(max_length=MAX_READ_IDS)]


class MarkReadAll(RequestBody):
    """`{"all": true}`: marks every notification of the caller's read."""

    model_config = ConfigDict(extra="forbid")

    all: Literal[True]


# One or the other, never both: the OpenAPI document says so (anyOf of closed objects), so a
# client generated from it cannot send an ambiguous body.
MarkRead = MarkReadIds | MarkReadAll
