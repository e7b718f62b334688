from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flag_read import FlagRead
    from ..models.post_read import PostRead
    from ..models.queue_thread import QueueThread
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="QueueItemRead")


@_attrs_define
class QueueItemRead:
    """A post waiting for review, with its open reports. There is one item per post, so the
    item's `id` is the post's id: stable while the post waits, the key of a client's list,
    and the id that claiming, releasing and resolving take.

        Attributes:
            claimed_by (None | UserRef): The moderator working on it; null while nobody has claimed it.
            first_flagged_at (datetime.datetime): When the first of the open reports was made (UTC): how long it waits.
            flag_count (int): How many open reports the post has.
            flags (list[FlagRead]): The post's open reports, oldest first.
            id (int): The item's id, which is the reported post's id (one item per post).
            post (PostRead): A post as the viewer may see it. Its author is null when it is anonymous (except to
                its author and moderators) or when its author left; a hidden post's body is empty except
                to its author and moderators, and a deleted post's to everyone. Insert only `body_html`
                into a page: it is the one sanitised HTML.
            thread (QueueThread): The thread a queued post is in, so a reviewer sees its context without another call.
    """

    claimed_by: None | UserRef
    first_flagged_at: datetime.datetime
    flag_count: int
    flags: list[FlagRead]
    id: int
    post: PostRead
    thread: QueueThread
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        claimed_by: dict[str, Any] | None
        if isinstance(self.claimed_by, UserRef):
            claimed_by = self.claimed_by.to_dict()
        else:
            claimed_by = self.claimed_by

        first_flagged_at = self.first_flagged_at.isoformat()

        flag_count = self.flag_count

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        id = self.id

        post = self.post.to_dict()

        thread = self.thread.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimed_by": claimed_by,
                "first_flagged_at": first_flagged_at,
                "flag_count": flag_count,
                "flags": flags,
                "id": id,
                "post": post,
                "thread": thread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flag_read import FlagRead  # noqa: PLC0415
        from ..models.post_read import PostRead  # noqa: PLC0415
        from ..models.queue_thread import QueueThread  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_claimed_by(data: object) -> None | UserRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_by_type_0 = UserRef.from_dict(data)

                return claimed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserRef, data)

        claimed_by = _parse_claimed_by(d.pop("claimed_by"))

        first_flagged_at = datetime.datetime.fromisoformat(d.pop("first_flagged_at"))

        flag_count = d.pop("flag_count")

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = FlagRead.from_dict(flags_item_data)

            flags.append(flags_item)

        id = d.pop("id")

        post = PostRead.from_dict(d.pop("post"))

        thread = QueueThread.from_dict(d.pop("thread"))

        queue_item_read = cls(
            claimed_by=claimed_by,
            first_flagged_at=first_flagged_at,
            flag_count=flag_count,
            flags=flags,
            id=id,
            post=post,
            thread=thread,
        )

        queue_item_read.additional_properties = d
        return queue_item_read

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
