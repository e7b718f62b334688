"""The benchmark dataset: users, threads and posts in realistic shapes, written in bulk.

    DATABASE_URL=… python -m bench.seed [--users 10000] [--threads 50000] [--posts 1000000]

into an empty, migrated database (`village migrate`). It is bench's own command, not the
app's: `app/` never imports `bench/`.

PostgreSQL gets COPY (asyncpg's binary copy); SQLite gets batched multi-row inserts. Every
counter the app keeps (per thread, category and user) is computed while the rows are made,
so the database is exact without a single UPDATE afterwards. Shapes: one thread of 10,000
posts, the rest long-tailed; a few anonymous, hidden and deleted posts; reactions.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from app.accounts.models import User
from app.config import get_settings
from app.db import create_engine
from app.forum.models import Category, CategoryKind, Post, Reaction, Thread
from app.meetups.areas import area_key
from app.meetups.models import Group, GroupMember, Meetup, MeetupKind, Rsvp, RsvpStatus
from app.security import PasswordHashing

BATCH = 20_000
LONG_THREAD_POSTS = 10_000
SENTENCES = [
    "She finally slept four hours straight last night.",
    "Has anyone tried a later bedtime for a toddler who fights naps?",
    "Sending you a big hug, the first weeks are so hard.",
    "We switched to combination feeding and it helped all of us.",
    "The health visitor said it is completely normal at this age.",
    "Our playgroup meets on Thursdays if you want to come along.",
    "Teething again, or so we think. Nothing helps for long.",
    "Small win: he ate three pieces of broccoli without a fight.",
    "I cried in the car park today and that is okay.",
    "Thank you all, reading this at 3 a.m. made me feel less alone.",
]
# "meetups" is the slug of the meet-ups' own category (kind 'meetups', made below when the
# plan has meet-ups): the forum's category of local chat is "out-and-about" here.
CATEGORY_SLUGS = ["pregnancy", "babies", "toddlers", "sleep", "feeding", "wellbeing",
                  "out-and-about", "just-chat"]  # fmt: skip
KINDS = ["heart", "hug", "same", "thanks", "laugh"]
# Every bench user's password: the benchmark signs in as them.
BENCH_PASSWORD = "village-bench-password"  # noqa: S105 - a published benchmark credential


@dataclass
class Plan:
    users: int
    threads: int
    posts: int
    seed: int = 2026
    reactions_per_post: float = 0.3
    # Issue 13: local groups and meet-ups (none unless asked; `python -m bench.seed` asks for
    # 10,000 meet-ups in 320 areas).
    meetups: int = 0
    groups: int = 0
    areas: int = 320
    start: datetime = field(default_factory=lambda: datetime(2025, 11, 1, tzinfo=UTC))


def thread_sizes(plan: Plan, rng: random.Random) -> list[int]:
    """Posts per thread: the first has 10,000 (when the plan allows); the rest follow a
    long tail (many short threads, some long) and add up exactly to the plan."""
    long_posts = min(LONG_THREAD_POSTS, plan.posts - (plan.threads - 1))
    rest = plan.posts - long_posts
    others = plan.threads - 1
    if others == 0:
        return [plan.posts]
    weights = [rng.paretovariate(1.3) for _ in range(others)]
    total = sum(weights)
    extra = rest - others  # every thread has at least its first post
    # The long tail stays below the 10,000-post thread, which is the longest by design.
    cap = max(1, min(long_posts // 5, rest))
    sizes = [min(cap, 1 + int(extra * w / total)) for w in weights]
    shortfall = rest - sum(sizes)
    i = 0
    while shortfall > 0:
        if sizes[i % others] < cap:
            sizes[i % others] += 1
            shortfall -= 1
        i += 1
    return [long_posts, *sizes]


class Progress:
    def __init__(self, what: str, total: int, say: Callable[[str], None]) -> None:
        self.what, self.total, self.done, self.say = what, total, 0, say
        self.started = time.monotonic()

    def add(self, count: int) -> None:
        self.done += count
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed else 0
        self.say(f"  {self.what} {self.done:>9,}/{self.total:,}  {rate:,.0f}/s  {elapsed:5.1f}s")


def _html(body: str) -> str:
    # Bench bodies are plain sentences: this is exactly what the renderer makes of them.
    return f"<p>{body}</p>"


async def seed(
    engine: AsyncEngine, plan: Plan, password_hash: str, say: Callable[[str], None] = print
) -> None:
    rng = random.Random(plan.seed)  # noqa: S311 - reproducible data, not secrets
    is_pg = engine.dialect.name == "postgresql"
    async with engine.begin() as conn:
        writer = _Writer(conn, is_pg, Progress("posts written", plan.posts, say))
        say(f"users: {plan.users:,}")
        now = datetime.now(UTC)
        users: list[dict[str, Any]] = [
            {
                "id": i,
                "username": f"parent{i}",
                "username_key": f"parent{i}",
                "email": f"parent{i}@bench.example",
                "email_key": f"parent{i}@bench.example",
                "password_hash": password_hash,
                "display_name": f"Parent {i}",
                "bio": "",
                "role": "member",
                "post_count": 0,
                "created_at": plan.start - timedelta(days=30),
                "suspended_until": None,
                "suspension_reason": None,
                "email_verified": True,
                "pending_email": None,
                "deleted_at": None,
                "email_replies": True,
                "email_mentions": True,
                "email_digest": "off",
                "default_subscription": "watching",
            }
            for i in range(1, plan.users + 1)
        ]
        users[0]["role"] = "admin"
        users[1]["role"] = "moderator"
        categories: list[dict[str, Any]] = [
            {
                "id": i,
                "slug": slug,
                "name": slug.replace("-", " ").title(),
                "description": "",
                "position": i,
                "thread_count": 0,
                "post_count": 0,
                "last_post_at": None,
                "created_at": plan.start,
            }
            for i, slug in enumerate(CATEGORY_SLUGS, start=1)
        ]
        sizes = thread_sizes(plan, rng)
        span = (now - plan.start).total_seconds()
        threads: list[dict[str, Any]] = []
        progress = Progress("posts made", plan.posts, say)
        post_id = 0
        reaction_rows: list[tuple[Any, ...]] = []
        post_rows: list[tuple[Any, ...]] = []
        say(f"threads: {plan.threads:,}, posts: {plan.posts:,}")
        for thread_id, size in enumerate(sizes, start=1):
            category = categories[(thread_id - 1) % len(categories)]
            author = rng.randrange(plan.users) + 1
            anonymous = rng.random() < 0.01
            created = plan.start + timedelta(seconds=rng.random() * span * 0.9)
            gap = (now - created).total_seconds() / (size + 1)
            standing = 0
            moment = created
            # Pseudonyms as the app gives them: 0 for the original poster of an anonymous
            # thread, then 1, 2, ... per other author in order of their first anonymous post.
            pseudonyms: dict[int, int] = {author: 0} if anonymous else {}
            others_anonymous = 0
            for number in range(1, size + 1):
                post_id += 1
                poster = author if number == 1 else rng.randrange(plan.users) + 1
                post_anonymous = anonymous if number == 1 else rng.random() < 0.005
                hidden = rng.random() < 0.003
                deleted = number > 1 and rng.random() < 0.003
                body = " ".join(rng.sample(SENTENCES, 1 + rng.randrange(3)))
                moment = created + timedelta(seconds=gap * (number - 1))
                ordinal = None
                if post_anonymous:
                    if poster not in pseudonyms:
                        others_anonymous += 1
                        pseudonyms[poster] = others_anonymous
                    ordinal = pseudonyms[poster]
                post_rows.append((
                    post_id, thread_id, number, poster, post_anonymous, ordinal, body,
                    _html(body), None,
                    moment, None, hidden, "Hidden by a moderator." if hidden else None,
                    False, deleted, moment if deleted else None,
                ))  # fmt: skip
                if not deleted:
                    standing += 1
                    if not post_anonymous:
                        users[poster - 1]["post_count"] += 1
                for _ in range(_poisson(rng, plan.reactions_per_post)):
                    reaction_rows.append(
                        (post_id, rng.randrange(plan.users) + 1, rng.choice(KINDS), moment)
                    )
                if len(post_rows) >= BATCH:
                    await writer.posts_later(post_rows)
                    progress.add(len(post_rows))
                    post_rows = []
            threads.append({
                "id": thread_id, "category_id": category["id"], "author_id": author,
                "anonymous": anonymous, "title": f"{rng.choice(SENTENCES)[:-1]} #{thread_id}",
                "content_warning": None, "created_at": created, "last_post_at": moment,
                "post_count": standing, "last_number": size, "is_pinned": thread_id % 997 == 0,
                "is_locked": False, "is_deleted": False, "anonymous_count": others_anonymous,
            })  # fmt: skip
            category["thread_count"] += 1
            category["post_count"] += standing
            if category["last_post_at"] is None or moment > category["last_post_at"]:
                category["last_post_at"] = moment
        local = None
        if plan.meetups or plan.groups:
            local = make_meetups(plan, rng, now, users, categories, threads, post_id)
            post_id += len(local.posts)
            post_rows.extend(local.posts)
            progress.total += len(local.posts)
            writer.progress.total += len(local.posts)
        # Parents first (foreign keys), then the children buffered above.
        await writer.rows(User.__table__, users)
        await writer.rows(Category.__table__, categories)
        await writer.rows(Thread.__table__, threads)
        if post_rows:
            await writer.posts_later(post_rows)
            progress.add(len(post_rows))
        await writer.flush_posts()
        if local is not None:
            say(
                f"groups: {len(local.groups):,} ({len(local.members):,} members), "
                f"meet-ups: {len(local.meetups):,}, RSVPs: {len(local.rsvps):,}"
            )
            await writer.rows(Group.__table__, local.groups)
            await writer.rows(GroupMember.__table__, local.members)
            await writer.rows(Meetup.__table__, local.meetups)
            await writer.rows(Rsvp.__table__, local.rsvps)
        unique = list({(r[0], r[1], r[2]): r for r in reaction_rows}.values())
        say(f"reactions: {len(unique):,}")
        for chunk in _chunks(unique, BATCH):
            await writer.copy(Reaction.__table__, chunk)
        await writer.reset_sequences(
            {
                "users": plan.users,
                "categories": len(categories),
                "threads": len(threads),
                "posts": post_id,
                **(
                    {"groups": len(local.groups), "meetups": len(local.meetups)}
                    if local is not None
                    else {}
                ),
            }
        )
    say("analyzing")
    async with engine.connect() as conn:
        await conn.execute(text("ANALYZE"))
        await conn.commit()


def _poisson(rng: random.Random, mean: float) -> int:
    count, threshold, product = 0, pow(2.718281828, -mean), rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# Meet-ups (issue 13)

TOWNS = [
    "Leeds", "Hackney", "Bristol", "Manchester", "Sheffield", "Glasgow", "Edinburgh", "Cardiff",
    "Belfast", "Norwich", "York", "Bath", "Brighton", "Oxford", "Cambridge", "Leicester",
    "Nottingham", "Derby", "Coventry", "Liverpool", "Newcastle", "Sunderland", "Exeter",
    "Plymouth", "Swansea", "Aberdeen", "Dundee", "Inverness", "Hull", "Bradford", "Wakefield",
    "Reading", "Luton", "Ipswich", "Lincoln", "Durham", "Carlisle", "Chester", "Worcester",
    "Hereford", "Camden", "Islington", "Lambeth", "Croydon", "Barnet", "Ealing",
]  # fmt: skip
QUARTERS = ["North", "South", "East", "West", "Central", "Old Town", "Riverside", "Hills"]
MEETUP_TITLES = {
    MeetupKind.playgroup: "Thursday playgroup",
    MeetupKind.coffee: "Coffee and chat for tired parents",
    MeetupKind.park: "Buggy walk in the park",
    MeetupKind.class_: "Baby sensory class",
    MeetupKind.online: "Evening video chat",
    MeetupKind.other: "Toy swap",
}
VENUES = ["Community centre, hall 2", "The park café, by the pond", "Library, children's corner",
          "St Mary's church hall", "Leisure centre, soft play room"]  # fmt: skip
MEETUPS_CATEGORY = "meetups"


@dataclass
class LocalRows:
    """Groups, their members, meet-ups and RSVPs, with every counter computed here."""

    groups: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    meetups: list[dict[str, Any]] = field(default_factory=list)
    rsvps: list[dict[str, Any]] = field(default_factory=list)
    posts: list[tuple[Any, ...]] = field(default_factory=list)


def area_names(count: int) -> list[str]:
    """`count` areas, town by town ("Leeds North", "Leeds South", …, "Hackney North", …):
    a prefix such as "leeds" names a handful of them."""
    names = [f"{town} {quarter}" for town in TOWNS for quarter in QUARTERS]
    while len(names) < count:
        names.extend(f"{name} {len(names) // len(TOWNS)}" for name in names[: count - len(names)])
    return names[:count]


def make_meetups(
    plan: Plan,
    rng: random.Random,
    now: datetime,
    users: list[dict[str, Any]],
    categories: list[dict[str, Any]],
    threads: list[dict[str, Any]],
    last_post_id: int,
) -> LocalRows:
    """Adds the groups' and meet-ups' categories and discussion threads to `categories` and
    `threads` (with their counters and their authors' `post_count`), and returns the rest.

    Meet-ups start over the next 90 days (about one in ten in the last 9 days), at whole
    hours between 9:00 and 19:00 UTC; three in five belong to a group of their area. RSVPs
    arrive in order: `going` until the capacity is reached, then waitlisted with tickets
    1, 2, …; with `requires_approval` some `going` answers still wait (`pending`)."""
    out = LocalRows()
    areas = area_names(plan.areas)
    groups_made = plan.groups or (plan.meetups // 20 if plan.meetups else 0)
    group_categories: list[dict[str, Any]] = []
    for index in range(groups_made):
        area = areas[index % len(areas)]
        category_id = len(categories) + 1
        slug = f"{area_key(area).replace(' ', '-')}-parents-{index + 1}"[:50]
        name = f"{area} parents" + (f" {index // len(areas) + 1}" if index >= len(areas) else "")
        category: dict[str, Any] = {
            "id": category_id, "slug": slug, "name": name, "description": "",
            "position": 0, "kind": CategoryKind.group.value, "thread_count": 0,
            "post_count": 0, "last_post_at": None, "created_at": plan.start,
        }  # fmt: skip
        categories.append(category)
        group_categories.append(category)
        members = rng.sample(range(1, plan.users + 1), min(plan.users, 1 + rng.randrange(30)))
        out.groups.append({
            "id": index + 1, "slug": slug, "name": name, "area": area, "area_key": area_key(area),
            "description": f"Parents around {area}: walks, playgroups and coffee.",
            "category_id": category_id, "created_by_id": members[0],
            "member_count": len(members), "created_at": plan.start,
        })  # fmt: skip
        out.members.extend(
            {"group_id": index + 1, "user_id": user, "joined_at": plan.start} for user in members
        )
    meetups_category: dict[str, Any] = {
        "id": len(categories) + 1, "slug": MEETUPS_CATEGORY, "name": "Meet-ups",
        "description": "", "position": 0, "kind": CategoryKind.meetups.value,
        "thread_count": 0, "post_count": 0, "last_post_at": None, "created_at": plan.start,
    }  # fmt: skip
    categories.append(meetups_category)
    kinds = list(MeetupKind)
    start_hour = now.replace(minute=0, second=0, microsecond=0)
    post_id = last_post_id
    for index in range(plan.meetups):
        meetup_id = index + 1
        group = (
            out.groups[rng.randrange(len(out.groups))]
            if out.groups and rng.random() < 0.6
            else None
        )
        area = group["area"] if group else areas[rng.randrange(len(areas))]
        category = group_categories[group["id"] - 1] if group else meetups_category
        kind = kinds[index % len(kinds)]
        day = rng.randrange(-9, 90)
        day = day if day < 0 else day + 1  # none today: "past" and "upcoming" stay apart
        starts = start_hour.replace(hour=9 + rng.randrange(11)) + timedelta(days=day)
        created = min(now, starts) - timedelta(days=1 + rng.randrange(20))
        host = rng.randrange(plan.users) + 1
        capacity = None if rng.random() < 0.4 else 4 + rng.randrange(27)
        approval = rng.random() < 0.1
        cancelled = rng.random() < 0.02  # left out of lists, reachable by id
        title = f"{MEETUP_TITLES[kind]} in {area} #{meetup_id}"
        summary = f"A {kind.value} meet-up in {area}, {starts:%a %d %b %Y at %H:%M} UTC."
        thread_id = len(threads) + 1
        post_id += 1
        out.posts.append((
            post_id, thread_id, 1, host, False, None, summary, _html(summary), None, created,
            None, False, None, False, False, None,
        ))  # fmt: skip
        users[host - 1]["post_count"] += 1
        threads.append({
            "id": thread_id, "category_id": category["id"], "author_id": host,
            "anonymous": False, "title": title[:200], "content_warning": None,
            "created_at": created, "last_post_at": created, "post_count": 1, "last_number": 1,
            "is_pinned": False, "is_locked": False, "is_deleted": False, "anonymous_count": 0,
        })  # fmt: skip
        category["thread_count"] += 1
        category["post_count"] += 1
        if category["last_post_at"] is None or created > category["last_post_at"]:
            category["last_post_at"] = created
        counts = dict.fromkeys(("going", "maybe", "waitlist", "pending"), 0)
        answerers = rng.sample(range(1, plan.users + 1), min(plan.users, rng.randrange(25)))
        for order, user in enumerate(answerers):
            roll = rng.random()
            status = (
                RsvpStatus.going
                if roll < 0.7
                else RsvpStatus.maybe
                if roll < 0.9
                else RsvpStatus.not_going
            )
            waitlisted, ticket = False, None
            if status is RsvpStatus.going and approval and rng.random() < 0.3:
                status = RsvpStatus.pending
                counts["pending"] += 1
            elif status is RsvpStatus.going:
                if capacity is not None and (counts["going"] >= capacity or counts["waitlist"]):
                    counts["waitlist"] += 1
                    waitlisted, ticket = True, counts["waitlist"]
                else:
                    counts["going"] += 1
            elif status is RsvpStatus.maybe:
                counts["maybe"] += 1
            moment = created + timedelta(minutes=order + 1)
            out.rsvps.append({
                "meetup_id": meetup_id, "user_id": user, "status": status.value,
                "waitlisted": waitlisted, "waitlist_ticket": ticket,
                "created_at": moment, "updated_at": moment,
            })  # fmt: skip
        out.meetups.append({
            "id": meetup_id, "group_id": group["id"] if group else None, "host_id": host,
            "thread_id": thread_id, "title": title[:200],
            "description": "All welcome, any age of little one. Bring a snack to share.",
            "kind": kind.value, "starts_at": starts, "ends_at": starts + timedelta(hours=2),
            "venue": rng.choice(VENUES), "area": area, "area_key": area_key(area),
            "capacity": capacity, "going_count": counts["going"],
            "maybe_count": counts["maybe"], "waitlist_count": counts["waitlist"],
            "pending_count": counts["pending"], "waitlist_seq": counts["waitlist"],
            "requires_approval": approval, "is_cancelled": cancelled,
            "cancelled_at": created + timedelta(days=1) if cancelled else None,
            "is_hidden": False, "sequence": 1 if cancelled else 0,
            # The day-before reminders of past meet-ups went out; those due soon are the
            # worker's to send.
            "reminded_at": starts - timedelta(days=1) if starts < now else None,
            "created_at": created, "updated_at": created,
        })  # fmt: skip
    return out


POST_COLUMNS = [
    "id", "thread_id", "number", "author_id", "anonymous", "anonymous_ordinal", "body",
    "body_html", "reply_to_id", "created_at", "edited_at", "is_hidden", "hidden_reason",
    "hidden_by_flags", "is_deleted", "deleted_at",
]  # fmt: skip
assert [c.name for c in Post.__table__.columns] == POST_COLUMNS, "post tuples are out of date"


class _Writer:
    """COPY on PostgreSQL, batched inserts on SQLite. Posts are held until their threads and
    users exist (foreign keys), in batches so memory stays bounded on the way."""

    def __init__(self, conn: AsyncConnection, is_pg: bool, progress: Progress) -> None:
        self.conn, self.is_pg, self.progress = conn, is_pg, progress
        self.pending_posts: list[list[tuple[Any, ...]]] = []

    async def posts_later(self, rows: list[tuple[Any, ...]]) -> None:
        self.pending_posts.append(rows)

    async def flush_posts(self) -> None:
        for rows in self.pending_posts:
            await self.copy(Post.__table__, rows)
            self.progress.add(len(rows))
        self.pending_posts = []

    async def rows(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """`rows` as dicts: a column they leave out takes its scalar default (a column
        added later, e.g. `users.email_meetups`, need not be spelled out here) or, without
        one, its server default (left out of the statement)."""
        if not rows:
            return
        columns, defaults = [], {}
        for column in table.columns:
            if column.name in rows[0]:
                columns.append(column.name)
            elif column.default is not None and column.default.is_scalar:
                columns.append(column.name)
                defaults[column.name] = column.default.arg
            elif column.server_default is None and not column.nullable:
                raise KeyError(f"bench seed: no value for {table.name}.{column.name}")
        for chunk in _chunks(rows, BATCH):
            await self.copy(
                table,
                [tuple(row[c] if c in row else defaults[c] for c in columns) for row in chunk],
                columns,
            )

    async def copy(
        self, table: Any, rows: Sequence[tuple[Any, ...]], columns: list[str] | None = None
    ) -> None:
        columns = columns or [c.name for c in table.columns]
        if self.is_pg:
            raw = await self.conn.get_raw_connection()
            driver = raw.driver_connection
            assert driver is not None
            await driver.copy_records_to_table(table.name, records=rows, columns=columns)
        else:
            await self.conn.execute(
                insert(table), [dict(zip(columns, r, strict=True)) for r in rows]
            )

    async def reset_sequences(self, maxima: dict[str, int]) -> None:
        if not self.is_pg:
            return
        for table, value in maxima.items():
            if value < 1:  # setval refuses 0: an empty table's sequence stays as it is
                continue
            await self.conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {value})")
            )


def run(engine_factory: Callable[[], AsyncEngine], plan: Plan, hashing: PasswordHashing) -> None:
    async def main() -> None:
        engine = engine_factory()
        try:
            await seed(engine, plan, await hashing.hash(BENCH_PASSWORD))
        finally:
            await engine.dispose()

    asyncio.run(main())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.seed",
        description="Fill an empty, migrated database (DATABASE_URL) with the benchmark "
        "dataset, by bulk inserts.",
    )
    parser.add_argument("--users", type=int, default=10_000, help="at least 2")
    parser.add_argument("--threads", type=int, default=50_000, help="at least 1")
    parser.add_argument("--posts", type=int, default=1_000_000, help="at least --threads")
    parser.add_argument(
        "--meetups", type=int, default=10_000, help="meet-ups, each with its thread (issue 13)"
    )
    parser.add_argument(
        "--groups", type=int, default=0, help="local groups (default: one per 20 meet-ups)"
    )
    parser.add_argument(
        "--areas", type=int, default=320, help="areas the groups and meet-ups are in"
    )
    args = parser.parse_args(argv)
    if min(args.meetups, args.groups) < 0 or args.areas < 1:
        parser.error("--meetups and --groups cannot be negative, --areas needs at least 1")
    if args.users < 2 or args.threads < 1:
        parser.error("--users needs at least 2 (an admin and a moderator), --threads 1")
    if args.posts < args.threads:
        parser.error("every thread needs at least one post: --posts >= --threads")
    settings = get_settings()
    plan = Plan(
        users=args.users,
        threads=args.threads,
        posts=args.posts,
        meetups=args.meetups,
        groups=args.groups,
        areas=args.areas,
    )
    started = time.monotonic()
    run(lambda: create_engine(settings), plan, PasswordHashing(settings))
    print(f"Seeded in {time.monotonic() - started:.1f}s.")


if __name__ == "__main__":
    main()
