from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meetup_kind import MeetupKind, check_meetup_kind

if TYPE_CHECKING:
    from ..models.group_ref import GroupRef
    from ..models.my_rsvp import MyRsvp
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="MeetupRead")


@_attrs_define
class MeetupRead:
    """A meet-up as the viewer may see it. Guests never see the venue (`venue` is null;
    they see `area` and the times); `my_rsvp` is the signed-in viewer's own answer, and
    `pending_count` is the host's and moderators' to know.

        Attributes:
            area (str): Roughly where (a town, a district): shown to everyone.
            capacity (int | None): Places for those going; null for no limit.
            created_at (datetime.datetime): When it was created.
            description (str): Plain text from the host (not HTML; may be empty).
            ends_at (datetime.datetime | None): When it ends (UTC); null when the host gave no end.
            going_count (int): Members going with a place (never more than `capacity`).
            group (GroupRef | None): The local group it belongs to; null for a meet-up of no group.
            host (UserRef): A member as other members see them wherever they are named (an author, a host, a
                moderator). Link to their profile by `username`; show `display_name`.
            id (int): The meet-up's id; it never changes.
            is_cancelled (bool): Cancelled by its host or a moderator: it stays readable by id but is off the lists and
                takes no more answers.
            kind (MeetupKind):
            maybe_count (int): Members who answered `maybe`.
            my_rsvp (MyRsvp | None): The signed-in viewer's own answer; null when none was given, and for guests.
            pending_count (int): Requests waiting for the host's yes: shown to the host and moderators only (0 for everyone
                else).
            requires_approval (bool): A `going` answer waits (`pending`) until the host or a moderator approves it.
            starts_at (datetime.datetime): When it starts (UTC).
            thread_id (int): Its discussion thread (`GET /threads/{thread_id}`), made with it.
            title (str): One line, 3–200 characters.
            updated_at (datetime.datetime): When its host or a moderator last changed or cancelled it.
            venue (None | str): The exact place, for signed-in members only: always null for guests (show `area` instead).
                Never put it anywhere a guest can read.
            waitlist_count (int): Members going but waiting for a place, in arrival order.
    """

    area: str
    capacity: int | None
    created_at: datetime.datetime
    description: str
    ends_at: datetime.datetime | None
    going_count: int
    group: GroupRef | None
    host: UserRef
    id: int
    is_cancelled: bool
    kind: MeetupKind
    maybe_count: int
    my_rsvp: MyRsvp | None
    pending_count: int
    requires_approval: bool
    starts_at: datetime.datetime
    thread_id: int
    title: str
    updated_at: datetime.datetime
    venue: None | str
    waitlist_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_ref import GroupRef  # noqa: PLC0415
        from ..models.my_rsvp import MyRsvp  # noqa: PLC0415

        area = self.area

        capacity: int | None
        capacity = self.capacity

        created_at = self.created_at.isoformat()

        description = self.description

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        going_count = self.going_count

        group: dict[str, Any] | None
        if isinstance(self.group, GroupRef):
            group = self.group.to_dict()
        else:
            group = self.group

        host = self.host.to_dict()

        id = self.id

        is_cancelled = self.is_cancelled

        kind: str = self.kind

        maybe_count = self.maybe_count

        my_rsvp: dict[str, Any] | None
        if isinstance(self.my_rsvp, MyRsvp):
            my_rsvp = self.my_rsvp.to_dict()
        else:
            my_rsvp = self.my_rsvp

        pending_count = self.pending_count

        requires_approval = self.requires_approval

        starts_at = self.starts_at.isoformat()

        thread_id = self.thread_id

        title = self.title

        updated_at = self.updated_at.isoformat()

        venue: None | str
        venue = self.venue

        waitlist_count = self.waitlist_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area": area,
                "capacity": capacity,
                "created_at": created_at,
                "description": description,
                "ends_at": ends_at,
                "going_count": going_count,
                "group": group,
                "host": host,
                "id": id,
                "is_cancelled": is_cancelled,
                "kind": kind,
                "maybe_count": maybe_count,
                "my_rsvp": my_rsvp,
                "pending_count": pending_count,
                "requires_approval": requires_approval,
                "starts_at": starts_at,
                "thread_id": thread_id,
                "title": title,
                "updated_at": updated_at,
                "venue": venue,
                "waitlist_count": waitlist_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_ref import GroupRef  # noqa: PLC0415
        from ..models.my_rsvp import MyRsvp  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        area = d.pop("area")

        def _parse_capacity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        going_count = d.pop("going_count")

        def _parse_group(data: object) -> GroupRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = GroupRef.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupRef | None, data)

        group = _parse_group(d.pop("group"))

        host = UserRef.from_dict(d.pop("host"))

        id = d.pop("id")

        is_cancelled = d.pop("is_cancelled")

        kind = check_meetup_kind(d.pop("kind"))

        maybe_count = d.pop("maybe_count")

        def _parse_my_rsvp(data: object) -> MyRsvp | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                my_rsvp_type_0 = MyRsvp.from_dict(data)

                return my_rsvp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MyRsvp | None, data)

        my_rsvp = _parse_my_rsvp(d.pop("my_rsvp"))

        pending_count = d.pop("pending_count")

        requires_approval = d.pop("requires_approval")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        thread_id = d.pop("thread_id")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        waitlist_count = d.pop("waitlist_count")

        meetup_read = cls(
            area=area,
            capacity=capacity,
            created_at=created_at,
            description=description,
            ends_at=ends_at,
            going_count=going_count,
            group=group,
            host=host,
            id=id,
            is_cancelled=is_cancelled,
            kind=kind,
            maybe_count=maybe_count,
            my_rsvp=my_rsvp,
            pending_count=pending_count,
            requires_approval=requires_approval,
            starts_at=starts_at,
            thread_id=thread_id,
            title=title,
            updated_at=updated_at,
            venue=venue,
            waitlist_count=waitlist_count,
        )

        meetup_read.additional_properties = d
        return meetup_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
