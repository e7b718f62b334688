"""The Notification resource (API-community.md, "Reading state, subscriptions,
notifications"), the same in GET /notifications and in the live `notification.created`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.accounts.schemas import UserRef
from app.db import MAX_ID
from app.notifications.models import NotificationKind
from app.pagination import Page
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
    """The thread a notification is about, while it is there for everyone."""

    id: int = Field(description="The thread's id.", examples=[42])
    title: str = Field(description="The thread's title as it is now.", examples=["Night feeds"])


class NotificationPost(BaseModel):
    """The post a notification is about: link to it as the thread's post `number`."""

    id: int = Field(description="The post's id.", examples=[314])
    number: int = Field(
        description="The post's place in its thread (1 is the opening post): "
        "`GET /threads/{thread_id}/posts?from_number=` it starts a page at it.",
        examples=[7],
    )


class NotificationRead(BaseModel):
    """Something that happened that concerns you: a reply, mention or quote of yours, a new
    post in a thread you watch, a moderation decision about your post or report, or news of
    a meet-up you answered. It names the thread and post (never a post's words), and who
    did it while that can be told; it stays listed if the post is later hidden or deleted."""

    id: int = Field(
        description="The notification's id; ids grow, so a newer notification has a larger "
        "one (the live stream's `id:` for `notification.created`).",
        examples=[1207],
    )
    kind: NotificationKind = Field(
        description="`reply` (to your post), `mention` (@you), `quote` (of your post), "
        "`watching` (a new post in a thread you watch), `moderation` (see `action`), "
        "`meetup` (see `action` and `meetup_id`).",
        examples=["reply"],
    )
    created_at: datetime = Field(description="When it happened (UTC).")
    read_at: datetime | None = Field(
        description="When you marked it read; `null` while unread.", examples=[None]
    )
    thread: NotificationThread | None = Field(
        description="The thread (for `meetup`, the meet-up's discussion); `null` once the "
        "thread is deleted."
    )
    post: NotificationPost | None = Field(
        description="The post; `null` once the thread is deleted, and for `meetup` "
        "notifications (they are about the meet-up, not a post)."
    )
    actor: UserRef | None = Field(
        description="Who did it; `null` for an anonymous post (see `anonymous_label`), for "
        "moderation (moderators act as a body, never named), for meet-up news no member made "
        "(a promotion, a reminder) or a moderator did, and for a member who has left."
    )
    anonymous_label: str | None = Field(
        description="The anonymous author's pseudonym in that thread, when `actor` is null "
        "because the post is anonymous; show it instead of a name. It never reveals who "
        "wrote the post. `null` otherwise.",
        examples=["Anonymous 2"],
    )
    action: NotificationAction | None = Field(
        description="For `moderation`: `hidden`, `restored` or `deleted` (your post) or "
        "`flag_resolved` (your report). For `meetup`: `changed`, `cancelled`, `promoted` "
        "(off the waitlist, you are going), `approved` (the host said yes) or `reminder` "
        "(it is within a day). `null` for other kinds.",
        examples=["hidden"],
    )
    reason: str | None = Field(
        description="The reason given with `action`: a moderator's, or the host's for a "
        "cancelled meet-up. Plain text; `null` when none was given.",
        examples=["Personal details of another member."],
    )
    meetup_id: int | None = Field(
        description="A `meetup` notification's meet-up (`thread` is its discussion); "
        "`null` for other kinds.",
        examples=[None],
    )


class NotificationPage(Page[NotificationRead]):
    """A page of your notifications, newest first."""


class UnreadCount(BaseModel):
    """How many of your notifications are unread."""

    count: int = Field(description="The exact number of unread notifications.", examples=[3])


class MarkReadIds(RequestBody):
    """`{"ids": [...]}`: marks those of your notifications read."""

    model_config = ConfigDict(extra="forbid")

    ids: Annotated[
        list[Annotated[int, Field(ge=1, le=MAX_ID)]],
        Field(
            max_length=MAX_READ_IDS,
            description=f"Up to {MAX_READ_IDS} notification ids to mark read. Ids that are not "
            "yours, or no longer exist, are ignored without an error.",
            examples=[[1207, 1206]],
        ),
    ]


class MarkReadAll(RequestBody):
    """`{"all": true}`: marks every one of your notifications read."""

    model_config = ConfigDict(extra="forbid")

    all: Literal[True] = Field(
        description="`true`: every notification of yours, unread until now, is marked read.",
        examples=[True],
    )


# One or the other, never both: the OpenAPI document says so (anyOf of closed objects), so a
# client generated from it cannot send an ambiguous body.
MarkRead = MarkReadIds | MarkReadAll
