"""Leaving the forum (DELETE /me, GDPR art. 17).

The users row stays, so posts, revisions and audit entries keep pointing at an id, but
everything that named or reached the person is erased in the request's transaction: the
username (freed at once), display name, email, bio, password hash, refresh tokens, personal
access tokens, emailed links, mail to them and stored idempotent responses. The account
then reads as "Deleted member", signs in like an unknown user and its access tokens stop
working (`service.user_for_claims`).

What other domains hold (reactions, posts, claimed reports) they erase themselves, reacting
to `MemberLeft` in the same transaction (forum/handlers.py, moderation/handlers.py): this
module cannot import them.
"""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import blocks, policy
from app.accounts.models import AccountToken, PersonalAccessToken, RefreshToken, Role, User
from app.accounts.schemas import LeavePosts
from app.accounts.service import PasswordSignInRequired, confirm_password
from app.db import utcnow
from app.errors import Conflict
from app.events import Action, Audit, MemberLeft, Target, emit
from app.idempotency import IdempotencyKey
from app.mail.models import OutgoingMail
from app.security import PasswordHashing

DELETED_NAME = "Deleted member"


class DemoteFirst(Conflict):
    slug, title = "demote-first", "A moderator or administrator is made a member first"
    advice = (
        "Moderators and administrators cannot delete their account, so the forum never "
        "loses its staff to one request. An administrator makes them a member first "
        "(`PUT /users/{username}/role`); then they can leave. Nothing was changed."
    )


def deleted_key(user_id: int) -> str:
    """What replaces the username and the email of a member who left: unique, and not a
    valid username or address, so nobody can register it and /users/deleted-5 is a 404."""
    return f"deleted-{user_id}"


async def leave(
    session: AsyncSession,
    hashing: PasswordHashing,
    user: User,
    password: str,
    posts: LeavePosts,
) -> None:
    """Erases the account of `user`, who confirmed with their password. Of concurrent
    requests the first erases and the others find it done (and answer as done)."""
    if not policy.can_leave_with_this_sign_in(user):
        raise PasswordSignInRequired(
            "A personal access token cannot delete the account; sign in first."
        )
    if not policy.can_leave(user):
        raise DemoteFirst(
            "Moderators and administrators cannot delete their account. Ask an administrator "
            "to make you a member first."
        )
    await confirm_password(hashing, user, password)
    key = deleted_key(user.id)
    # Conditional on the old state: only the request that erases the row goes on, and a
    # promotion that committed meanwhile is not erased with it. (This locks the member's row
    # before the domains lock their threads, against the forum's order; a deadlock with the
    # member's own concurrent write is rolled back and run again: app/transient.py.)
    erased = await session.scalar(
        update(User)
        .where(User.id == user.id, User.deleted_at.is_(None), User.role == Role.member.value)
        .values(
            deleted_at=utcnow(),
            username=key,
            username_key=key,
            display_name=DELETED_NAME,
            email="",
            email_key=key,
            pending_email=None,
            email_verified=False,
            bio="",
            # Verifying against an empty hash fails after the dummy verify, exactly as for
            # a login nobody has (security.PasswordHashing).
            password_hash="",
            suspended_until=None,
            suspension_reason=None,
        )
        .returning(User.id)
        .execution_options(synchronize_session=False)
    )
    if erased is None:
        await session.refresh(user)
        if user.deleted_at is None:  # promoted since this request read the account
            raise DemoteFirst("You were made a moderator meanwhile; ask to be a member first.")
        return
    # Sign-ins, tokens, emailed links, mail to the old address (sent or not: a sent one
    # keeps its recipient until pruned) and stored responses that named the member.
    for table in (
        RefreshToken,
        PersonalAccessToken,
        AccountToken,
        OutgoingMail,
        IdempotencyKey,
    ):
        await session.execute(delete(table).where(table.user_id == user.id))
    # Their blocks, both ways: nobody is kept from hearing a member who is gone, and what
    # they chose about others leaves with them.
    await blocks.forget_member(session, user.id)
    erase_posts = posts == "erase"
    await emit(
        session,
        user,
        MemberLeft(user_id=user.id, erase_posts=erase_posts),
        audit=Audit(
            Action.user_leave, Target.user, user.id, "posts erased" if erase_posts else "posts kept"
        ),
    )
