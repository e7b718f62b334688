from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope, check_scope

T = TypeVar("T", bound="TokenCreated")


@_attrs_define
class TokenCreated:
    """The token just made, with its secret: the only time the secret is shown.

    Attributes:
        created_at (datetime.datetime):
        id (int): The token's id, for revoking it.
        name (str): Your name for it.
        scopes (list[Scope]): What the token may do: `read`, `write`, `moderate` (moderators and administrators) and
            `admin` (administrators); see the security scheme's scope table.
        token (str): The secret to send as `Authorization: Bearer <token>`. Shown once; store it now. Only a digest is
            kept, so it cannot be shown again: revoke it and make another if it is lost.
    """

    created_at: datetime.datetime
    id: int
    name: str
    scopes: list[Scope]
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = scopes_item_data
            scopes.append(scopes_item)

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "scopes": scopes,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = check_scope(scopes_item_data)

            scopes.append(scopes_item)

        token = d.pop("token")

        token_created = cls(
            created_at=created_at,
            id=id,
            name=name,
            scopes=scopes,
            token=token,
        )

        token_created.additional_properties = d
        return token_created

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
