"""The ceiling (bench/ceiling.py) is only a fair yardstick while it does our endpoints' work:
it must send PostgreSQL the statements our API sends, with the same arguments, and answer
with the same bytes. Both are checked here on a small benchmark dataset, plus the shapes the
seed never makes (replies to a post, non-ASCII and escaped text, a post hidden by a
moderator and one by reports, a deleted one, anonymous ones, reactions, a thread and a post
by a member who left).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy import event

from app.config import Settings
from bench import ceiling as ceiling_module
from bench import seed as bench_seed
from tests.helpers import Forum

pytestmark = pytest.mark.postgres_only

LONGEST_THREAD = 1  # the plan's first thread is its longest


@pytest.fixture
async def dataset(app: Any, forum: Forum) -> int:
    """Seeds, adds the shapes the seed lacks to the longest thread; its last post number."""
    plan = bench_seed.Plan(users=50, threads=300, posts=3_000)
    await bench_seed.seed(app.state.database.engine, plan, "not-a-real-hash", say=lambda _: None)
    member = await forum.member()
    moderator = await forum.moderator()
    first = await forum.reply(member, LONGEST_THREAD, body="Same here. \U0001f476 \u00e9t\u00e9")
    await forum.reply(
        member,
        LONGEST_THREAD,
        body='Quotes " and \\ backslashes,\nnew lines\tand <b>tags</b> \u2028 \x7f',
        reply_to=first["id"],
    )
    await forum.reply(member, LONGEST_THREAD, body="Nobody knows it is me.", anonymous=True)
    shy = await forum.member()
    await forum.reply(shy, LONGEST_THREAD, body="Nor me.", anonymous=True)
    leaver = await forum.member()
    await forum.thread(leaver, title="Started by someone who left")
    await forum.reply(leaver, LONGEST_THREAD, body="I will leave, my words stay.")
    response = await forum.client.request(
        "DELETE", "/me", json={"password": leaver.password, "posts": "keep"}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text
    reported = await forum.reply(member, LONGEST_THREAD, body="Reported by three members")
    for _ in range(3):  # the test settings' threshold: hidden pending review
        response = await forum.client.post(
            f"/posts/{reported['id']}/flags",
            json={"reason": "abusive"},
            headers=(await forum.member()).headers,
        )
        assert response.status_code == 201, response.text
    hidden = await forum.reply(member, LONGEST_THREAD, body="Buy cheap watches here")
    response = await forum.client.post(
        f"/posts/{hidden['id']}/hide", json={"reason": "Spam"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    deleted = await forum.reply(member, LONGEST_THREAD, body="Posted in the wrong thread")
    response = await forum.client.delete(f"/posts/{deleted['id']}", headers=member.headers)
    assert response.status_code == 204, response.text
    for kind in ("hug", "heart", "same"):
        response = await forum.client.put(
            f"/posts/{first['id']}/reactions/{kind}", headers=moderator.headers
        )
        assert response.status_code == 200, response.text
    number: int = deleted["number"]
    return number


@pytest.fixture
async def ceiling(settings: Settings) -> AsyncIterator[AsyncClient]:
    application = ceiling_module.create_app(settings.database_url)
    async with application.router.lifespan_context(application):
        transport = ASGITransport(app=application)
        async with AsyncClient(transport=transport, base_url="http://ceiling/api/v1") as http:
            http.app = application  # type: ignore[attr-defined]
            yield http


@contextmanager
def app_statements(app: Any) -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    statements: list[tuple[str, tuple[Any, ...]]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, tuple(parameters)))

    engine = app.state.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", remember)


async def same_answer(app: Any, client: AsyncClient, ceiling: AsyncClient, url: str) -> Any:
    """Asserts both answer `url` with the same bytes after the same statements; the body."""
    tracer = ceiling.app.state.ceiling  # type: ignore[attr-defined]
    tracer.trace = ceiling_sent = []
    with app_statements(app) as app_sent:
        ours = await client.get(url)
    theirs = await ceiling.get(url)
    tracer.trace = None
    assert ours.status_code == 200, ours.text
    assert theirs.status_code == 200, theirs.text
    assert theirs.content == ours.content, url
    assert app_sent, url
    assert ceiling_sent == app_sent, url
    return ours.json()


async def test_thread_list_pages_are_identical(
    app: Any, client: AsyncClient, ceiling: AsyncClient, dataset: int
) -> None:
    page = await same_answer(app, client, ceiling, "/threads")
    assert len(page["items"]) == 20
    assert any(thread["author_deleted"] for thread in page["items"])
    page = await same_answer(app, client, ceiling, f"/threads?cursor={page['next_cursor']}")
    assert len(page["items"]) == 20
    await same_answer(app, client, ceiling, f"/threads?limit=7&cursor={page['next_cursor']}")
    # Every thread once, in three pages of 100 (anonymous and pinned ones among them).
    url, seen = "/threads?limit=100", 0
    while url:
        page = await same_answer(app, client, ceiling, url)
        seen += len(page["items"])
        url = f"/threads?limit=100&cursor={page['next_cursor']}" if page["next_cursor"] else ""
    assert seen == 301  # the seeded threads and the one by the member who left


async def test_posts_pages_are_identical(
    app: Any, client: AsyncClient, ceiling: AsyncClient, dataset: int
) -> None:
    base = f"/threads/{LONGEST_THREAD}/posts"
    first = await same_answer(app, client, ceiling, base)
    assert len(first["items"]) == 20
    second = await same_answer(app, client, ceiling, f"{base}?cursor={first['next_cursor']}")
    assert second["items"][0]["number"] == 21
    # The last page, where the replies made above are: reply_to, escapes, hidden, deleted,
    # anonymous and reactions all show up in it.
    cursor = ceiling_module.encode_cursor(dataset - 20)
    last = await same_answer(app, client, ceiling, f"{base}?cursor={cursor}")
    assert last["next_cursor"] is None
    bodies = {post["number"]: post for post in last["items"]}
    assert any(post["reply_to"] for post in bodies.values())
    assert any(post["is_hidden"] and post["body"] == "" for post in bodies.values())
    assert any(post["is_deleted"] for post in bodies.values())
    assert any(post["anonymous"] and post["author"] is None for post in bodies.values())
    labels = {post["anonymous_label"] for post in bodies.values() if post["anonymous"]}
    assert len(labels) == 2, labels  # two anonymous members, two pseudonyms
    assert {post["hidden_by"] for post in bodies.values()} == {None, "moderator", "reports"}
    assert any(post["author_deleted"] for post in bodies.values())
    assert any(len(post["reactions"]) == 3 for post in bodies.values())
    # Seeded reactions, and pages of other sizes.
    await same_answer(app, client, ceiling, f"{base}?limit=100&cursor={first['next_cursor']}")
    await same_answer(app, client, ceiling, f"{base}?limit=1")
    await same_answer(app, client, ceiling, f"{base}?cursor={ceiling_module.encode_cursor(10**6)}")
