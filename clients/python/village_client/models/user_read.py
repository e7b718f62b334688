from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

T = TypeVar("T", bound="UserRead")


@_attrs_define
class UserRead:
    """A member's public profile.

    Attributes:
        bio (str): What they say about themselves: plain text, not Markdown.
        created_at (datetime.datetime): When they joined.
        display_name (str): The name to show.
        id (int): The member's id; it never changes.
        post_count (int): Their posts under their name, first posts and replies alike: never anonymous ones (counting
            them would unmask them), nor deleted posts or threads.
        role (Role):
        username (str): Unique in any case, 3–30 letters, digits or `_`; it is in the profile's address
            (`/users/{username}`). Freed when the member leaves.
    """

    bio: str
    created_at: datetime.datetime
    display_name: str
    id: int
    post_count: int
    role: Role
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bio = self.bio

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        id = self.id

        post_count = self.post_count

        role: str = self.role

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bio": bio,
                "created_at": created_at,
                "display_name": display_name,
                "id": id,
                "post_count": post_count,
                "role": role,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bio = d.pop("bio")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        display_name = d.pop("display_name")

        id = d.pop("id")

        post_count = d.pop("post_count")

        role = check_role(d.pop("role"))

        username = d.pop("username")

        user_read = cls(
            bio=bio,
            created_at=created_at,
            display_name=display_name,
            id=id,
            post_count=post_count,
            role=role,
            username=username,
        )

        user_read.additional_properties = d
        return user_read

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
