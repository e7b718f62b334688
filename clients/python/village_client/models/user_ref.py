from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

T = TypeVar("T", bound="UserRef")


@_attrs_define
class UserRef:
    """A member as other members see them wherever they are named (an author, a host, a
    moderator). Link to their profile by `username`; show `display_name`.

        Attributes:
            display_name (str): The name to show.
            id (int): The member's id; it never changes.
            role (Role):
            username (str): Unique in any case, 3–30 letters, digits or `_`; it is in the profile's address
                (`/users/{username}`). Freed when the member leaves.
    """

    display_name: str
    id: int
    role: Role
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        role: str = self.role

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "role": role,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        role = check_role(d.pop("role"))

        username = d.pop("username")

        user_ref = cls(
            display_name=display_name,
            id=id,
            role=role,
            username=username,
        )

        user_ref.additional_properties = d
        return user_ref

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
