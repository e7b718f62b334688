from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """The OAuth2 password grant (RFC 6749 §4.3), sent form-encoded
    (`application/x-www-form-urlencoded`), not as JSON.

        Attributes:
            password (str): The member's password.
            username (str): The member's username or email address, in any case.
            grant_type (Literal['password'] | None | Unset): `password`, the only grant; may be left out.
            scope (str | Unset): Accepted for OAuth2 clients and ignored: the access token carries every scope the member's
                role allows. Make a personal access token (`POST /me/tokens`) for fewer. Default: ''.
    """

    password: str
    username: str
    grant_type: Literal["password"] | None | Unset = UNSET
    scope: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        grant_type: Literal["password"] | None | Unset
        if isinstance(self.grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = self.grant_type

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "username": username,
            }
        )
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        def _parse_grant_type(data: object) -> Literal["password"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            grant_type_type_0 = cast(Literal["password"], data)
            if grant_type_type_0 != "password":
                raise ValueError(
                    f"grant_type_type_0 must match const 'password', got '{grant_type_type_0}'"
                )
            return grant_type_type_0
            return cast(Literal["password"] | None | Unset, data)

        grant_type = _parse_grant_type(d.pop("grant_type", UNSET))

        scope = d.pop("scope", UNSET)

        token_request = cls(
            password=password,
            username=username,
            grant_type=grant_type,
            scope=scope,
        )

        token_request.additional_properties = d
        return token_request

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
