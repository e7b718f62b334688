from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.withheld_data import WithheldData


T = TypeVar("T", bound="MemberExport")


@_attrs_define
class MemberExport:
    """Everything the forum keeps about you, one key per section; the sections beyond these
    (profile, threads, posts, reactions, reports, warnings, suspensions, tokens, sign-ins,
    and later ones) are objects or lists of plain values.

        Attributes:
            exported_at (datetime.datetime): When this export was made.
            format_ (str): The export's format and version.
            withheld (list[WithheldData]): What the forum keeps about you but does not include, and why.
    """

    exported_at: datetime.datetime
    format_: str
    withheld: list[WithheldData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exported_at = self.exported_at.isoformat()

        format_ = self.format_

        withheld = []
        for withheld_item_data in self.withheld:
            withheld_item = withheld_item_data.to_dict()
            withheld.append(withheld_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exported_at": exported_at,
                "format": format_,
                "withheld": withheld,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.withheld_data import WithheldData  # noqa: PLC0415

        d = dict(src_dict)
        exported_at = datetime.datetime.fromisoformat(d.pop("exported_at"))

        format_ = d.pop("format")

        withheld = []
        _withheld = d.pop("withheld")
        for withheld_item_data in _withheld:
            withheld_item = WithheldData.from_dict(withheld_item_data)

            withheld.append(withheld_item)

        member_export = cls(
            exported_at=exported_at,
            format_=format_,
            withheld=withheld,
        )

        member_export.additional_properties = d
        return member_export

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
