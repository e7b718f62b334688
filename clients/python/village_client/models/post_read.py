from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_read_hidden_by_type_0 import (
    PostReadHiddenByType0,
    check_post_read_hidden_by_type_0,
)
from ..models.reaction_kind import ReactionKind, check_reaction_kind

if TYPE_CHECKING:
    from ..models.my_flag_read import MyFlagRead
    from ..models.post_number_ref import PostNumberRef
    from ..models.post_read_reactions import PostReadReactions
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="PostRead")


@_attrs_define
class PostRead:
    """A post as the viewer may see it. Its author is null when it is anonymous (except to
    its author and moderators) or when its author left; a hidden post's body is empty except
    to its author and moderators, and a deleted post's to everyone. Insert only `body_html`
    into a page: it is the one sanitised HTML.

        Attributes:
            anonymous (bool): Written anonymously.
            anonymous_label (None | str): An anonymous post's pseudonym in this thread: `Anonymous (original poster)` for
                the anonymous thread's author, else `Anonymous 1`, `Anonymous 2`, … in order of each anonymous author's first
                anonymous post here. Stable within the thread and meaningless across threads; null for a post under a name.
            author (None | UserRef): Who wrote it; null when it is anonymous (except to its author and to moderators) and
                when its author left the forum.
            author_deleted (bool): Its author left the forum. Never true of an anonymous post, which looks like every other
                one.
            body (str): The Markdown source, for editing and quoting; empty when the post is deleted, or hidden from this
                viewer. Never insert it into a page as HTML.
            body_html (str): The body rendered and sanitised by the server: the only HTML a client may insert into a page as
                it is. Empty when `body` is.
            created_at (datetime.datetime): When it was written.
            edited_at (datetime.datetime | None): When its body last changed; null if never edited (its earlier versions:
                `GET /posts/{post_id}/revisions`).
            hidden_by (None | PostReadHiddenByType0): Why it is hidden: `reports` (pending review after members' reports) or
                `moderator` (a moderator's decision); null when it is not hidden.
            hidden_reason (None | str): The reason given for hiding it, shown to its author and moderators; null for
                everyone else and when it is not hidden.
            id (int): The post's id; it never changes.
            is_blocked_author (bool): The signed-in viewer blocked its author (the web app folds it: "Post from someone you
                blocked"). Never true of an anonymous post seen by a member, which would unmask its author.
            is_deleted (bool): Deleted by its author or a moderator: it keeps its place, with an empty body.
            is_hidden (bool): Hidden from readers by moderation; its body is shown only to its author and moderators.
            is_mine (bool): The signed-in viewer wrote it (false for everyone else and guests).
            my_flag (MyFlagRead | None): The signed-in viewer's own report on it; null when they made none.
            my_reactions (list[ReactionKind]): The kinds the signed-in viewer reacted with (empty for guests).
            number (int): Its place in the thread, from 1 (the thread's first post); numbers are never reused, and a deleted
                post keeps its number.
            reactions (PostReadReactions): How many members reacted with each kind; a kind nobody chose is absent.
            reply_to (None | PostNumberRef): The post in this thread it replies to; null when none.
            thread_id (int): The thread it is in.
    """

    anonymous: bool
    anonymous_label: None | str
    author: None | UserRef
    author_deleted: bool
    body: str
    body_html: str
    created_at: datetime.datetime
    edited_at: datetime.datetime | None
    hidden_by: None | PostReadHiddenByType0
    hidden_reason: None | str
    id: int
    is_blocked_author: bool
    is_deleted: bool
    is_hidden: bool
    is_mine: bool
    my_flag: MyFlagRead | None
    my_reactions: list[ReactionKind]
    number: int
    reactions: PostReadReactions
    reply_to: None | PostNumberRef
    thread_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.my_flag_read import MyFlagRead  # noqa: PLC0415
        from ..models.post_number_ref import PostNumberRef  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        anonymous = self.anonymous

        anonymous_label: None | str
        anonymous_label = self.anonymous_label

        author: dict[str, Any] | None
        if isinstance(self.author, UserRef):
            author = self.author.to_dict()
        else:
            author = self.author

        author_deleted = self.author_deleted

        body = self.body

        body_html = self.body_html

        created_at = self.created_at.isoformat()

        edited_at: None | str
        if isinstance(self.edited_at, datetime.datetime):
            edited_at = self.edited_at.isoformat()
        else:
            edited_at = self.edited_at

        hidden_by: None | str
        if isinstance(self.hidden_by, str):
            hidden_by = self.hidden_by
        else:
            hidden_by = self.hidden_by

        hidden_reason: None | str
        hidden_reason = self.hidden_reason

        id = self.id

        is_blocked_author = self.is_blocked_author

        is_deleted = self.is_deleted

        is_hidden = self.is_hidden

        is_mine = self.is_mine

        my_flag: dict[str, Any] | None
        if isinstance(self.my_flag, MyFlagRead):
            my_flag = self.my_flag.to_dict()
        else:
            my_flag = self.my_flag

        my_reactions = []
        for my_reactions_item_data in self.my_reactions:
            my_reactions_item: str = my_reactions_item_data
            my_reactions.append(my_reactions_item)

        number = self.number

        reactions = self.reactions.to_dict()

        reply_to: dict[str, Any] | None
        if isinstance(self.reply_to, PostNumberRef):
            reply_to = self.reply_to.to_dict()
        else:
            reply_to = self.reply_to

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymous": anonymous,
                "anonymous_label": anonymous_label,
                "author": author,
                "author_deleted": author_deleted,
                "body": body,
                "body_html": body_html,
                "created_at": created_at,
                "edited_at": edited_at,
                "hidden_by": hidden_by,
                "hidden_reason": hidden_reason,
                "id": id,
                "is_blocked_author": is_blocked_author,
                "is_deleted": is_deleted,
                "is_hidden": is_hidden,
                "is_mine": is_mine,
                "my_flag": my_flag,
                "my_reactions": my_reactions,
                "number": number,
                "reactions": reactions,
                "reply_to": reply_to,
                "thread_id": thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.my_flag_read import MyFlagRead  # noqa: PLC0415
        from ..models.post_number_ref import PostNumberRef  # noqa: PLC0415
        from ..models.post_read_reactions import PostReadReactions  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        anonymous = d.pop("anonymous")

        def _parse_anonymous_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        anonymous_label = _parse_anonymous_label(d.pop("anonymous_label"))

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

        body = d.pop("body")

        body_html = d.pop("body_html")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_edited_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edited_at_type_0 = datetime.datetime.fromisoformat(data)

                return edited_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        edited_at = _parse_edited_at(d.pop("edited_at"))

        def _parse_hidden_by(data: object) -> None | PostReadHiddenByType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hidden_by_type_0 = check_post_read_hidden_by_type_0(data)

                return hidden_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostReadHiddenByType0, data)

        hidden_by = _parse_hidden_by(d.pop("hidden_by"))

        def _parse_hidden_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hidden_reason = _parse_hidden_reason(d.pop("hidden_reason"))

        id = d.pop("id")

        is_blocked_author = d.pop("is_blocked_author")

        is_deleted = d.pop("is_deleted")

        is_hidden = d.pop("is_hidden")

        is_mine = d.pop("is_mine")

        def _parse_my_flag(data: object) -> MyFlagRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                my_flag_type_0 = MyFlagRead.from_dict(data)

                return my_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MyFlagRead | None, data)

        my_flag = _parse_my_flag(d.pop("my_flag"))

        my_reactions = []
        _my_reactions = d.pop("my_reactions")
        for my_reactions_item_data in _my_reactions:
            my_reactions_item = check_reaction_kind(my_reactions_item_data)

            my_reactions.append(my_reactions_item)

        number = d.pop("number")

        reactions = PostReadReactions.from_dict(d.pop("reactions"))

        def _parse_reply_to(data: object) -> None | PostNumberRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reply_to_type_0 = PostNumberRef.from_dict(data)

                return reply_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostNumberRef, data)

        reply_to = _parse_reply_to(d.pop("reply_to"))

        thread_id = d.pop("thread_id")

        post_read = cls(
            anonymous=anonymous,
            anonymous_label=anonymous_label,
            author=author,
            author_deleted=author_deleted,
            body=body,
            body_html=body_html,
            created_at=created_at,
            edited_at=edited_at,
            hidden_by=hidden_by,
            hidden_reason=hidden_reason,
            id=id,
            is_blocked_author=is_blocked_author,
            is_deleted=is_deleted,
            is_hidden=is_hidden,
            is_mine=is_mine,
            my_flag=my_flag,
            my_reactions=my_reactions,
            number=number,
            reactions=reactions,
            reply_to=reply_to,
            thread_id=thread_id,
        )

        post_read.additional_properties = d
        return post_read

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
