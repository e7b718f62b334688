"""Request and response bodies of the moderation routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.accounts.models import User
from app.accounts.schemas import UserRead, UserRef
from app.events import AuditEntry
from app.events.audit import AuditAction, AuditTarget
from app.forum.schemas import PostRead
from app.moderation.models import Flag, FlagReason, FlagStatus
from app.pagination import Page
from app.validation import ClientDateTime, HasText, OneLine, RequestBody

Note = Annotated[str, Field(min_length=1, max_length=500), HasText]
Reason = Annotated[str, Field(min_length=1, max_length=500), OneLine]


class FlagCreate(RequestBody):
    """A member's report of a post to the moderators."""

    # The rule below, in the schema too: a note is required when the reason is "other".
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"reason": {"const": "other"}}, "required": ["reason"]},
            "then": {"required": ["note"], "properties": {"note": {"type": "string"}}},
        }
    )

    reason: FlagReason = Field(examples=["spam"])
    note: Note | None = Field(
        default=None,
        description="What is wrong, in the reporter's words, for the moderators only. "
        "Required when `reason` is `other`.",
        examples=["Links to a shop in every reply."],
    )

    @model_validator(mode="after")
    def _other_needs_a_note(self) -> FlagCreate:
        if self.reason == FlagReason.other and not self.note:
            raise ValueError("a note is required when the reason is 'other'")
        return self


class FlagRead(BaseModel):
    """A report on a post. Seen only by the member who made it and by moderators."""

    id: int = Field(description="The report's id.", examples=[7])
    post_id: int = Field(description="The reported post's id.", examples=[1234])
    reason: FlagReason
    note: str | None = Field(description="The reporter's note, if they wrote one.")
    status: FlagStatus
    created_at: datetime = Field(description="When the report was made (UTC).")
    flagger: UserRef = Field(description="The member who made the report.")

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
    """The thread a queued post is in, so a reviewer sees its context without another call."""

    id: int = Field(description="The thread's id.", examples=[42])
    title: str = Field(description="The thread's title.", examples=["Sleep regression help"])


class QueueItemRead(BaseModel):
    """A post waiting for review, with its open reports. There is one item per post, so the
    item's `id` is the post's id: stable while the post waits, the key of a client's list,
    and the id that claiming, releasing and resolving take."""

    id: int = Field(
        description="The item's id, which is the reported post's id (one item per post).",
        examples=[1234],
    )
    post: PostRead = Field(
        description="The post as moderators see it: a hidden post's body, an anonymous "
        "post's author."
    )
    thread: QueueThread
    flags: list[FlagRead] = Field(description="The post's open reports, oldest first.")
    flag_count: int = Field(description="How many open reports the post has.", examples=[3])
    first_flagged_at: datetime = Field(
        description="When the first of the open reports was made (UTC): how long it waits."
    )
    claimed_by: UserRef | None = Field(
        description="The moderator working on it; null while nobody has claimed it."
    )


class QueueItemPage(Page[QueueItemRead]):
    """A page of the review queue: posts with a `safety` report first, then the longest
    waiting."""


class QueueCount(BaseModel):
    """How many posts wait in the review queue."""

    open: int = Field(description="Posts with open reports waiting for a moderator.", examples=[4])


ResolveAction = Literal["dismiss", "hide", "delete"]


class ResolveRequest(RequestBody):
    """A moderator's verdict on a queued post's reports."""

    action: ResolveAction = Field(
        description="`dismiss`: the post stays (and shows again if reports hid it), its "
        "reports are dismissed. `hide`: the post is hidden, `note` (or a standard text) as "
        "its `hidden_reason`. `delete`: the post is deleted. Both uphold the reports.",
        examples=["hide"],
    )
    note: Note | None = Field(
        default=None,
        description="Why, for the moderation log; with `hide`, also the hidden reason readers see.",
        examples=["Advertising."],
    )


class HideRequest(RequestBody):
    """Why a moderator hides a post."""

    reason: Reason = Field(
        description="Shown to readers as the post's `hidden_reason`.",
        examples=["Personal details of another member."],
    )


