"""Request and response bodies of the groups and meet-ups routes (API-community.md, "Meet-ups
and local groups"). The Meetup resource is presented in ONE place per viewer (the venue is
null for visitors; `my_rsvp` is the viewer's own answer)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import Path
from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StrictBool

from app.accounts.schemas import UserRef
from app.db import MAX_ID
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.models import Group, MeetupKind
from app.pagination import Page
from app.validation import OneLine, RequestBody, reject_nul, time_in_range

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

# Path parameters of the meet-ups' and groups' routes.
MeetupId = Annotated[int, Path(ge=1, le=MAX_ID, description="The meet-up's id.", examples=[12])]
GroupSlugPath = Annotated[
    str,
    Path(max_length=64, description="The group's slug.", examples=["leeds-north-mums"]),
    AfterValidator(reject_nul),
]


# Groups


class GroupRef(BaseModel):
    """A local group as a meet-up names it."""

    id: int = Field(description="The group's id; it never changes.", examples=[5])
    slug: str = Field(
        description="Its name in addresses and filters (`/groups/{slug}`, "
        "`GET /meetups?group=`, `GET /threads?group=`): lower-case letters, digits and single "
        "hyphens.",
        examples=["leeds-north-mums"],
    )
    name: str = Field(description="The name to show.", examples=["Leeds North mums"])


class GroupRead(GroupRef):
    """A local group: parents of one area who meet and talk. Groups are open: any member
    may join, and joining is how a member follows one. Its threads are `GET /threads?group=`,
    its meet-ups `GET /meetups?group=`."""

    area: str = Field(
        description="Where it meets, as its creator wrote it (white space tidied); groups "
        "are filtered by a prefix of it, in any case and spacing.",
        examples=["Leeds North"],
    )
    description: str = Field(
        description="Plain text from its creator (not HTML; may be empty).",
        examples=["Toddler mornings and coffee in Chapel Allerton."],
    )
    member_count: int = Field(description="Its members, its creator included.", examples=[34])
    is_member: bool = Field(
        description="The signed-in viewer is a member (false for guests).", examples=[True]
    )

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
    """A new local group. Its slug is shared with the forum's categories: one taken by
    either is refused."""

    name: GroupName = Field(
        description="The name to show, one line.", examples=["Leeds North mums"]
    )
    area: Area = Field(
        description="Where it meets (a town, a district), one line.", examples=["Leeds North"]
    )
    description: Annotated[str, Field(max_length=MAX_GROUP_DESCRIPTION_CHARS)] = Field(
        "", description="Plain text shown with the group.", examples=["Toddler mornings."]
    )
    slug: GroupSlug | None = Field(
        None,
        description="Its address; made from the name when omitted (with `-2`, `-3`… added "
        "when that one is taken). One given that is taken is 409 `group-exists`.",
        examples=["leeds-north-mums"],
    )


class GroupPage(Page[GroupRead]):
    """A page of local groups, by area, then slug."""


class AreaRead(BaseModel):
    """An area in use, as first written, with how many groups and upcoming meet-ups it has."""

    area: str = Field(
        description="The area as first written; pass it (or a prefix) as `area` to "
        "`GET /groups` and `GET /meetups`.",
        examples=["Leeds North"],
    )
    group_count: int = Field(description="Local groups in this area.", examples=[2])
    meetup_count: int = Field(
        description="Upcoming meet-ups in this area (not cancelled, not hidden).", examples=[5]
    )


# Meet-ups

_RSVP_STATUS = (
    "`going`, `maybe`, `not_going`, or `pending`: asked to go, waiting for the host's yes "
    "(`requires_approval`)."
)
_WAITLISTED = (
    "Going, but on the waitlist: the meet-up was full. Moves to a place, in arrival order, "
    "when one frees (the member is notified)."
)
_POSITION = "1 for the first on the waitlist; null when not waitlisted."


class MyRsvp(BaseModel):
    """The signed-in viewer's own answer to a meet-up."""

    status: MyRsvpStatus = Field(description=_RSVP_STATUS, examples=["going"])
    waitlisted: bool = Field(description=_WAITLISTED, examples=[False])
    position: int | None = Field(description=_POSITION, examples=[None])


