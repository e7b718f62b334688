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
    """A post that matches the search, as the viewer may see it, with its thread.

    Attributes:
        post (PostRead): A post as the viewer may see it. Its author is null when it is anonymous (except to
            its author and moderators) or when its author left; a hidden post's body is empty except
            to its author and moderators, and a deleted post's to everyone. Insert only `body_html`
            into a page: it is the one sanitised HTML.
        snippet_html (str): A short excerpt of the post's Markdown source around the match: every character HTML-escaped
            and the matched words wrapped in `<mark>`, nothing else as markup, so it is safe to insert into a page. Empty
            when the post was hidden or deleted after the search read it.
        thread (SearchThread): The thread a found post is in.
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
