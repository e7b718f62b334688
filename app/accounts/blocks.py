"""Blocking (`PUT/DELETE /users/{username}/block`, `GET /me/blocks`).

A member who blocks another no longer hears from them: the blocked member's posts come back
with `is_blocked_author: true` (collapsed by the web app), and they cannot mention,
quote-notify or reply-notify the blocker. Blocking is private: nothing is emitted, no event,
webhook or notification tells the blocked member, and nothing in their own views changes.

Moderators and administrators cannot be blocked, as Discourse lets members ignore anyone but
staff: a moderator's warning or notice in a thread must reach every member. A block made
before its target became a moderator stays stored (so it holds again if they are made a
member) but is inert meanwhile: the lookups below only count blocks of members.

The lookups are what other domains read (forum's post pages, live streams, notification
fan-out): each is one statement whatever the number of ids asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.accounts.models import Role, User, UserBlock
from app.accounts.service import get_by_username
from app.db import dialect_insert, utcnow
from app.errors import UnprocessableEntity
from app.pagination import decode_cursor, keyset_page

# A block counts only while its target is a member (see the module's docstring).
_TARGET_IS_MEMBER = (User.id == UserBlock.blocked_id) & (User.role == Role.member.value)


class CannotBlockYourself(UnprocessableEntity):
    slug, title = "cannot-block-yourself", "You cannot block yourself"
    advice = "The member to block is the one signed in. Nothing was changed; do not retry."


class CannotBlockStaff(UnprocessableEntity):
    slug, title = "cannot-block-staff", "Moderators cannot be blocked"
    advice = (
        "Moderators and administrators stay heard by everyone: their notices in threads "
        "must reach every member. Nothing was changed. Someone treated badly by one of "
        "them tells another moderator (a flag on the post)."
    )


def can_block(blocker: User, target: User) -> bool:
    """Any member may block any other member; moderators and administrators stay heard by
    everyone (their notices in threads must reach all), and nobody blocks themselves."""
    return blocker.id != target.id and not target.is_moderator


async def blocked_among(
    connection: AsyncConnection | AsyncSession, blocker_id: int, author_ids: Iterable[int]
) -> set[int]:
    """The ids among `author_ids` that `blocker_id` blocked (and that are members): one
    statement, for a page of posts or a live event. Callers must not ask about anonymous
    posts' authors: a collapsed anonymous post would unmask it."""
    candidates = set(author_ids) - {blocker_id}
    if not candidates:
        return set()
    rows = await connection.scalars(
        select(UserBlock.blocked_id)
        .join(User, _TARGET_IS_MEMBER)
        .where(UserBlock.blocker_id == blocker_id, UserBlock.blocked_id.in_(sorted(candidates)))
    )
    return set(rows)


async def blockers_of(
    connection: AsyncConnection | AsyncSession,
    author_id: int,
    member_ids: Iterable[int] | None = None,
) -> set[int]:
    """The members who blocked `author_id` (among `member_ids` when given): those a post of
    theirs must not notify. One statement by the blocked-id index, whatever the number of
    `member_ids` (a fan-out to 10,000 watchers passes no 10,000 parameters)."""
    rows = await connection.scalars(
        select(UserBlock.blocker_id)
        .join(User, _TARGET_IS_MEMBER)
        .where(UserBlock.blocked_id == author_id)
    )
    blockers = set(rows)
    return blockers if member_ids is None else blockers & set(member_ids)


async def block(session: AsyncSession, blocker: User, username: str) -> None:
    """Blocks the member called `username`; blocking again changes nothing."""
    target = await get_by_username(session, username)
    if target.id == blocker.id:
        raise CannotBlockYourself("You cannot block yourself.", loc=("path", "username"))
    if not can_block(blocker, target):
        raise CannotBlockStaff(
            "Moderators and administrators cannot be blocked: their notices must reach "
            "everyone. If one of them treats you badly, tell another moderator.",
            loc=("path", "username"),
        )
    insert = dialect_insert(session)
    await session.execute(
        insert(UserBlock)
        .values(blocker_id=blocker.id, blocked_id=target.id, created_at=utcnow())
        .on_conflict_do_nothing()
    )


async def unblock(session: AsyncSession, blocker: User, username: str) -> None:
    """Removes the block, if there is one (a block of someone since made a moderator too)."""
    target = await get_by_username(session, username)
    await session.execute(
        delete(UserBlock).where(
            UserBlock.blocker_id == blocker.id, UserBlock.blocked_id == target.id
        )
    )


@dataclass(frozen=True)
class BlockedMember:
    user: User
    created_at: datetime


async def list_blocks(
    session: AsyncSession, blocker: User, limit: int, cursor: str | None
) -> tuple[list[BlockedMember], str | None]:
    """The members `blocker` blocked, by their id (the primary key's order, so each page is
    an index range however many blocks there are), with when each was blocked."""
    statement = (
        select(User, UserBlock.created_at)
        .join(UserBlock, UserBlock.blocked_id == User.id)
        .where(UserBlock.blocker_id == blocker.id, User.deleted_at.is_(None))
        .order_by(UserBlock.blocked_id)
        .limit(limit + 1)
    )
    if cursor is not None:
        (after,) = decode_cursor(cursor, (int,))
        statement = statement.where(UserBlock.blocked_id > after)
    rows = [
        BlockedMember(user, created_at) for user, created_at in await session.execute(statement)
    ]
    return keyset_page(rows, limit, lambda item: (item.user.id,))


async def forget_member(session: AsyncSession, user_id: int) -> None:
    """A member who leaves takes their blocks with them, both ways (leaving.py)."""
    await session.execute(
        delete(UserBlock).where(
            (UserBlock.blocker_id == user_id) | (UserBlock.blocked_id == user_id)
        )
    )
