from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_kind import NotificationKind, check_notification_kind
from ..models.notification_read_action_type_0 import (
    NotificationReadActionType0,
    check_notification_read_action_type_0,
)

if TYPE_CHECKING:
    from ..models.notification_post import NotificationPost
    from ..models.notification_thread import NotificationThread
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="NotificationRead")


@_attrs_define
class NotificationRead:
    """Something that happened that concerns you: a reply, mention or quote of yours, a new
    post in a thread you watch, a moderation decision about your post or report, or news of
    a meet-up you answered. It names the thread and post (never a post's words), and who
    did it while that can be told; it stays listed if the post is later hidden or deleted.

        Attributes:
            action (None | NotificationReadActionType0): For `moderation`: `hidden`, `restored` or `deleted` (your post) or
                `flag_resolved` (your report). For `meetup`: `changed`, `cancelled`, `promoted` (off the waitlist, you are
                going), `approved` (the host said yes) or `reminder` (it is within a day). `null` for other kinds.
            actor (None | UserRef): Who did it; `null` for an anonymous post (see `anonymous_label`), for moderation
                (moderators act as a body, never named), for meet-up news no member made (a promotion, a reminder) or a
                moderator did, and for a member who has left.
            anonymous_label (None | str): The anonymous author's pseudonym in that thread, when `actor` is null because the
                post is anonymous; show it instead of a name. It never reveals who wrote the post. `null` otherwise.
            created_at (datetime.datetime): When it happened (UTC).
            id (int): The notification's id; ids grow, so a newer notification has a larger one (the live stream's `id:` for
                `notification.created`).
            kind (NotificationKind):
            meetup_id (int | None): A `meetup` notification's meet-up (`thread` is its discussion); `null` for other kinds.
            post (None | NotificationPost): The post; `null` once the thread is deleted, and for `meetup` notifications
                (they are about the meet-up, not a post).
            read_at (datetime.datetime | None): When you marked it read; `null` while unread.
            reason (None | str): The reason given with `action`: a moderator's, or the host's for a cancelled meet-up. Plain
                text; `null` when none was given.
            thread (None | NotificationThread): The thread (for `meetup`, the meet-up's discussion); `null` once the thread
                is deleted.
    """

    action: None | NotificationReadActionType0
    actor: None | UserRef
    anonymous_label: None | str
    created_at: datetime.datetime
    id: int
    kind: NotificationKind
    meetup_id: int | None
    post: None | NotificationPost
    read_at: datetime.datetime | None
    reason: None | str
    thread: None | NotificationThread
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_post import NotificationPost  # noqa: PLC0415
        from ..models.notification_thread import NotificationThread  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        action: None | str
        if isinstance(self.action, str):
            action = self.action
        else:
            action = self.action

        actor: dict[str, Any] | None
        if isinstance(self.actor, UserRef):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        anonymous_label: None | str
        anonymous_label = self.anonymous_label

        created_at = self.created_at.isoformat()

        id = self.id

        kind: str = self.kind

        meetup_id: int | None
        meetup_id = self.meetup_id

        post: dict[str, Any] | None
        if isinstance(self.post, NotificationPost):
            post = self.post.to_dict()
        else:
            post = self.post

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        reason: None | str
        reason = self.reason

        thread: dict[str, Any] | None
        if isinstance(self.thread, NotificationThread):
            thread = self.thread.to_dict()
        else:
            thread = self.thread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "anonymous_label": anonymous_label,
                "created_at": created_at,
                "id": id,
                "kind": kind,
                "meetup_id": meetup_id,
                "post": post,
                "read_at": read_at,
                "reason": reason,
                "thread": thread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_post import NotificationPost  # noqa: PLC0415
        from ..models.notification_thread import NotificationThread  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> None | NotificationReadActionType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = check_notification_read_action_type_0(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationReadActionType0, data)

        action = _parse_action(d.pop("action"))

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

        def _parse_anonymous_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        anonymous_label = _parse_anonymous_label(d.pop("anonymous_label"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        kind = check_notification_kind(d.pop("kind"))

        def _parse_meetup_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        meetup_id = _parse_meetup_id(d.pop("meetup_id"))

        def _parse_post(data: object) -> None | NotificationPost:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                post_type_0 = NotificationPost.from_dict(data)

                return post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationPost, data)

        post = _parse_post(d.pop("post"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_thread(data: object) -> None | NotificationThread:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thread_type_0 = NotificationThread.from_dict(data)

                return thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationThread, data)

        thread = _parse_thread(d.pop("thread"))

        notification_read = cls(
            action=action,
            actor=actor,
            anonymous_label=anonymous_label,
            created_at=created_at,
            id=id,
            kind=kind,
            meetup_id=meetup_id,
            post=post,
            read_at=read_at,
            reason=reason,
            thread=thread,
        )

        notification_read.additional_properties = d
        return notification_read

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
