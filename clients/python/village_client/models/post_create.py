from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCreate")


@_attrs_define
class PostCreate:
    """A reply.

    Attributes:
        body (str): Markdown, up to 20,000 characters; `@username` mentions notify (at most 10 members).
        anonymous (bool | None | Unset): Post anonymously. Omitted: anonymous exactly when you started this thread
            anonymously, so a reply never unmasks you by default; an explicit `false` is honoured.
        reply_to (int | None | Unset): The id (not the number) of the post in this thread it answers.
    """

    body: str
    anonymous: bool | None | Unset = UNSET
    reply_to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        anonymous: bool | None | Unset
        if isinstance(self.anonymous, Unset):
            anonymous = UNSET
        else:
            anonymous = self.anonymous

        reply_to: int | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        def _parse_anonymous(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        anonymous = _parse_anonymous(d.pop("anonymous", UNSET))

        def _parse_reply_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to = _parse_reply_to(d.pop("reply_to", UNSET))

        post_create = cls(
            body=body,
            anonymous=anonymous,
            reply_to=reply_to,
        )

        post_create.additional_properties = d
        return post_create

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