class MeetupRead(BaseModel):
    """A meet-up as the viewer may see it. Guests never see the venue (`venue` is null;
    they see `area` and the times); `my_rsvp` is the signed-in viewer's own answer, and
    `pending_count` is the host's and moderators' to know."""

    id: int = Field(description="The meet-up's id; it never changes.", examples=[12])
    group: GroupRef | None = Field(
        description="The local group it belongs to; null for a meet-up of no group."
    )
    title: str = Field(description="One line, 3–200 characters.", examples=["Park playdate"])
    description: str = Field(
        description="Plain text from the host (not HTML; may be empty).",
        examples=["Bring a snack; we meet by the swings."],
    )
    kind: MeetupKind = Field(
        description="`playgroup`, `coffee`, `park`, `class`, `online` or `other`.",
        examples=["park"],
    )
    starts_at: datetime = Field(
        description="When it starts (UTC).", examples=["2026-12-03T10:00:00Z"]
    )
    ends_at: datetime | None = Field(
        description="When it ends (UTC); null when the host gave no end.",
        examples=["2026-12-03T12:00:00Z"],
    )
    venue: str | None = Field(
        description="The exact place, for signed-in members only: always null for guests "
        "(show `area` instead). Never put it anywhere a guest can read.",
        examples=["Roundhay Park, by the café"],
    )
    area: str = Field(
        description="Roughly where (a town, a district): shown to everyone.",
        examples=["Leeds North"],
    )
    capacity: int | None = Field(
        description="Places for those going; null for no limit.", examples=[12]
    )
    going_count: int = Field(
        description="Members going with a place (never more than `capacity`).", examples=[8]
    )
    waitlist_count: int = Field(
        description="Members going but waiting for a place, in arrival order.", examples=[0]
    )
    maybe_count: int = Field(description="Members who answered `maybe`.", examples=[3])
    pending_count: int = Field(
        description="Requests waiting for the host's yes: shown to the host and moderators "
        "only (0 for everyone else).",
        examples=[0],
    )
    my_rsvp: MyRsvp | None = Field(
        description="The signed-in viewer's own answer; null when none was given, and for guests."
    )
    host: UserRef = Field(
        description="Who hosts it: always a named member (there is no anonymous hosting)."
    )
    is_cancelled: bool = Field(
        description="Cancelled by its host or a moderator: it stays readable by id but is off "
        "the lists and takes no more answers.",
        examples=[False],
    )
    requires_approval: bool = Field(
        description="A `going` answer waits (`pending`) until the host or a moderator approves it.",
        examples=[False],
    )
    thread_id: int = Field(
        description="Its discussion thread (`GET /threads/{thread_id}`), made with it.",
        examples=[345],
    )
    created_at: datetime = Field(
        description="When it was created.", examples=["2026-11-20T18:02:11Z"]
    )
    updated_at: datetime = Field(
        description="When its host or a moderator last changed or cancelled it.",
        examples=["2026-11-21T08:40:00Z"],
    )


class MeetupPage(Page[MeetupRead]):
    """A page of meet-ups, soonest first (by start time, then id)."""


_KIND = "`playgroup`, `coffee`, `park`, `class`, `online` or `other`."
_VENUE = (
    "The exact place (2–300 characters), shown to signed-in members only, never to guests "
    "nor in the discussion thread."
)
_TIME = "A date-time with its UTC offset; it must be in the future."


class MeetupCreate(RequestBody):
    """A new meet-up, hosted by the caller under their own name."""

    # Unknown fields are refused, `anonymous` among them: a meet-up needs a real host.
    model_config = ConfigDict(extra="forbid")

    group: GroupSlug | None = Field(
        None,
        description="The slug of the local group it belongs to (its discussion goes in the "
        "group's threads); omitted for a meet-up of no group. Unknown: 404.",
        examples=["leeds-north-mums"],
    )
    title: MeetupTitle = Field(
        description="One line, 3–200 characters.", examples=["Park playdate"]
    )
    description: Annotated[str, Field(max_length=MAX_MEETUP_DESCRIPTION_CHARS)] = Field(
        "",
        description="Plain text, also the opening post of its discussion (Markdown there).",
        examples=["Bring a snack; we meet by the swings."],
    )
    kind: MeetupKind = Field(description=_KIND, examples=["park"])
    starts_at: MeetupTime = Field(description=_TIME, examples=["2026-12-03T10:00:00Z"])
    ends_at: MeetupTime | None = Field(
        None,
        description="After `starts_at`; omitted for no set end.",
        examples=["2026-12-03T12:00:00Z"],
    )
    venue: Venue = Field(description=_VENUE, examples=["Roundhay Park, by the café"])
    area: Area = Field(
        description="Roughly where (a town, a district), shown to everyone.",
        examples=["Leeds North"],
    )
    capacity: Capacity | None = Field(
        None, description="Places for those going; omitted for no limit.", examples=[12]
    )
    requires_approval: StrictBool = Field(
        False,
        description="`going` answers wait (`pending`) for the host's yes.",
        examples=[False],
    )


