from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_kind import CategoryKind, check_category_kind

T = TypeVar("T", bound="ThreadCategoryRef")


@_attrs_define
class ThreadCategoryRef:
    """A thread's category: `kind` says where its list is shown (a forum category at
    /c/{slug}, a local group's at /groups/{slug}, or the meet-ups' discussions).

        Attributes:
            id (int): The category's id; it never changes.
            kind (CategoryKind):
            name (str): The name to show.
            slug (str): Its name in addresses and filters (`GET /threads?category=`): lower-case letters, digits and single
                hyphens. An administrator may change it.
    """

    id: int
    kind: CategoryKind
    name: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: str = self.kind

        name = self.name

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "name": name,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = check_category_kind(d.pop("kind"))

        name = d.pop("name")

        slug = d.pop("slug")

        thread_category_ref = cls(
            id=id,
            kind=kind,
            name=name,
            slug=slug,
        )

        thread_category_ref.additional_properties = d
        return thread_category_ref

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
