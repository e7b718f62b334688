"""Outbox events as SSE frames, each carrying the resource as one viewer may see it.

A batch of events is loaded once (`load`: the posts and threads they name, and the own
reactions and reports of the members watching), then framed per viewer (`Loaded.frame`) by
the forum's one visibility serialiser, `post_json` / `thread_json`. What those show depends
on the viewer only through who they are to the resource (visitor, member, its author,
moderator), so a frame is serialised once per kind of viewer and shared by every stream of
that kind; only a member's own reactions or report on the post make their copy their own. A
member who blocked the post's author is a kind of viewer of their own (their frame says
`is_blocked_author`; never of an anonymous post, which it would unmask). A thread.updated
carries each member's own reading state (`unread_count`, …), so a member's copy is theirs.

Kernel kinds to stream names: post.created → post.created; post.updated, post.unhidden and
post.deleted → post.updated (the post shows its new state); post.hidden → post.hidden;
thread.updated → thread.updated; thread.deleted → thread.deleted (`{"id": …}`, and the
stream ends). Other kinds are not shown on a thread's stream.

A member's notification stream shows `notification.created`, one frame per notification,
its `data:` the Notification as GET /notifications shows it and its `id:` the
notification's id (`notification_frames`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import to_json
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.errors import NotFound
from app.events import EventKind
from app.forum import policy as forum_policy
from app.forum import reading
from app.forum import service as forum_service
from app.forum.annotations import MyFlag, load_members_flags
from app.forum.models import Thread
from app.forum.schemas import PostView, ReadingState, post_json, thread_json
from app.live import queries
from app.live.envelope import Envelope
from app.notifications import service as notifications_service

STREAM_NAMES: dict[str, str] = {
    EventKind.post_created: "post.created",
    EventKind.post_updated: "post.updated",
    EventKind.post_unhidden: "post.updated",
    EventKind.post_deleted: "post.updated",
    EventKind.post_hidden: "post.hidden",
    EventKind.thread_updated: "thread.updated",
    EventKind.thread_deleted: "thread.deleted",
}
STREAMED_KINDS = tuple(str(kind) for kind in STREAM_NAMES)
POST_KINDS = frozenset(
    {
        EventKind.post_created,
        EventKind.post_updated,
        EventKind.post_unhidden,
        EventKind.post_deleted,
        EventKind.post_hidden,
    }
)
ENDS_STREAM = EventKind.thread_deleted.value

NOTIFICATION_NAME = "notification.created"

# (event id, visitor?, moderator?, author?, blocked the author?): one serialisation per kind
# of viewer.
CacheKey = tuple[int, bool, bool, bool, bool]


def shown(kind: str) -> bool:
    """Whether a thread's stream shows events of this kind."""
    return kind in STREAM_NAMES


def sse_frame(event_id: int, name: str, data: bytes) -> bytes:
    # Compact JSON has no line breaks (they are escaped inside strings): one data line.
    return b"id: %d\nevent: %s\ndata: %s\n\n" % (event_id, name.encode(), data)


def _post_id(envelope: Envelope) -> int | None:
    value = envelope.payload.get("post_id")
    return value if isinstance(value, int) else None


def _cache_key(
    envelope: Envelope, viewer: User | None, author_id: int, blocked: bool = False
) -> CacheKey:
    return (
        envelope.id,
        viewer is None,
        forum_policy.is_moderator(viewer),
        forum_policy.is_author(viewer, author_id),
        blocked,
    )


