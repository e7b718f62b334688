from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meetup_kind import MeetupKind, check_meetup_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetupCreate")


@_attrs_define
class MeetupCreate:
    """A new meet-up, hosted by the caller under their own name.

    Attributes:
        area (str): Roughly where (a town, a district), shown to everyone.
        kind (MeetupKind):
        starts_at (datetime.datetime): A date-time with its UTC offset; it must be in the future.
        title (str): One line, 3–200 characters.
        venue (str): The exact place (2–300 characters), shown to signed-in members only, never to guests nor in the
            discussion thread.
        capacity (int | None | Unset): Places for those going; omitted for no limit.
        description (str | Unset): Plain text, also the opening post of its discussion (Markdown there). Default: ''.
        ends_at (datetime.datetime | None | Unset): After `starts_at`; omitted for no set end.
        group (None | str | Unset): The slug of the local group it belongs to (its discussion goes in the group's
            threads); omitted for a meet-up of no group. Unknown: 404.
        requires_approval (bool | Unset): `going` answers wait (`pending`) for the host's yes. Default: False.
    """

    area: str
    kind: MeetupKind
    starts_at: datetime.datetime
    title: str
    venue: str
    capacity: int | None | Unset = UNSET
    description: str | Unset = ""
    ends_at: datetime.datetime | None | Unset = UNSET
    group: None | str | Unset = UNSET
    requires_approval: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        area = self.area

        kind: str = self.kind

        starts_at = self.starts_at.isoformat()

        title = self.title

        venue = self.venue

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        description = self.description

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        requires_approval = self.requires_approval

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area": area,
                "kind": kind,
                "starts_at": starts_at,
                "title": title,
                "venue": venue,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if description is not UNSET:
            field_dict["description"] = description
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if group is not UNSET:
            field_dict["group"] = group
        if requires_approval is not UNSET:
            field_dict["requires_approval"] = requires_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        kind = check_meetup_kind(d.pop("kind"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        title = d.pop("title")

        venue = d.pop("venue")

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        description = d.pop("description", UNSET)

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        requires_approval = d.pop("requires_approval", UNSET)

        meetup_create = cls(
            area=area,
            kind=kind,
            starts_at=starts_at,
            title=title,
            venue=venue,
            capacity=capacity,
            description=description,
            ends_at=ends_at,
            group=group,
            requires_approval=requires_approval,
        )

        return meetup_create
