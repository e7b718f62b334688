"""What a `notification.created` costs a hub: a set lookup per member it names, ONE statement
for the notifications of the members connected here, nothing for members not connected; and
each member gets their own notification only."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from app.live.envelope import NOTIFICATION, Envelope, decode, encode
from app.notifications.models import Notification
from tests.helpers import Member
from tests.live.streams import Served, notifications

FAN_OUT = 10_000
_next_event_id = iter(range(2_000_000_000, 2_100_000_000))


@contextmanager
def counted_selects(site: Served) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # Not the hub's look into the outbox (about once a second while notification
        # streams are open and no Redis carries the worker's events): it is on its own
        # clock, whatever is delivered, and landed in a count now and then.
        if statement.lstrip().upper().startswith("SELECT") and "FROM outbox" not in statement:
            statements.append(statement)

    engine = site.app.state.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


async def notify(site: Served, member: Member, actor: Member, thread: dict[str, Any]) -> int:
    """A notification row, as the worker would have inserted it."""
    database = site.app.state.database
    async with database.sessionmaker() as session, database.writer_turn(True):
        row = Notification(
            user_id=member.id,
            kind="reply",
            thread_id=thread["id"],
            post_id=thread["first_post"]["id"],
            actor_id=actor.id,
        )
        session.add(row)
        await session.commit()
        return row.id


def announced(pairs: list[tuple[int, int]]) -> Envelope:
    return Envelope(
        next(_next_event_id),
        NOTIFICATION,
        None,
        {"user_ids": [u for u, _ in pairs], "notification_ids": [n for _, n in pairs]},
    )


async def test_ten_thousand_members_cost_one_statement_for_those_connected(site: Served) -> None:
    alice, bob, carol = [await site.forum.member() for _ in range(3)]
    thread = await site.forum.thread(carol)
    for_alice, for_bob = (
        await notify(site, alice, carol, thread),
        await notify(site, bob, carol, thread),
    )
    others = [(1_000_000 + i, 5_000_000 + i) for i in range(FAN_OUT)]  # nobody connected here
    hub = site.app.state.live_hub
    async with notifications(site.url, alice) as alices, notifications(site.url, bob) as bobs:
        with counted_selects(site) as selects:
            hub.deliver([announced([*others[:5000], (alice.id, for_alice), *others[5000:]])])
            event = await alices.next(2.0)
            assert (event.id, event.data["id"]) == (for_alice, for_alice)
            await bobs.quiet(0.2)
        assert len(selects) == 1, selects

        with counted_selects(site) as selects:
            hub.deliver([announced(others)])
            await asyncio.sleep(0.3)
        assert selects == []  # nobody named is connected here: nothing loaded
        await alices.quiet(0.1)

        # Both connected in one event: one statement, each their own.
        with counted_selects(site) as selects:
            hub.deliver([announced([(bob.id, for_bob), *others, (alice.id, for_alice)])])
            assert (await bobs.next(2.0)).data["id"] == for_bob
        assert len(selects) == 1, selects


async def test_a_notification_is_shown_to_its_own_member_only(site: Served) -> None:
    """An event that names Bob with Alice's notification (never made by the worker) shows it
    to nobody: the loaded row's owner decides."""
    alice, bob = await site.forum.member(), await site.forum.member()
    thread = await site.forum.thread(alice)
    alices_own = await notify(site, alice, bob, thread)
    async with notifications(site.url, bob) as bobs:
        site.app.state.live_hub.deliver([announced([(bob.id, alices_own)])])
        await bobs.quiet(0.3)


def test_notification_envelopes_cross_redis_with_no_thread() -> None:
    envelope = announced([(1, 2), (3, 4)])
    (back,) = decode(encode([envelope]))
    assert back == envelope
    assert back.for_members and back.recipients() == [(1, 2), (3, 4)]
    # A malformed payload names nobody.
    odd = Envelope(1, NOTIFICATION, None, {"user_ids": "x", "notification_ids": [1]})
    assert odd.recipients() == []