class SuspensionRequest(RequestBody):
    """A suspension to put on a member (or to replace the one they have)."""

    until: ClientDateTime = Field(
        description="When the suspension ends: a future time with a UTC offset (ISO 8601).",
        examples=["2026-12-01T12:00:00Z"],
    )
    reason: Reason = Field(
        description="The moderator's words to the member, shown to them while suspended.",
        examples=["Repeated personal attacks after a warning."],
    )

    @model_validator(mode="after")
    def _aware(self) -> SuspensionRequest:
        if self.until.tzinfo is None:
            raise ValueError("until needs a UTC offset, e.g. 2026-12-01T12:00:00Z")
        return self


class MemberSuspension(BaseModel):
    """A member's suspension: until when, and why. While it lasts, the member reads but
    every write answers 403 `suspended`."""

    until: datetime = Field(description="When the suspension ends (UTC).")
    reason: str | None = Field(
        description="The moderator's words to the member.",
        examples=["Repeated personal attacks after a warning."],
    )

    @classmethod
    def of(cls, user: User) -> MemberSuspension:
        assert user.suspended_until is not None
        return cls(until=user.suspended_until, reason=user.suspension_reason)


class SuspendedMember(UserRead):
    """The member's public profile, as `GET /users/{username}` answers it, with the
    suspension just put on them."""

    suspension: MemberSuspension

    @classmethod
    def of(cls, user: User) -> SuspendedMember:
        profile = UserRead.model_validate(user)
        return cls(**profile.model_dump(), suspension=MemberSuspension.of(user))


class WarningCreate(RequestBody):
    """A warning to a member, which they see at `GET /me/warnings`."""

    reason: Annotated[str, Field(min_length=1, max_length=1000), HasText] = Field(
        description="What the member did and what should change; the member reads it.",
        examples=["Please keep replies about the topic, not about the person."],
    )


class WarningRead(BaseModel):
    """A warning a moderator gave a member."""

    id: int = Field(description="The warning's id.", examples=[3])
    reason: str = Field(description="The moderator's words to the member.")
    created_at: datetime = Field(description="When it was given (UTC).")
    moderator: UserRef = Field(description="The moderator who gave it.")


class NoteCreate(RequestBody):
    """A moderators' note about a member."""

    body: Annotated[str, Field(min_length=1, max_length=5000), HasText] = Field(
        description="Plain text for other moderators; the member never sees it (not even "
        "in their data export).",
        examples=["Talked to them in private: going through a hard time."],
    )


class NoteRead(BaseModel):
    """A note moderators keep about a member; never shown to the member."""

    id: int = Field(description="The note's id.", examples=[5])
    body: str = Field(description="The note, as plain text.")
    author: UserRef = Field(description="The moderator who wrote it.")
    created_at: datetime = Field(description="When it was written (UTC).")


class AuditEntryRead(BaseModel):
    """One entry of the moderation log: who did what to what. Entries are never changed or
    removed."""

    id: int = Field(description="The entry's id; later entries have larger ids.", examples=[98])
    actor: UserRef | None = Field(
        description="Who acted; null for an automatic action (e.g. `post.auto_hide`)."
    )
    action: AuditAction = Field(examples=["post.hide"])
    target_type: AuditTarget = Field(examples=["post"])
    target_id: int = Field(description="The id of the target, of kind `target_type`.")
    target_label: str = Field(
        description='A human name for the target: a thread\'s title, "post 12 in “Title”" '
        '(its number in the thread), "report 7 on post 12 in “Title”", a username, a '
        "category's name.",
        examples=["post 12 in “Sleep regression help”"],
    )
    note: str | None = Field(
        description="What the actor gave as a reason, or the action's details (a "
        "suspension's end and reason, a review's verdict)."
    )
    created_at: datetime = Field(description="When it happened (UTC).")

    @classmethod
    def of(cls, entry: AuditEntry, target_label: str) -> AuditEntryRead:
        return cls(
            id=entry.id,
            actor=UserRef.model_validate(entry.actor) if entry.actor is not None else None,
            action=AuditAction(entry.action),
            target_type=AuditTarget(entry.target_type),
            target_id=entry.target_id,
            target_label=target_label,
            note=entry.note,
            created_at=entry.created_at,
        )


class AuditEntryPage(Page[AuditEntryRead]):
    """A page of the moderation log, newest entry first."""
