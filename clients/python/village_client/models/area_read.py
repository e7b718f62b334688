from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AreaRead")


@_attrs_define
class AreaRead:
    """An area in use, as first written, with how many groups and upcoming meet-ups it has.

    Attributes:
        area (str): The area as first written; pass it (or a prefix) as `area` to `GET /groups` and `GET /meetups`.
        group_count (int): Local groups in this area.
        meetup_count (int): Upcoming meet-ups in this area (not cancelled, not hidden).
    """

    area: str
    group_count: int
    meetup_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area = self.area

        group_count = self.group_count

        meetup_count = self.meetup_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area": area,
                "group_count": group_count,
                "meetup_count": meetup_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        group_count = d.pop("group_count")

        meetup_count = d.pop("meetup_count")

        area_read = cls(
            area=area,
            group_count=group_count,
            meetup_count=meetup_count,
        )

        area_read.additional_properties = d
        return area_read

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
