"""Request and response bodies of the groups and meet-ups routes (API-community.md, "Meet-ups
and local groups"). The Meetup resource is presented in ONE place per viewer (the venue is
null for visitors; `my_rsvp` is the viewer's own answer)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StrictBool

from app.accounts.schemas import UserRef
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.models import Group, MeetupKind
from app.validation import OneLine, RequestBody, time_in_range

MAX_GROUP_DESCRIPTION_CHARS = 2_000
MAX_MEETUP_DESCRIPTION_CHARS = 5_000
MAX_VENUE_CHARS = 300
MAX_CAPACITY = 10_000

GroupSlug = Annotated[
    str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=50)
]
GroupName = Annotated[str, Field(min_length=3, max_length=80), OneLine]
Area = Annotated[str, Field(min_length=2, max_length=MAX_AREA_CHARS), OneLine]
MeetupTitle = Annotated[str, Field(min_length=3, max_length=200), OneLine]
Venue = Annotated[str, Field(min_length=2, max_length=MAX_VENUE_CHARS)]
Capacity = Annotated[int, Field(ge=1, le=MAX_CAPACITY)]
# A time with its UTC offset ("2026-12-03T10:00:00+00:00"): a time without one names no
# instant, so it is refused rather than guessed.
MeetupTime = Annotated[AwareDatetime, AfterValidator(time_in_range)]
RsvpAnswer = Literal["going", "maybe", "not_going"]
MyRsvpStatus = Literal["going", "maybe", "not_going", "pending"]


# Groups


class GroupRef(BaseModel):
    id: int
    slug: str
    name: str


class GroupRead(GroupRef):
    area: str
    description: str
    member_count: int
    # Whether the viewer is a member (false for visitors).
    is_member: bool

    @classmethod
    def present(cls, group: Group, is_member: bool) -> GroupRead:
        """The group as its viewer sees it (`is_member`: theirs; false for visitors)."""
        return cls(
            id=group.id,
            slug=group.slug,
            name=group.name,
            area=group.area,
            description=group.description,
            member_count=group.member_count,
            is_member=is_member,
        )


class GroupCreate(RequestBody):
    name: GroupName
    area: Area
    description: Annotated[str, Field(max_length=MAX_GROUP_DESCRIPTION_CHARS)] = ""
    # Made from the name when omitted (with a number added if that one is taken).
    slug: GroupSlug | None = None


class AreaRead(BaseModel):
    """An area in use, as first written, with how many groups and upcoming meet-ups it has."""

    area: str
    group_count: int
    meetup_count: int


# Meet-ups


class MyRsvp(BaseModel):
    status: MyRsvpStatus
    waitlisted: bool
    # 1 for the first on the waitlist; null when not waitlisted.
    position: int | None


class MeetupRead(BaseModel):
    id: int
    group: GroupRef | None
    title: str
    description: str
    kind: MeetupKind
    starts_at: datetime
    ends_at: datetime | None
    # The exact place: null for visitors (signed-in members only), who see `area`.
    venue: str | None
    area: str
    capacity: int | None
    going_count: int
    waitlist_count: int
    maybe_count: int
    # Answers waiting for the host's yes (shown to the host and moderators; else 0).
    pending_count: int
    my_rsvp: MyRsvp | None
    host: UserRef
    is_cancelled: bool
    requires_approval: bool
    thread_id: int
    created_at: datetime
    updated_at: datetime


class MeetupCreate(RequestBody):
    # Unknown fields are refused, `anonymous` among them: a meet-up needs a real host.
    model_config = ConfigDict(extra="forbid")

    group: GroupSlug | None = None
    title: MeetupTitle
    description: Annotated[str, Field(max_length=MAX_MEETUP_DESCRIPTION_CHARS)] = ""
    kind: MeetupKind
    starts_at: MeetupTime
    ends_at: MeetupTime | None = None
    venue: Venue
    area: Area
    capacity: Capacity | None = None
    requires_approval: StrictBool = False


class MeetupUpdate(RequestBody):
    """Any of a meet-up's fields; `capacity: null` removes the limit. Capacity below the
    number going is refused (409): nobody loses a place they were given."""

    title: MeetupTitle | None = None
    description: Annotated[str, Field(max_length=MAX_MEETUP_DESCRIPTION_CHARS)] | None = None
    kind: MeetupKind | None = None
    starts_at: MeetupTime | None = None
    ends_at: MeetupTime | None = None
    venue: Venue | None = None
    area: Area | None = None
    capacity: Capacity | None = None
    requires_approval: StrictBool | None = None


class MeetupCancel(RequestBody):
    """`POST /meetups/{id}/cancel`: the reason is told to those who answered."""

    model_config = ConfigDict(extra="forbid")

    reason: Annotated[str, Field(min_length=1, max_length=500), OneLine] | None = None


class RsvpUpdate(RequestBody):
    status: RsvpAnswer


class RsvpRead(BaseModel):
    """The caller's answer after `PUT /meetups/{id}/rsvp`: `pending` when the meet-up needs
    the host's yes; `waitlisted` with `position` when it is full."""

    status: MyRsvpStatus
    waitlisted: bool
    position: int | None


class AttendeeRead(BaseModel):
    """One answer, as the host and moderators see the list (`GET /meetups/{id}/rsvps`)."""

    user: UserRef
    status: MyRsvpStatus
    waitlisted: bool
    position: int | None
    created_at: datetime


class CalendarKeyRead(BaseModel):
    """The private calendar feed's address, shown once: it holds the key."""

    url: str
