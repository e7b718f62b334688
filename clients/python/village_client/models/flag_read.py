from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_reason import FlagReason, check_flag_reason
from ..models.flag_status import FlagStatus, check_flag_status

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="FlagRead")


@_attrs_define
class FlagRead:
    """A report on a post. Seen only by the member who made it and by moderators.

    Attributes:
        created_at (datetime.datetime): When the report was made (UTC).
        flagger (UserRef): A member as other members see them wherever they are named (an author, a host, a
            moderator). Link to their profile by `username`; show `display_name`.
        id (int): The report's id.
        note (None | str): The reporter's note, if they wrote one.
        post_id (int): The reported post's id.
        reason (FlagReason): Why a member reports a post. `safety` means someone may be at risk: those posts come
            first in the review queue. `other` needs a note saying what is wrong.
        status (FlagStatus): A report's state: `open` until a moderator reviews the post, then `upheld` (the post
            was hidden or deleted) or `dismissed` (it stays).
    """

    created_at: datetime.datetime
    flagger: UserRef
    id: int
    note: None | str
    post_id: int
    reason: FlagReason
    status: FlagStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        flagger = self.flagger.to_dict()

        id = self.id

        note: None | str
        note = self.note

        post_id = self.post_id

        reason: str = self.reason

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "flagger": flagger,
                "id": id,
                "note": note,
                "post_id": post_id,
                "reason": reason,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        flagger = UserRef.from_dict(d.pop("flagger"))

        id = d.pop("id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        post_id = d.pop("post_id")

        reason = check_flag_reason(d.pop("reason"))

        status = check_flag_status(d.pop("status"))

        flag_read = cls(
            created_at=created_at,
            flagger=flagger,
            id=id,
            note=note,
            post_id=post_id,
            reason=reason,
            status=status,
        )

        flag_read.additional_properties = d
        return flag_read

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
