from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rsvp_update_status import RsvpUpdateStatus, check_rsvp_update_status

T = TypeVar("T", bound="RsvpUpdate")


@_attrs_define
class RsvpUpdate:
    """The caller's answer to a meet-up.

    Attributes:
        status (RsvpUpdateStatus): `going`, `maybe` or `not_going`. `going` may come back `pending` (the host approves)
            or waitlisted (the meet-up is full).
    """

    status: RsvpUpdateStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_rsvp_update_status(d.pop("status"))

        rsvp_update = cls(
            status=status,
        )

        rsvp_update.additional_properties = d
        return rsvp_update

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
