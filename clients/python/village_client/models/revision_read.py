from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="RevisionRead")


@_attrs_define
class RevisionRead:
    """An earlier version of a post's body, kept when it was edited.

    Attributes:
        body (str): The body as it was, in Markdown.
        created_at (datetime.datetime): When this version was replaced.
        editor (UserRef): A member as other members see them wherever they are named (an author, a host, a
            moderator). Link to their profile by `username`; show `display_name`.
        number (int): 1 for the original body, then each edit's.
    """

    body: str
    created_at: datetime.datetime
    editor: UserRef
    number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        editor = self.editor.to_dict()

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "created_at": created_at,
                "editor": editor,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        editor = UserRef.from_dict(d.pop("editor"))

        number = d.pop("number")

        revision_read = cls(
            body=body,
            created_at=created_at,
            editor=editor,
            number=number,
        )

        revision_read.additional_properties = d
        return revision_read

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
