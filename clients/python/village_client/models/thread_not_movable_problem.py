from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_not_movable_problem_status import (
    ThreadNotMovableProblemStatus,
    check_thread_not_movable_problem_status,
)
from ..models.thread_not_movable_problem_type import (
    ThreadNotMovableProblemType,
    check_thread_not_movable_problem_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadNotMovableProblem")


@_attrs_define
class ThreadNotMovableProblem:
    """`/problems/thread-not-movable`: The thread belongs to a local group or to a meet-up, and stays there: only threads
    in forum categories move. Do not retry.

        Attributes:
            status (ThreadNotMovableProblemStatus):
            title (str):
            type_ (ThreadNotMovableProblemType):
            detail (None | str | Unset):
    """

    status: ThreadNotMovableProblemStatus
    title: str
    type_: ThreadNotMovableProblemType
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
        status = check_thread_not_movable_problem_status(d.pop("status"))

        title = d.pop("title")

        type_ = check_thread_not_movable_problem_type(d.pop("type"))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        thread_not_movable_problem = cls(
            status=status,
            title=title,
            type_=type_,
            detail=detail,
        )

        thread_not_movable_problem.additional_properties = d
        return thread_not_movable_problem

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
