from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insufficient_scope_problem_status import (
    InsufficientScopeProblemStatus,
    check_insufficient_scope_problem_status,
)
from ..models.insufficient_scope_problem_type import (
    InsufficientScopeProblemType,
    check_insufficient_scope_problem_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsufficientScopeProblem")


@_attrs_define
class InsufficientScopeProblem:
    """`/problems/insufficient-scope`: The token lacks a scope this operation needs, though the member's role allows it:
    `detail` and `WWW-Authenticate` (`scope="…"`) name every missing scope. Make a personal access token with those
    scopes (`POST /me/tokens`, from a password sign-in), or use a password sign-in's access token, which has them all.

        Attributes:
            status (InsufficientScopeProblemStatus):
            title (str):
            type_ (InsufficientScopeProblemType):
            detail (None | str | Unset):
    """

    status: InsufficientScopeProblemStatus
    title: str
    type_: InsufficientScopeProblemType
    detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int = self.status

        title = self.title

        type_: str = self.type_

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "title": title,
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_insufficient_scope_problem_status(d.pop("status"))

        title = d.pop("title")

        type_ = check_insufficient_scope_problem_type(d.pop("type"))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        insufficient_scope_problem = cls(
            status=status,
            title=title,
            type_=type_,
            detail=detail,
        )

        insufficient_scope_problem.additional_properties = d
        return insufficient_scope_problem

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
