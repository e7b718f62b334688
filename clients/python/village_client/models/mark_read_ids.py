from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarkReadIds")


@_attrs_define
class MarkReadIds:
    """`{"ids": [...]}`: marks those read (the caller's own; others' ids are ignored).

    Attributes:
        ids (list[int]):
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
