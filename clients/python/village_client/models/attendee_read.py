from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendee_read_status import AttendeeReadStatus, check_attendee_read_status

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="AttendeeRead")


@_attrs_define
class AttendeeRead:
    """One answer, as the host and moderators see the list (`GET /meetups/{id}/rsvps`).

    Attributes:
        created_at (datetime.datetime): When the member first answered.
        position (int | None): 1 for the first on the waitlist; null when not waitlisted.
        status (AttendeeReadStatus): `going`, `maybe`, `not_going`, or `pending`: asked to go, waiting for the host's
            yes (`requires_approval`).
        user (UserRef): A member as other members see them wherever they are named (an author, a host, a
            moderator). Link to their profile by `username`; show `display_name`.
        waitlisted (bool): Going, but on the waitlist: the meet-up was full. Moves to a place, in arrival order, when
            one frees (the member is notified).
    """

    created_at: datetime.datetime
    position: int | None
    status: AttendeeReadStatus
    user: UserRef
    waitlisted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        position: int | None
        position = self.position

        status: str = self.status

        user = self.user.to_dict()

        waitlisted = self.waitlisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "position": position,
                "status": status,
                "user": user,
                "waitlisted": waitlisted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        status = check_attendee_read_status(d.pop("status"))

        user = UserRef.from_dict(d.pop("user"))

        waitlisted = d.pop("waitlisted")

        attendee_read = cls(
            created_at=created_at,
            position=position,
            status=status,
            user=user,
            waitlisted=waitlisted,
        )

        attendee_read.additional_properties = d
        return attendee_read

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
