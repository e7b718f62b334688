from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

if TYPE_CHECKING:
    from ..models.new_member_limits import NewMemberLimits
    from ..models.suspension_read import SuspensionRead


T = TypeVar("T", bound="MeRead")


@_attrs_define
class MeRead:
    """Your own account: the public profile plus what only you see (your address, its
    verification, a suspension, the limits on a new member).

        Attributes:
            bio (str): What they say about themselves: plain text, not Markdown.
            created_at (datetime.datetime): When they joined.
            display_name (str): The name to show.
            email (str): The address the forum writes to.
            email_verified (bool): Whether a link sent to `email` was used. With `REQUIRE_VERIFIED_EMAIL` on, an unverified
                member can read but not write.
            id (int): The member's id; it never changes.
            new_member (NewMemberLimits | None): The limits in force while the member is new; null otherwise.
            pending_email (None | str): A new address waiting for its verification link to be used.
            post_count (int): Their posts under their name, first posts and replies alike: never anonymous ones (counting
                them would unmask them), nor deleted posts or threads.
            role (Role):
            suspended_until (datetime.datetime | None): The same as `suspension.until`, kept for older clients; null when
                not suspended.
            suspension (None | SuspensionRead): Null when not suspended (or ended).
            username (str): Unique in any case, 3–30 letters, digits or `_`; it is in the profile's address
                (`/users/{username}`). Freed when the member leaves.
    """

    bio: str
    created_at: datetime.datetime
    display_name: str
    email: str
    email_verified: bool
    id: int
    new_member: NewMemberLimits | None
    pending_email: None | str
    post_count: int
    role: Role
    suspended_until: datetime.datetime | None
    suspension: None | SuspensionRead
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_member_limits import NewMemberLimits  # noqa: PLC0415
        from ..models.suspension_read import SuspensionRead  # noqa: PLC0415

        bio = self.bio

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        email = self.email

        email_verified = self.email_verified

        id = self.id

        new_member: dict[str, Any] | None
        if isinstance(self.new_member, NewMemberLimits):
            new_member = self.new_member.to_dict()
        else:
            new_member = self.new_member

        pending_email: None | str
        pending_email = self.pending_email

        post_count = self.post_count

        role: str = self.role

        suspended_until: None | str
        if isinstance(self.suspended_until, datetime.datetime):
            suspended_until = self.suspended_until.isoformat()
        else:
            suspended_until = self.suspended_until

        suspension: dict[str, Any] | None
        if isinstance(self.suspension, SuspensionRead):
            suspension = self.suspension.to_dict()
        else:
            suspension = self.suspension

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bio": bio,
                "created_at": created_at,
                "display_name": display_name,
                "email": email,
                "email_verified": email_verified,
                "id": id,
                "new_member": new_member,
                "pending_email": pending_email,
                "post_count": post_count,
                "role": role,
                "suspended_until": suspended_until,
                "suspension": suspension,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_member_limits import NewMemberLimits  # noqa: PLC0415
        from ..models.suspension_read import SuspensionRead  # noqa: PLC0415

        d = dict(src_dict)
        bio = d.pop("bio")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        display_name = d.pop("display_name")

        email = d.pop("email")

        email_verified = d.pop("email_verified")

        id = d.pop("id")

        def _parse_new_member(data: object) -> NewMemberLimits | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_member_type_0 = NewMemberLimits.from_dict(data)

                return new_member_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewMemberLimits | None, data)

        new_member = _parse_new_member(d.pop("new_member"))

        def _parse_pending_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pending_email = _parse_pending_email(d.pop("pending_email"))

        post_count = d.pop("post_count")

        role = check_role(d.pop("role"))

        def _parse_suspended_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_until_type_0 = datetime.datetime.fromisoformat(data)

                return suspended_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        suspended_until = _parse_suspended_until(d.pop("suspended_until"))

        def _parse_suspension(data: object) -> None | SuspensionRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suspension_type_0 = SuspensionRead.from_dict(data)

                return suspension_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuspensionRead, data)

        suspension = _parse_suspension(d.pop("suspension"))

        username = d.pop("username")

        me_read = cls(
            bio=bio,
            created_at=created_at,
            display_name=display_name,
            email=email,
            email_verified=email_verified,
            id=id,
            new_member=new_member,
            pending_email=pending_email,
            post_count=post_count,
            role=role,
            suspended_until=suspended_until,
            suspension=suspension,
            username=username,
        )

        me_read.additional_properties = d
        return me_read

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
