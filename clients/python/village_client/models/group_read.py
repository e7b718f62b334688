from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupRead")


@_attrs_define
class GroupRead:
    """A local group: parents of one area who meet and talk. Groups are open: any member
    may join, and joining is how a member follows one. Its threads are `GET /threads?group=`,
    its meet-ups `GET /meetups?group=`.

        Attributes:
            area (str): Where it meets, as its creator wrote it (white space tidied); groups are filtered by a prefix of it,
                in any case and spacing.
            description (str): Plain text from its creator (not HTML; may be empty).
            id (int): The group's id; it never changes.
            is_member (bool): The signed-in viewer is a member (false for guests).
            member_count (int): Its members, its creator included.
            name (str): The name to show.
            slug (str): Its name in addresses and filters (`/groups/{slug}`, `GET /meetups?group=`, `GET /threads?group=`):
                lower-case letters, digits and single hyphens.
    """

    area: str
    description: str
    id: int
    is_member: bool
    member_count: int
    name: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area = self.area

        description = self.description

        id = self.id

        is_member = self.is_member

        member_count = self.member_count

        name = self.name

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area": area,
                "description": description,
                "id": id,
                "is_member": is_member,
                "member_count": member_count,
                "name": name,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        description = d.pop("description")

        id = d.pop("id")

        is_member = d.pop("is_member")

        member_count = d.pop("member_count")

        name = d.pop("name")

        slug = d.pop("slug")

        group_read = cls(
            area=area,
            description=description,
            id=id,
            is_member=is_member,
            member_count=member_count,
            name=name,
            slug=slug,
        )

        group_read.additional_properties = d
        return group_read

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
