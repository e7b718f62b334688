"""Writes the demo community through the same services the API uses, so every counter,
rendered body and rule is exactly what real use would produce."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import service as accounts_service
from app.accounts.models import User
from app.accounts.schemas import RegisterRequest
from app.demo.content import (
    CATEGORIES,
    DEMO_PASSWORD,
    DEMO_TIME_ZONE,
    GROUPS,
    MEETUPS,
    NEW_MEMBER,
    PEOPLE,
    THREADS,
    DemoWhen,
)
from app.forum import service as forum_service
from app.forum.models import ReactionKind
from app.forum.policy import PostingLimits
from app.forum.schemas import CategoryCreate, PostCreate, ThreadCreate, ThreadUpdate
from app.meetups import groups as groups_service
from app.meetups import rsvp as rsvp_service
from app.meetups import service as meetups_service
from app.meetups.models import MeetupKind
from app.meetups.schemas import GroupCreate, MeetupCreate
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
    # After the forum's threads, so theirs keep their numbers (/t/1 is the welcome).
    await seed_meetups(session, people)
    return [
        DemoAccount(
            person.username,
            person.role,
            DEMO_PASSWORD,
            "new member: joined today" if person.username == NEW_MEMBER else "",
        )
        for person in PEOPLE
    ]


def demo_start(when: DemoWhen, today: date, zone: ZoneInfo) -> datetime:
    """When a demo meet-up starts: `when.days` after `today`, or on the first `when.weekday`
    after it (never today: the demo is seeded at any hour), at its London time."""
    if when.days is not None:
        day = today + timedelta(days=when.days)
    else:
        assert when.weekday is not None
        day = today + timedelta(days=(when.weekday - today.weekday() - 1) % 7 + 1)
    return datetime.combine(day, time(when.hour, when.minute), tzinfo=zone)


async def seed_meetups(session: AsyncSession, people: dict[str, User]) -> None:
    """Local groups with their members, and upcoming meet-ups (dates relative to today),
    each with its discussion thread and a few answers: through the services, so every
    counter, waitlist ticket and event is what real use makes."""
    slugs: dict[str, str] = {}
    for demo_group in GROUPS:
        made = await groups_service.create_group(
            session,
            people[demo_group.creator],
            GroupCreate(
                name=demo_group.name, area=demo_group.area, description=demo_group.description
            ),
            max_per_day=len(GROUPS),
        )
        group = made.group
        slugs[demo_group.name] = group.slug
        for username in demo_group.members:
            await groups_service.join_group(session, people[username], group.slug)

    zone = ZoneInfo(DEMO_TIME_ZONE)
    today = datetime.now(zone).date()
    for demo in MEETUPS:
        starts_at = demo_start(demo.when, today, zone)
        meetup = await meetups_service.create_meetup(
            session,
            people[demo.host],
            MeetupCreate(
                group=slugs[demo.group] if demo.group is not None else None,
                title=demo.title,
                description=demo.description,
                kind=MeetupKind(demo.kind),
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=demo.hours),
                venue=demo.venue,
                area=demo.area,
                capacity=demo.capacity,
                requires_approval=demo.requires_approval,
            ),
        )
        for username, status in demo.rsvps:
            await rsvp_service.set_rsvp(session, people[username], meetup.id, status)
        for username in demo.approved:
            await rsvp_service.approve_rsvp(session, people[demo.host], meetup.id, username)
