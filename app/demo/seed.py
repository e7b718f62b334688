"""Writes the demo community through the same services the API uses, so every counter,
rendered body and rule is exactly what real use would produce."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import service as accounts_service
from app.accounts.models import User
from app.accounts.schemas import RegisterRequest
from app.demo.content import CATEGORIES, DEMO_PASSWORD, NEW_MEMBER, PEOPLE, THREADS
from app.forum import service as forum_service
from app.forum.models import ReactionKind
from app.forum.policy import PostingLimits
from app.forum.schemas import CategoryCreate, PostCreate, ThreadCreate, ThreadUpdate
from app.security import PasswordHashing


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    password: str
    note: str = ""


async def database_is_empty(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count()).select_from(User))) == 0


async def seed_demo(
    session: AsyncSession, hashing: PasswordHashing, limits: PostingLimits
) -> list[DemoAccount]:
    people: dict[str, User] = {}
    for person in PEOPLE:
        user = await accounts_service.register(
            session,
            hashing,
            RegisterRequest(
                username=person.username,
                email=f"{person.username}@village.example",
                password=DEMO_PASSWORD,
                display_name=person.display_name,
            ),
        )
        user.bio = person.bio
        user.role = person.role
        # Before they write anything, so the rules for new members see their real tenure.
        user.created_at -= timedelta(days=person.joined_days_ago)
        people[person.username] = user
    await session.flush()

    admin = people["admin"]
    for position, (slug, name, description) in enumerate(CATEGORIES, start=1):
        await forum_service.create_category(
            session,
            admin,
            CategoryCreate(slug=slug, name=name, description=description, position=position),
        )

    for demo in THREADS:
        thread, first = await forum_service.create_thread(
            session,
            people[demo.author],
            ThreadCreate(
                category=demo.category,
                title=demo.title,
                body=demo.body,
                anonymous=demo.anonymous,
                content_warning=demo.content_warning,
            ),
            limits,
        )
        for author, body in demo.replies:
            await forum_service.create_post(
                session, people[author], thread.id, PostCreate(body=body), limits
            )
        for username, kind in demo.reactions:
            await forum_service.set_reaction(
                session, people[username], first.post.id, ReactionKind(kind), present=True
            )
        if demo.pinned:
            await forum_service.update_thread(
                session, people["maya_mod"], thread.id, ThreadUpdate(is_pinned=True)
            )
    return [
        DemoAccount(
            person.username,
            person.role,
            DEMO_PASSWORD,
            "new member: joined today" if person.username == NEW_MEMBER else "",
        )
        for person in PEOPLE
    ]
