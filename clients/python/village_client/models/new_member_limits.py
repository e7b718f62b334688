from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewMemberLimits")


@_attrs_define
class NewMemberLimits:
    """The posting limits on a new member, so a client can show them before they write.

    Attributes:
        max_links (int): Links allowed in one post.
        max_replies (int): Replies they may write while new.
        max_threads (int): Threads they may start while new.
        until (datetime.datetime): When the limits lift.
    """

    max_links: int
    max_replies: int
    max_threads: int
    until: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_links = self.max_links

        max_replies = self.max_replies

        max_threads = self.max_threads

        until = self.until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_links": max_links,
                "max_replies": max_replies,
                "max_threads": max_threads,
                "until": until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_links = d.pop("max_links")

        max_replies = d.pop("max_replies")

        max_threads = d.pop("max_threads")

        until = datetime.datetime.fromisoformat(d.pop("until"))

        new_member_limits = cls(
            max_links=max_links,
            max_replies=max_replies,
            max_threads=max_threads,
            until=until,
        )

        new_member_limits.additional_properties = d
        return new_member_limits

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