class MeetupUpdate(RequestBody):
    """Any of a meet-up's fields, each to its new value; fields left out stay as they are.
    `capacity: null` removes the limit and `ends_at: null` the end; the other fields cannot
    be null. Capacity below the number going is refused (409): nobody loses a place they
    were given."""

    title: MeetupTitle | None = Field(None, description="One line, 3–200 characters.")
    description: Annotated[str, Field(max_length=MAX_MEETUP_DESCRIPTION_CHARS)] | None = Field(
        None, description="Plain text, also the opening post of its discussion."
    )
    kind: MeetupKind | None = Field(None, description=_KIND, examples=["coffee"])
    starts_at: MeetupTime | None = Field(None, description=_TIME, examples=["2026-12-03T10:30:00Z"])
    ends_at: MeetupTime | None = Field(None, description="After `starts_at`; null for no set end.")
    venue: Venue | None = Field(None, description=_VENUE)
    area: Area | None = Field(None, description="Roughly where, shown to everyone.")
    capacity: Capacity | None = Field(
        None,
        description="Places for those going, at least `going_count`; null for no limit. "
        "Raising it moves the first on the waitlist to a place.",
        examples=[15],
    )
    requires_approval: StrictBool | None = Field(
        None, description="`going` answers wait (`pending`) for the host's yes."
    )


class MeetupCancel(RequestBody):
    """`POST /meetups/{id}/cancel`: the reason is told to those who answered."""

    model_config = ConfigDict(extra="forbid")

    reason: Annotated[str, Field(min_length=1, max_length=500), OneLine] | None = Field(
        None,
        description="One line told to everyone who answered (and in the moderation log when "
        "a moderator cancels).",
        examples=["The park is closed for a fair."],
    )


class RsvpUpdate(RequestBody):
    """The caller's answer to a meet-up."""

    status: RsvpAnswer = Field(
        description="`going`, `maybe` or `not_going`. `going` may come back `pending` (the "
        "host approves) or waitlisted (the meet-up is full).",
        examples=["going"],
    )


class RsvpRead(BaseModel):
    """A member's answer as it stands: `pending` when the meet-up needs the host's yes;
    `waitlisted` with `position` when it is full."""

    status: MyRsvpStatus = Field(description=_RSVP_STATUS, examples=["going"])
    waitlisted: bool = Field(description=_WAITLISTED, examples=[False])
    position: int | None = Field(description=_POSITION, examples=[None])


class AttendeeRead(BaseModel):
    """One answer, as the host and moderators see the list (`GET /meetups/{id}/rsvps`)."""

    user: UserRef = Field(description="The member who answered.")
    status: MyRsvpStatus = Field(description=_RSVP_STATUS, examples=["going"])
    waitlisted: bool = Field(description=_WAITLISTED, examples=[False])
    position: int | None = Field(description=_POSITION, examples=[None])
    created_at: datetime = Field(
        description="When the member first answered.", examples=["2026-11-22T19:15:00Z"]
    )


class AttendeePage(Page[AttendeeRead]):
    """A page of a meet-up's answers: going (in the order they got a place), the waitlist
    in its order, pending requests (first asked first), maybe, then not going."""


class CalendarKeyRead(BaseModel):
    """The private calendar feed's address, shown once: it holds the key."""

    url: str = Field(
        description="The feed's full address, key included (`…/me/calendar.ics?key=vcal_…`), "
        "for a calendar app to subscribe to. It is a secret: anyone with it sees the meet-ups "
        "you are going to, venues included. Shown only now; `DELETE /me/calendar-key` revokes "
        "it.",
        examples=["https://village.example/api/v1/me/calendar.ics?key=vcal_3kq9…"],
    )
