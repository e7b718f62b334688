from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preferences_update_default_subscription_type_0 import (
    PreferencesUpdateDefaultSubscriptionType0,
    check_preferences_update_default_subscription_type_0,
)
from ..models.preferences_update_email_digest_type_0 import (
    PreferencesUpdateEmailDigestType0,
    check_preferences_update_email_digest_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreferencesUpdate")


@_attrs_define
class PreferencesUpdate:
    """Only the fields given change; null is no value for any of them.

    Attributes:
        default_subscription (None | PreferencesUpdateDefaultSubscriptionType0 | Unset): The level a thread gets when
            you reply in it without having chosen one.
        email_digest (None | PreferencesUpdateEmailDigestType0 | Unset): `daily` for a daily digest of watched threads,
            or `off`.
        email_meetups (bool | None | Unset): Email at once about meet-ups you answered.
        email_mentions (bool | None | Unset): Email at once when someone mentions you.
        email_replies (bool | None | Unset): Email at once when someone replies to or quotes you.
    """

    default_subscription: None | PreferencesUpdateDefaultSubscriptionType0 | Unset = UNSET
    email_digest: None | PreferencesUpdateEmailDigestType0 | Unset = UNSET
    email_meetups: bool | None | Unset = UNSET
    email_mentions: bool | None | Unset = UNSET
    email_replies: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_subscription: None | str | Unset
        if isinstance(self.default_subscription, Unset):
            default_subscription = UNSET
        elif isinstance(self.default_subscription, str):
            default_subscription = self.default_subscription
        else:
            default_subscription = self.default_subscription

        email_digest: None | str | Unset
        if isinstance(self.email_digest, Unset):
            email_digest = UNSET
        elif isinstance(self.email_digest, str):
            email_digest = self.email_digest
        else:
            email_digest = self.email_digest

        email_meetups: bool | None | Unset
        if isinstance(self.email_meetups, Unset):
            email_meetups = UNSET
        else:
            email_meetups = self.email_meetups

        email_mentions: bool | None | Unset
        if isinstance(self.email_mentions, Unset):
            email_mentions = UNSET
        else:
            email_mentions = self.email_mentions

        email_replies: bool | None | Unset
        if isinstance(self.email_replies, Unset):
            email_replies = UNSET
        else:
            email_replies = self.email_replies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_subscription is not UNSET:
            field_dict["default_subscription"] = default_subscription
        if email_digest is not UNSET:
            field_dict["email_digest"] = email_digest
        if email_meetups is not UNSET:
            field_dict["email_meetups"] = email_meetups
        if email_mentions is not UNSET:
            field_dict["email_mentions"] = email_mentions
        if email_replies is not UNSET:
            field_dict["email_replies"] = email_replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_subscription(
            data: object,
        ) -> None | PreferencesUpdateDefaultSubscriptionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_subscription_type_0 = check_preferences_update_default_subscription_type_0(
                    data
                )

                return default_subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreferencesUpdateDefaultSubscriptionType0 | Unset, data)

        default_subscription = _parse_default_subscription(d.pop("default_subscription", UNSET))

        def _parse_email_digest(data: object) -> None | PreferencesUpdateEmailDigestType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_digest_type_0 = check_preferences_update_email_digest_type_0(data)

                return email_digest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreferencesUpdateEmailDigestType0 | Unset, data)

        email_digest = _parse_email_digest(d.pop("email_digest", UNSET))

        def _parse_email_meetups(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_meetups = _parse_email_meetups(d.pop("email_meetups", UNSET))

        def _parse_email_mentions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_mentions = _parse_email_mentions(d.pop("email_mentions", UNSET))

        def _parse_email_replies(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_replies = _parse_email_replies(d.pop("email_replies", UNSET))

        preferences_update = cls(
            default_subscription=default_subscription,
            email_digest=email_digest,
            email_meetups=email_meetups,
            email_mentions=email_mentions,
            email_replies=email_replies,
        )

        preferences_update.additional_properties = d
        return preferences_update

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