@dataclass
class Loaded:
    """The resources a batch of events names, as they are now."""

    posts: dict[int, PostView] = field(default_factory=dict)
    threads: dict[int, Thread] = field(default_factory=dict)
    reactions: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    flags: dict[tuple[int, int], MyFlag] = field(default_factory=dict)
    # (blocker id, blocked id) of the watching members who blocked a batch's post author.
    blocks: set[tuple[int, int]] = field(default_factory=set)
    # (thread id, member id) → that member's reading state of a changed thread.
    reading: dict[tuple[int, int], ReadingState] = field(default_factory=dict)

    def frame(
        self, envelope: Envelope, viewer: User | None, cache: dict[CacheKey, bytes]
    ) -> bytes | None:
        """The event's frame for `viewer`; None when it has nothing to show (a kind the
        stream does not carry, or a resource that has gone meanwhile)."""
        name = STREAM_NAMES.get(envelope.kind)
        if name is None:
            return None
        if envelope.kind == ENDS_STREAM:
            return sse_frame(envelope.id, name, to_json({"id": envelope.thread_id}))
        if envelope.kind == EventKind.thread_updated:
            thread = self.threads.get(envelope.thread_id or 0)
            if thread is None:
                return None
            if viewer is not None:  # their own reading state: their own copy
                state = self.reading.get((thread.id, viewer.id))
                return sse_frame(envelope.id, name, to_json(thread_json(thread, viewer, state)))
            return self._shared(
                cache,
                _cache_key(envelope, viewer, thread.author_id),
                lambda: sse_frame(envelope.id, name, to_json(thread_json(thread, viewer))),
            )
        post_id = _post_id(envelope)
        view = self.posts.get(post_id) if post_id is not None else None
        if view is None:
            return None
        post = view.post
        blocked = (
            viewer is not None and not post.anonymous and (viewer.id, post.author_id) in self.blocks
        )
        if blocked:
            view = dataclasses.replace(view, is_blocked_author=True)
        if viewer is not None:
            mine = self.reactions.get((post.id, viewer.id))
            flag = self.flags.get((post.id, viewer.id))
            if mine or flag:  # this member's own copy
                own = dataclasses.replace(view, my_reactions=mine or [], my_flag=flag)
                return sse_frame(envelope.id, name, to_json(post_json(own, viewer)))
        shown_view = view
        return self._shared(
            cache,
            _cache_key(envelope, viewer, post.author_id, blocked),
            lambda: sse_frame(envelope.id, name, to_json(post_json(shown_view, viewer))),
        )

    @staticmethod
    def _shared(cache: dict[CacheKey, bytes], key: CacheKey, make: Any) -> bytes:
        frame = cache.get(key)
        if frame is None:
            frame = cache[key] = make()
        return frame


async def load(
    session: AsyncSession, envelopes: list[Envelope], audiences: Mapping[int, Collection[User]]
) -> Loaded:
    """Loads what `envelopes` name: their posts (with reaction counts), their changed
    threads, and for the members watching (`audiences`: thread id → members) their own
    reactions, reports and blocks, in a bounded number of statements; and each watching
    member's reading state of a changed thread (one statement per member: a thread.updated
    is rare, a title, a pin or a lock)."""
    loaded = Loaded()
    member_ids = {member.id for members in audiences.values() for member in members}
    post_ids = sorted(
        {
            post_id
            for envelope in envelopes
            if envelope.kind in POST_KINDS and (post_id := _post_id(envelope)) is not None
        }
    )
    if post_ids:
        # The viewer is left out: the counts are everyone's, `my_reactions` and `my_flag`
        # come below.
        loaded.posts = await forum_service.post_views_by_id(session, None, post_ids)
        if member_ids:
            loaded.reactions = await queries.member_reactions(session, post_ids, member_ids)
            connection = await session.connection()
            loaded.flags = await load_members_flags(connection, member_ids, post_ids)
            authors = {
                view.post.author_id
                for view in loaded.posts.values()
                if not view.post.anonymous and view.post.author_id is not None
            }
            loaded.blocks = await queries.blocks(session, member_ids, authors)
    changed = {e.thread_id for e in envelopes if e.kind == EventKind.thread_updated}
    for thread_id in sorted(thread_id for thread_id in changed if thread_id is not None):
        try:
            loaded.threads[thread_id] = await forum_service.get_thread(session, thread_id)
        except NotFound:  # deleted meanwhile: its thread.deleted follows
            continue
        for member in audiences.get(thread_id, ()):
            states = await reading.reading_states(session, member, [thread_id])
            if (state := states.get(thread_id)) is not None:
                loaded.reading[thread_id, member.id] = state
    return loaded


async def notification_frames(
    session: AsyncSession, notification_ids: Collection[int]
) -> dict[int, tuple[int, bytes]]:
    """notification id → (its member's id, its `notification.created` frame), in one load
    of the notifications as GET /notifications shows them; ids gone meanwhile are left out."""
    if not notification_ids:
        return {}
    loaded = await notifications_service.notifications_by_ids(session, sorted(notification_ids))
    return {
        read.id: (user_id, sse_frame(read.id, NOTIFICATION_NAME, read.model_dump_json().encode()))
        for user_id, read in loaded
    }
