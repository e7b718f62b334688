from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

if TYPE_CHECKING:
    from ..models.member_suspension import MemberSuspension


T = TypeVar("T", bound="SuspendedMember")


@_attrs_define
class SuspendedMember:
    """The member's public profile, as `GET /users/{username}` answers it, with the
    suspension just put on them.

        Attributes:
            bio (str): What they say about themselves: plain text, not Markdown.
            created_at (datetime.datetime): When they joined.
            display_name (str): The name to show.
            id (int): The member's id; it never changes.
            post_count (int): Their posts under their name, first posts and replies alike: never anonymous ones (counting
                them would unmask them), nor deleted posts or threads.
            role (Role):
            suspension (MemberSuspension): A member's suspension: until when, and why. While it lasts, the member reads but
                every write answers 403 `suspended`.
            username (str): Unique in any case, 3–30 letters, digits or `_`; it is in the profile's address
                (`/users/{username}`). Freed when the member leaves.
    """

    bio: str
    created_at: datetime.datetime
    display_name: str
    id: int
    post_count: int
    role: Role
    suspension: MemberSuspension
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bio = self.bio

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        id = self.id

        post_count = self.post_count

        role: str = self.role

        suspension = self.suspension.to_dict()

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
                "suspension": suspension,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_suspension import MemberSuspension  # noqa: PLC0415

        d = dict(src_dict)
        bio = d.pop("bio")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        display_name = d.pop("display_name")

        id = d.pop("id")

        post_count = d.pop("post_count")

        role = check_role(d.pop("role"))

        suspension = MemberSuspension.from_dict(d.pop("suspension"))

        username = d.pop("username")

        suspended_member = cls(
            bio=bio,
            created_at=created_at,
            display_name=display_name,
            id=id,
            post_count=post_count,
            role=role,
            suspension=suspension,
            username=username,
        )

        suspended_member.additional_properties = d
        return suspended_member

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
