from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarkReadIds")


@_attrs_define
class MarkReadIds:
    """`{"ids": [...]}`: marks those of your notifications read.

    Attributes:
        ids (list[int]): Up to 100 notification ids to mark read. Ids that are not yours, or no longer exist, are
            ignored without an error.
    """

    ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        mark_read_ids = cls(
            ids=ids,
        )

        return mark_read_ids
