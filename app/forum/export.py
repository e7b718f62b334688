"""The forum's sections of a member's export (accounts/export.py): the threads they started,
every post they wrote with its earlier versions, and their reactions.

Anonymous posts and threads are included and marked (`anonymous`, and the pseudonym others
see), since the export goes to their author alone. Deleted posts are included too, with
their words as stored (a delete hides them, it does not erase them; leaving with `erase`
does). Of other members' content only the title of a thread the member posted in appears,
and only while that thread is there for everyone to read.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.accounts.export import export_section
from app.accounts.models import User
from app.forum.models import Category, Post, PostRevision, Reaction, Thread, ThreadState
from app.forum.schemas import anonymous_label

_REPLIED = aliased(Post)


@export_section("threads")
async def threads_started(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    rows = await session.execute(
        select(Thread, Category.name)
        .join(Category, Category.id == Thread.category_id)
        .where(Thread.author_id == user.id)
        .order_by(Thread.id)
    )
    return [
        {
            "id": thread.id,
            "title": thread.title,
            "category": category_name,
            "anonymous": thread.anonymous,
            "content_warning": thread.content_warning,
            "created_at": thread.created_at,
            "is_deleted": thread.is_deleted,
        }
        for thread, category_name in rows
    ]


@export_section("posts")
async def posts_written(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """Every post, oldest first, each with its revisions (the bodies it had before edits)."""
    revisions = await _revisions_by_post(session, user)
    rows = await session.execute(
        select(Post, Thread.title, Thread.is_deleted, Thread.author_id, _REPLIED.number)
        .join(Thread, Thread.id == Post.thread_id)
        .outerjoin(_REPLIED, _REPLIED.id == Post.reply_to_id)
        .where(Post.author_id == user.id)
        .order_by(Post.id)
    )
    posts = []
    for post, title, thread_deleted, thread_author_id, reply_to_number in rows:
        shows_title = not thread_deleted or thread_author_id == user.id
        posts.append(
            {
                "id": post.id,
                "thread_id": post.thread_id,
                "thread_title": title if shows_title else None,
                "number": post.number,
                "anonymous": post.anonymous,
                "anonymous_label": anonymous_label(post.anonymous, post.anonymous_ordinal),
                "body": post.body,
                "reply_to": (
                    {"id": post.reply_to_id, "number": reply_to_number}
                    if post.reply_to_id is not None and reply_to_number is not None
                    else None
                ),
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "is_hidden": post.is_hidden,
                "hidden_reason": post.hidden_reason,
                "is_deleted": post.is_deleted,
                "revisions": revisions.get(post.id, []),
            }
        )
    return posts


async def _revisions_by_post(session: AsyncSession, user: User) -> dict[int, list[dict[str, Any]]]:
    """The earlier bodies of the member's posts. A moderator's edit is kept as a revision
    too; it says only that it was not the member's own."""
    rows = await session.scalars(
        select(PostRevision)
        .join(Post, Post.id == PostRevision.post_id)
        .where(Post.author_id == user.id)
        .order_by(PostRevision.post_id, PostRevision.number)
    )
    revisions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for revision in rows:
        revisions[revision.post_id].append(
            {
                "number": revision.number,
                "body": revision.body,
                "replaced_at": revision.created_at,
                "replaced_by_you": revision.editor_id == user.id,
            }
        )
    return revisions


@export_section("reactions")
async def reactions_given(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    rows = await session.scalars(
        select(Reaction)
        .where(Reaction.user_id == user.id)
        .order_by(Reaction.created_at, Reaction.post_id, Reaction.kind)
    )
    return [
        {"post_id": reaction.post_id, "kind": reaction.kind, "created_at": reaction.created_at}
        for reaction in rows
    ]


@export_section("thread_states")
async def thread_states(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """How far the member read each thread and the level they hear of it at. A thread's title
    only while it is there for everyone to read (or they started it)."""
    rows = await session.execute(
        select(ThreadState, Thread.title, Thread.is_deleted, Thread.author_id)
        .join(Thread, Thread.id == ThreadState.thread_id)
        .where(ThreadState.user_id == user.id)
        .order_by(ThreadState.thread_id)
    )
    return [
        {
            "thread_id": state.thread_id,
            "thread_title": title if not deleted or author_id == user.id else None,
            "last_read_number": state.last_read_number,
            "subscription": state.subscription,
            "updated_at": state.updated_at,
        }
        for state, title, deleted, author_id in rows
    ]
