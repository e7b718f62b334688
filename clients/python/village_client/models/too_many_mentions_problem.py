from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.too_many_mentions_problem_status import (
    TooManyMentionsProblemStatus,
    check_too_many_mentions_problem_status,
)
from ..models.too_many_mentions_problem_type import (
    TooManyMentionsProblemType,
    check_too_many_mentions_problem_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_item import ValidationErrorItem


T = TypeVar("T", bound="TooManyMentionsProblem")


@_attrs_define
class TooManyMentionsProblem:
    """`/problems/too-many-mentions`: A post may mention (`@username`) at most 10 members. Nothing was posted: keep the
    text, mention fewer members, or write the other names without the `@`.

        Attributes:
            errors (list[ValidationErrorItem]):
            status (TooManyMentionsProblemStatus):
            title (str):
            type_ (TooManyMentionsProblemType):
            detail (None | str | Unset):
    """

    errors: list[ValidationErrorItem]
    status: TooManyMentionsProblemStatus
    title: str
    type_: TooManyMentionsProblemType
    detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

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
                "errors": errors,
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
        from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ValidationErrorItem.from_dict(errors_item_data)

            errors.append(errors_item)

        status = check_too_many_mentions_problem_status(d.pop("status"))

        title = d.pop("title")

        type_ = check_too_many_mentions_problem_type(d.pop("type"))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        too_many_mentions_problem = cls(
            errors=errors,
            status=status,
            title=title,
            type_=type_,
            detail=detail,
        )

        too_many_mentions_problem.additional_properties = d
        return too_many_mentions_problem

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
