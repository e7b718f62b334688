from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_level import SubscriptionLevel, check_subscription_level

if TYPE_CHECKING:
    from ..models.thread_category_ref import ThreadCategoryRef
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="ThreadRead")


@_attrs_define
class ThreadRead:
    """A thread as the viewer may see it: its author is null when it is anonymous (except
    to its author and moderators) or when its author left, and the reading fields are the
    signed-in viewer's own.

        Attributes:
            anonymous (bool): Started anonymously: its author is named only to themselves and to moderators.
            author (None | UserRef): Who started it; null when it is anonymous (except to its author and to moderators) and
                when its author left the forum.
            author_deleted (bool): Its author left the forum. Never true of an anonymous thread, which looks like every
                other one.
            category (ThreadCategoryRef): A thread's category: `kind` says where its list is shown (a forum category at
                /c/{slug}, a local group's at /groups/{slug}, or the meet-ups' discussions).
            content_warning (None | str): What a reader may want to know before opening it (clients fold the thread behind
                it); null for none.
            created_at (datetime.datetime): When it was started.
            id (int): The thread's id; it never changes.
            is_locked (bool): Moderators locked it: only moderators can reply or edit its posts.
            is_mine (bool): The signed-in viewer started it (false for everyone else and guests).
            is_pinned (bool): Moderators pinned it: it comes first in its category's list.
            last_post_at (datetime.datetime): When its latest post was written: the order of `sort=active`.
            last_read_number (int | None): The signed-in viewer's last read post number (0: never opened); null for guests.
                Moved with `PUT /threads/{thread_id}/read`.
            post_count (int): Its posts that are not deleted, the first one included.
            subscription (None | SubscriptionLevel): The viewer's chosen notification level for it; null when none was
                chosen (it notifies as `normal`) and for guests.
            title (str): One line, 3–200 characters.
            unread_count (int | None): Posts after `last_read_number` that the viewer can see; null for guests.
    """

    anonymous: bool
    author: None | UserRef
    author_deleted: bool
    category: ThreadCategoryRef
    content_warning: None | str
    created_at: datetime.datetime
    id: int
    is_locked: bool
    is_mine: bool
    is_pinned: bool
    last_post_at: datetime.datetime
    last_read_number: int | None
    post_count: int
    subscription: None | SubscriptionLevel
    title: str
    unread_count: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_ref import UserRef  # noqa: PLC0415

        anonymous = self.anonymous

        author: dict[str, Any] | None
        if isinstance(self.author, UserRef):
            author = self.author.to_dict()
        else:
            author = self.author

        author_deleted = self.author_deleted

        category = self.category.to_dict()

        content_warning: None | str
        content_warning = self.content_warning

        created_at = self.created_at.isoformat()

        id = self.id

        is_locked = self.is_locked

        is_mine = self.is_mine

        is_pinned = self.is_pinned

        last_post_at = self.last_post_at.isoformat()

        last_read_number: int | None
        last_read_number = self.last_read_number

        post_count = self.post_count

        subscription: None | str
        if isinstance(self.subscription, str):
            subscription = self.subscription
        else:
            subscription = self.subscription

        title = self.title

        unread_count: int | None
        unread_count = self.unread_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymous": anonymous,
                "author": author,
                "author_deleted": author_deleted,
                "category": category,
                "content_warning": content_warning,
                "created_at": created_at,
                "id": id,
                "is_locked": is_locked,
                "is_mine": is_mine,
                "is_pinned": is_pinned,
                "last_post_at": last_post_at,
                "last_read_number": last_read_number,
                "post_count": post_count,
                "subscription": subscription,
                "title": title,
                "unread_count": unread_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.thread_category_ref import ThreadCategoryRef  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        anonymous = d.pop("anonymous")

        def _parse_author(data: object) -> None | UserRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_0 = UserRef.from_dict(data)

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserRef, data)

        author = _parse_author(d.pop("author"))

        author_deleted = d.pop("author_deleted")

        category = ThreadCategoryRef.from_dict(d.pop("category"))

        def _parse_content_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_warning = _parse_content_warning(d.pop("content_warning"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        is_locked = d.pop("is_locked")

        is_mine = d.pop("is_mine")

        is_pinned = d.pop("is_pinned")

        last_post_at = datetime.datetime.fromisoformat(d.pop("last_post_at"))

        def _parse_last_read_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_read_number = _parse_last_read_number(d.pop("last_read_number"))

        post_count = d.pop("post_count")

        def _parse_subscription(data: object) -> None | SubscriptionLevel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_type_0 = check_subscription_level(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionLevel, data)

        subscription = _parse_subscription(d.pop("subscription"))

        title = d.pop("title")

        def _parse_unread_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unread_count = _parse_unread_count(d.pop("unread_count"))

        thread_read = cls(
            anonymous=anonymous,
            author=author,
            author_deleted=author_deleted,
            category=category,
            content_warning=content_warning,
            created_at=created_at,
            id=id,
            is_locked=is_locked,
            is_mine=is_mine,
            is_pinned=is_pinned,
            last_post_at=last_post_at,
            last_read_number=last_read_number,
            post_count=post_count,
            subscription=subscription,
            title=title,
            unread_count=unread_count,
        )

        thread_read.additional_properties = d
        return thread_read

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
