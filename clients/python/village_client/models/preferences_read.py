from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preferences_read_default_subscription import (
    PreferencesReadDefaultSubscription,
    check_preferences_read_default_subscription,
)
from ..models.preferences_read_email_digest import (
    PreferencesReadEmailDigest,
    check_preferences_read_email_digest,
)

T = TypeVar("T", bound="PreferencesRead")


@_attrs_define
class PreferencesRead:
    """Your settings: which emails the forum sends you, and how you follow threads.

    Attributes:
        default_subscription (PreferencesReadDefaultSubscription): The level a thread gets when you reply in it without
            having chosen one.
        email_digest (PreferencesReadEmailDigest): A daily digest of watched threads.
        email_meetups (bool): Email at once about meet-ups you answered: changed, cancelled, a place for you, approved,
            and the reminder the day before.
        email_mentions (bool): Email at once when someone mentions you.
        email_replies (bool): Email at once when someone replies to or quotes you.
    """

    default_subscription: PreferencesReadDefaultSubscription
    email_digest: PreferencesReadEmailDigest
    email_meetups: bool
    email_mentions: bool
    email_replies: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_subscription: str = self.default_subscription

        email_digest: str = self.email_digest

        email_meetups = self.email_meetups

        email_mentions = self.email_mentions

        email_replies = self.email_replies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_subscription": default_subscription,
                "email_digest": email_digest,
                "email_meetups": email_meetups,
                "email_mentions": email_mentions,
                "email_replies": email_replies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_subscription = check_preferences_read_default_subscription(
            d.pop("default_subscription")
        )

        email_digest = check_preferences_read_email_digest(d.pop("email_digest"))

        email_meetups = d.pop("email_meetups")

        email_mentions = d.pop("email_mentions")

        email_replies = d.pop("email_replies")

        preferences_read = cls(
            default_subscription=default_subscription,
            email_digest=email_digest,
            email_meetups=email_meetups,
            email_mentions=email_mentions,
            email_replies=email_replies,
        )

        preferences_read.additional_properties = d
        return preferences_read

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
