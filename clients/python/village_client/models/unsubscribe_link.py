from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purpose import Purpose, check_purpose

T = TypeVar("T", bound="UnsubscribeLink")


@_attrs_define
class UnsubscribeLink:
    """What an unsubscribe link does: which one kind of email it stops, for which (masked)
    address, and where it stands now.

        Attributes:
            email (str): The member's address, masked: enough for its owner to recognise, not enough to learn an address
                from a forwarded link.
            enabled (bool): Whether those emails are on now.
            kind (Purpose): The one preference a link turns off.
            used (bool): Whether the link was used already (it works once).
    """

    email: str
    enabled: bool
    kind: Purpose
    used: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        enabled = self.enabled

        kind: str = self.kind

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "enabled": enabled,
                "kind": kind,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        enabled = d.pop("enabled")

        kind = check_purpose(d.pop("kind"))

        used = d.pop("used")

        unsubscribe_link = cls(
            email=email,
            enabled=enabled,
            kind=kind,
            used=used,
        )

        unsubscribe_link.additional_properties = d
        return unsubscribe_link

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
