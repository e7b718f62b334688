from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction, check_audit_action
from ..models.audit_target import AuditTarget, check_audit_target

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """One entry of the moderation log: who did what to what. Entries are never changed or
    removed.

        Attributes:
            action (AuditAction): What a moderation-log entry records, as `<target type>.<verb>`. Automatic actions
                (`post.auto_hide`: hidden by members' reports; `user.suspension_expired`) have a null
                `actor`. `post.resolve` is a review of a post's reports (its note says `dismiss`, `hide`
                or `delete`), with one `flag.upheld` or `flag.dismissed` (`actor` null) per report it
                closed. `user.note` records that a note was written (its text stays in the member's
                notes); `meetup.*` and `rsvp.approve` are moderators' actions on other members' meet-ups.
            actor (None | UserRef): Who acted; null for an automatic action (e.g. `post.auto_hide`).
            created_at (datetime.datetime): When it happened (UTC).
            id (int): The entry's id; later entries have larger ids.
            note (None | str): What the actor gave as a reason, or the action's details (a suspension's end and reason, a
                review's verdict).
            target_id (int): The id of the target, of kind `target_type`.
            target_label (str): A human name for the target: a thread's title, "post 12 in “Title”" (its number in the
                thread), "report 7 on post 12 in “Title”", a username, a category's name.
            target_type (AuditTarget): The kind of thing a moderation-log entry's `target_id` names.
    """

    action: AuditAction
    actor: None | UserRef
    created_at: datetime.datetime
    id: int
    note: None | str
    target_id: int
    target_label: str
    target_type: AuditTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        action: str = self.action

        actor: dict[str, Any] | None
        if isinstance(self.actor, UserRef):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        created_at = self.created_at.isoformat()

        id = self.id

        note: None | str
        note = self.note

        target_id = self.target_id

        target_label = self.target_label

        target_type: str = self.target_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "created_at": created_at,
                "id": id,
                "note": note,
                "target_id": target_id,
                "target_label": target_label,
                "target_type": target_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        action = check_audit_action(d.pop("action"))

        def _parse_actor(data: object) -> None | UserRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = UserRef.from_dict(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserRef, data)

        actor = _parse_actor(d.pop("actor"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        target_id = d.pop("target_id")

        target_label = d.pop("target_label")

        target_type = check_audit_target(d.pop("target_type"))

        audit_entry_read = cls(
            action=action,
            actor=actor,
            created_at=created_at,
            id=id,
            note=note,
            target_id=target_id,
            target_label=target_label,
            target_type=target_type,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
