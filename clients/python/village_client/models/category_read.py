from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CategoryRead")


@_attrs_define
class CategoryRead:
    """A forum category, with the counts of what members can see in it.

    Attributes:
        description (str): What belongs here, in Markdown (the source of `description_html`).
        description_html (str): The description rendered and sanitised as a post's body is: HTML a client may insert
            into a page as it is.
        id (int): The category's id; it never changes.
        last_post_at (datetime.datetime | None): When its latest post was written; null while it has none.
        name (str): The name to show.
        position (int): Where it comes in `GET /categories` (lower first; ties by id).
        post_count (int): Posts in those threads that are not deleted (first posts included).
        slug (str): Its name in addresses and filters (`GET /threads?category=`): lower-case letters, digits and single
            hyphens. An administrator may change it.
        thread_count (int): Threads in it that are not deleted.
    """

    description: str
    description_html: str
    id: int
    last_post_at: datetime.datetime | None
    name: str
    position: int
    post_count: int
    slug: str
    thread_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        description_html = self.description_html

        id = self.id

        last_post_at: None | str
        if isinstance(self.last_post_at, datetime.datetime):
            last_post_at = self.last_post_at.isoformat()
        else:
            last_post_at = self.last_post_at

        name = self.name

        position = self.position

        post_count = self.post_count

        slug = self.slug

        thread_count = self.thread_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "description_html": description_html,
                "id": id,
                "last_post_at": last_post_at,
                "name": name,
                "position": position,
                "post_count": post_count,
                "slug": slug,
                "thread_count": thread_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        description_html = d.pop("description_html")

        id = d.pop("id")

        def _parse_last_post_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_post_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_post_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_post_at = _parse_last_post_at(d.pop("last_post_at"))

        name = d.pop("name")

        position = d.pop("position")

        post_count = d.pop("post_count")

        slug = d.pop("slug")

        thread_count = d.pop("thread_count")

        category_read = cls(
            description=description,
            description_html=description_html,
            id=id,
            last_post_at=last_post_at,
            name=name,
            position=position,
            post_count=post_count,
            slug=slug,
            thread_count=thread_count,
        )

        category_read.additional_properties = d
        return category_read

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
