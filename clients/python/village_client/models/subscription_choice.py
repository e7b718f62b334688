from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_level import SubscriptionLevel, check_subscription_level

T = TypeVar("T", bound="SubscriptionChoice")


@_attrs_define
class SubscriptionChoice:
    """How much you hear of a thread.

    Attributes:
        level (SubscriptionLevel): How much a member hears of a thread: every new post, only what is addressed to them
            (replies, mentions, quotes), or nothing at all.
    """

    level: SubscriptionLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level: str = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = check_subscription_level(d.pop("level"))

        subscription_choice = cls(
            level=level,
        )

        subscription_choice.additional_properties = d
        return subscription_choice

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
