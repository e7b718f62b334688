from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalendarKeyRead")


@_attrs_define
class CalendarKeyRead:
    """The private calendar feed's address, shown once: it holds the key.

    Attributes:
        url (str): The feed's full address, key included (`…/me/calendar.ics?key=vcal_…`), for a calendar app to
            subscribe to. It is a secret: anyone with it sees the meet-ups you are going to, venues included. Shown only
            now; `DELETE /me/calendar-key` revokes it.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        calendar_key_read = cls(
            url=url,
        )

        calendar_key_read.additional_properties = d
        return calendar_key_read

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
