from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_read import PostRead
    from ..models.search_thread import SearchThread


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        post (PostRead):
        snippet_html (str):
        thread (SearchThread):
    """

    post: PostRead
    snippet_html: str
    thread: SearchThread
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post = self.post.to_dict()

        snippet_html = self.snippet_html

        thread = self.thread.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "post": post,
                "snippet_html": snippet_html,
                "thread": thread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_read import PostRead  # noqa: PLC0415
        from ..models.search_thread import SearchThread  # noqa: PLC0415

        d = dict(src_dict)
        post = PostRead.from_dict(d.pop("post"))

        snippet_html = d.pop("snippet_html")

        thread = SearchThread.from_dict(d.pop("thread"))

        search_hit = cls(
            post=post,
            snippet_html=snippet_html,
            thread=thread,
        )

        search_hit.additional_properties = d
        return search_hit

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
