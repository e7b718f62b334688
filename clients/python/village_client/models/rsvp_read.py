from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rsvp_read_status import RsvpReadStatus, check_rsvp_read_status

T = TypeVar("T", bound="RsvpRead")


@_attrs_define
class RsvpRead:
    """A member's answer as it stands: `pending` when the meet-up needs the host's yes;
    `waitlisted` with `position` when it is full.

        Attributes:
            position (int | None): 1 for the first on the waitlist; null when not waitlisted.
            status (RsvpReadStatus): `going`, `maybe`, `not_going`, or `pending`: asked to go, waiting for the host's yes
                (`requires_approval`).
            waitlisted (bool): Going, but on the waitlist: the meet-up was full. Moves to a place, in arrival order, when
                one frees (the member is notified).
    """

    position: int | None
    status: RsvpReadStatus
    waitlisted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: int | None
        position = self.position

        status: str = self.status

        waitlisted = self.waitlisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "status": status,
                "waitlisted": waitlisted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        status = check_rsvp_read_status(d.pop("status"))

        waitlisted = d.pop("waitlisted")

        rsvp_read = cls(
            position=position,
            status=status,
            waitlisted=waitlisted,
        )

        rsvp_read.additional_properties = d
        return rsvp_read

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
