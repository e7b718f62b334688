"""How reads meet the database: a read that is one statement runs alone, without BEGIN and
COMMIT (on PostgreSQL in autocommit: one statement sees one snapshot by itself); a read of
several statements runs them in the request's transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from httpx import AsyncClient
from sqlalchemy import event

from tests.helpers import Forum


@contextmanager
def statements_sent(app: Any) -> Iterator[list[tuple[str, bool]]]:
    """Each statement the app sends while the block runs, and whether it ran outside a
    transaction (PostgreSQL's autocommit; SQLite always answers False)."""
    seen: list[tuple[str, bool]] = []

    def record(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append((statement, bool(getattr(conn.connection.dbapi_connection, "autocommit", 0))))

    engine = app.state.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


async def thread_with_reactions(client: AsyncClient, forum: Forum) -> tuple[int, list[Any]]:
    members = [await forum.member() for _ in range(2)]
    thread = await forum.thread(members[0])
    post = await forum.reply(members[1], thread["id"], body="Same here")
    for member, kind in ((members[0], "hug"), (members[1], "heart"), (members[0], "heart")):
        response = await client.put(f"/posts/{post['id']}/reactions/{kind}", headers=member.headers)
        assert response.status_code == 200, response.text
    return thread["id"], members


async def test_a_visitors_hot_reads_are_one_statement_outside_a_transaction(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    thread_id, _ = await thread_with_reactions(client, forum)
    postgres = not app.state.database.is_sqlite
    for url in ("/threads", f"/threads/{thread_id}/posts"):
        with statements_sent(app) as sent:
            response = await client.get(url)
        assert response.status_code == 200, response.text
        if not postgres:  # SQLite's BEGIN is a statement in the file, not a round trip
            assert sent[0][0] == "BEGIN", sent
            sent = sent[1:]
        assert len(sent) == 1, sent
        assert sent[0][1] is postgres, sent
    # The reaction counts came in the posts' statement, counted and in name order.
    items = response.json()["items"]
    assert items[1]["reactions"] == {"heart": 2, "hug": 1}
    assert items[0]["reactions"] == {}


async def test_reads_of_several_statements_share_the_requests_transaction(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    thread_id, members = await thread_with_reactions(client, forum)
    category = await forum.category()
    cases: tuple[tuple[dict[str, str], str], ...] = (
        ({}, f"/threads?category={category['slug']}"),  # the category, then its page
        (members[0].headers, f"/threads/{thread_id}/posts"),  # the page, then the member's own
    )
    for headers, url in cases:
        with statements_sent(app) as sent:
            response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        assert len(sent) >= 2, sent
        assert not any(outside for _, outside in sent), sent
    assert response.json()["items"][1]["my_reactions"] == ["heart", "hug"]


async def test_an_empty_page_still_tells_a_missing_thread_from_the_end_of_one(
    client: AsyncClient, forum: Forum
) -> None:
    thread_id, _ = await thread_with_reactions(client, forum)
    response = await client.get(f"/threads/{thread_id}/posts", params={"from_number": 99})
    assert response.status_code == 200, response.text
    assert response.json() == {"items": [], "next_cursor": None}
    missing = await client.get("/threads/987654/posts")
    assert missing.status_code == 404, missing.text
