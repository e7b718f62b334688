from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leave_request_posts import LeaveRequestPosts, check_leave_request_posts

T = TypeVar("T", bound="LeaveRequest")


@_attrs_define
class LeaveRequest:
    """Confirms leaving with your password, and says what becomes of your posts.

    Attributes:
        password (str): Your current password.
        posts (LeaveRequestPosts): keep: your posts stay, shown as by a deleted member; erase: their words are removed
            as deleted posts' are, keeping every reply in its place.
    """

    password: str
    posts: LeaveRequestPosts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        posts: str = self.posts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "posts": posts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        posts = check_leave_request_posts(d.pop("posts"))

        leave_request = cls(
            password=password,
            posts=posts,
        )

        leave_request.additional_properties = d
        return leave_request

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
