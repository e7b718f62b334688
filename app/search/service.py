"""Search over posts and thread titles, best match first, with keyset paging.

One statement finds a page: it takes the `WINDOW` most recent posts that match and that the
viewer may find (search/policy.py), ranks them (PostgreSQL: `ts_rank` on the stored vector;
SQLite: the matches FTS5 highlights; a title counts ten times a body), keeps the page after
the cursor and makes the snippets of that page only. The forum then presents the posts as
every other route does (`post_views_by_id`, `post_json`).

Why a window: the hard case is a common word, found in a fifth of a million posts; ranking
every match costs a read of each. The most recent `WINDOW` matches are found in id order
(the GIN or FTS5 index for rare words, the primary key backwards for common ones) and only
they are ranked, so a search costs the same however common its words. The trade-off: a
search shows at most `WINDOW` results, best first among the most recent matches; an old
post that matches a common word is found by adding words. The window is fixed by the first
page (its highest id, carried in the cursor), so later pages rank the same set.

The cursor is (score, id, ceiling). Both scores depend on the post and the query alone (not
on how common a word is in the whole index, as FTS5's bm25 would), so pages never repeat or
skip a result while the forum grows.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    bindparam,
    column,
    exists,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.accounts.models import Role, User, UserBlock
from app.accounts.service import get_by_username
from app.errors import InvalidCursor
from app.forum import queries as forum_queries
from app.forum import service as forum_service
from app.forum.models import Post, Thread
from app.forum.schemas import PostView
from app.pagination import decode_cursor, encode_cursor
from app.search import policy
from app.search.models import FTS_TABLE, VECTOR_COLUMN
from app.search.query import SearchQuery, fts5_match, parse, tsquery

# The most recent matches a search ranks (see the module's docstring).
WINDOW = 1000
# Matches under which the GIN index alone finds a search's posts (see `_postgresql`).
PROBE = 5000
# A title match counts this many times a body match (PostgreSQL: weight A 1.0 vs D 0.1).
TITLE_WEIGHT = 10.0
# Markers the databases put around matched words; the snippet is escaped, then they become
# <mark> tags. (Control characters: a body may hold them, but then they only mark text.)
START, STOP = "\x02", "\x03"
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=24, MinWords=10, ShortWord=2, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)
SNIPPET_TOKENS = 24
_D_WEIGHT = 1 / TITLE_WEIGHT
_MARKED = re.compile(f"{START}([^{START}{STOP}]*){STOP}")


@dataclass(frozen=True)
class Hit:
    view: PostView
    thread_id: int
    thread_title: str
    snippet_html: str


@dataclass(frozen=True)
class SearchPage:
    hits: list[Hit]
    next_cursor: str | None


@dataclass(frozen=True)
class _Cursor:
    score: float
    id: int
    ceiling: int


async def search(
    session: AsyncSession,
    viewer: User | None,
    q: str,
    *,
    category_slug: str | None,
    author_username: str | None,
    limit: int,
    cursor: str | None,
) -> SearchPage:
    """A page of posts matching `q` that `viewer` may find, best match first. 422 for a `q`
    with nothing to look for; 404 for an unknown category or member."""
    query = parse(q)
    after = _decode(cursor) if cursor is not None else None
    conditions: list[Any] = [forum_queries.LIVE_THREAD, Post.is_deleted == false()]
    if not policy.finds_hidden(viewer):
        conditions.append(Post.is_hidden == false())
    if viewer is not None:
        conditions.append((Post.anonymous == true()) | ~_blocked_by(viewer))
    if category_slug is not None:
        category = await forum_service.get_category(session, category_slug)
        conditions.append(Thread.category_id == category.id)
    if author_username is not None:
        author = await get_by_username(session, author_username)
        conditions.append(Post.author_id == author.id)
        if not policy.author_filter_finds_anonymous(viewer):
            conditions.append(Post.anonymous == false())
    if after is not None:
        conditions.append(Post.id <= after.ceiling)

    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        # Planned for these words every time: a prepared statement's generic plan, chosen
        # after five runs, cannot know whether a word is rare or in a fifth of all posts
        # (bench/search.py: a phrase went from 11 ms to 350 ms). For this transaction only.
        await connection.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        statement, params = _postgresql(query, conditions, after, limit)
    else:
        statement, params = _sqlite(query, conditions, after, limit)
    rows = (await connection.execute(statement, params)).all()

    kept = rows[:limit]
    views = await forum_service.post_views_by_id(session, viewer, [row.id for row in kept])
    hits = [
        Hit(views[row.id], row.thread_id, row.title, _snippet_html(row.snippet))
        for row in kept
        if row.id in views
    ]
    next_cursor = None
    if len(rows) > limit and kept:
        last = kept[-1]
        next_cursor = encode_cursor(repr(last.score), last.id, last.ceiling)
    return SearchPage(hits, next_cursor)


def _blocked_by(viewer: User) -> Any:
    """The post's author is a member the viewer blocked (a block of someone since made a
    moderator is inert, as accounts/blocks.py counts them)."""
    blocked = aliased(User)
    return exists(
        select(1)
        .select_from(UserBlock)
        .join(blocked, (blocked.id == UserBlock.blocked_id) & (blocked.role == Role.member.value))
        .where(UserBlock.blocker_id == viewer.id, UserBlock.blocked_id == Post.author_id)
    )


def _decode(cursor: str) -> _Cursor:
    score_text, post_id, ceiling = decode_cursor(cursor, (str, int, int))
    assert isinstance(score_text, str) and isinstance(post_id, int)
    assert isinstance(ceiling, int)
    try:
        score = float(score_text)
    except ValueError as exc:
        raise InvalidCursor("The cursor is not one this server issued.") from exc
    if not math.isfinite(score):
        raise InvalidCursor("The cursor is not one this server issued.")
    return _Cursor(score, post_id, ceiling)


def _page(candidates: Any, after: _Cursor | None, limit: int) -> tuple[Any, dict[str, Any]]:
    """The page of the ranked window after the cursor (one more row than `limit`)."""
    ranked = select(
        candidates.c.id,
        candidates.c.thread_id,
        candidates.c.title,
        candidates.c.score,
        func.max(candidates.c.id).over().label("ceiling"),
    ).subquery("ranked")
    page = select(ranked).order_by(ranked.c.score.desc(), ranked.c.id.desc())
    params: dict[str, Any] = {"page_limit": limit + 1, "window": WINDOW}
    if after is not None:
        page = page.where(
            tuple_(ranked.c.score, ranked.c.id)
            < tuple_(bindparam("after_score", type_=Float), bindparam("after_id"))
        )
        params |= {"after_score": after.score, "after_id": after.id}
    return page.limit(bindparam("page_limit")).subquery("page"), params


def _postgresql(
    query: SearchQuery, conditions: list[Any], after: _Cursor | None, limit: int
) -> tuple[Any, dict[str, Any]]:
    matches, ranked, params = tsquery(query)
    vector: ColumnElement[Any] = literal_column(f"{Post.__tablename__}.{VECTOR_COLUMN}")
    # Weights D, C, B, A: a body counts 0.1 and a title 1.0.
    weights: ColumnElement[Any] = literal_column(f"'{{{_D_WEIGHT}, 0.2, 0.4, 1.0}}'::float4[]")
    # Which posts to rank: the most recent matches, found the way that suits how common
    # the words are (the planner guesses a rare word's frequency too high and would walk
    # the whole primary key for it). The probe asks the GIN index alone for PROBE + 1
    # posts with the words: when there are no more than PROBE, the matches are read from
    # the index, filtered and ranked; else the primary key is walked backwards, where
    # matches are dense. PostgreSQL runs only the branch whose one-time filter holds.
    matching = [vector.op("@@")(matches), *conditions]
    probe = select(Post.id).where(vector.op("@@")(matches)).limit(bindparam("probe")).cte("probe")
    few = select(func.count()).select_from(probe).scalar_subquery() <= PROBE
    rare = (
        select(Post.id)
        .join(Thread, Thread.id == Post.thread_id)
        .where(few, Post.id.in_(select(probe.c.id)), *conditions)
        .order_by(Post.id.desc())
        .limit(bindparam("window"))
    )
    common = (
        select(Post.id)
        .join(Thread, Thread.id == Post.thread_id)
        .where(~few, *matching)
        .order_by(Post.id.desc())
        .limit(bindparam("window"))
    )
    found = union_all(rare, common).subquery("found")
    candidates = (
        select(
            Post.id,
            Post.thread_id,
            Thread.title,
            func.ts_rank(weights, vector, ranked).cast(Float).label("score"),
        )
        .select_from(found)
        .join(Post, Post.id == found.c.id)
        .join(Thread, Thread.id == Post.thread_id)
        .subquery("candidates")
    )
    page, page_params = _page(candidates, after, limit)
    headline = func.ts_headline(
        literal_column("'english'::regconfig"), Post.body, matches, bindparam("headline")
    )
    statement = (
        select(page, headline.label("snippet"))
        .join(Post, Post.id == page.c.id)
        .order_by(page.c.score.desc(), page.c.id.desc())
    )
    extra = {"headline": HEADLINE_OPTIONS, "probe": PROBE + 1}
    return statement, params | page_params | extra


_FTS = table(FTS_TABLE, column("rowid"), column("title"), column("body"))
# The FTS5 table's hidden column of its own name: what MATCH and the ranking functions take.
_FTS_SELF: ColumnElement[Any] = literal_column(FTS_TABLE)


def _sqlite(
    query: SearchQuery, conditions: list[Any], after: _Cursor | None, limit: int
) -> tuple[Any, dict[str, Any]]:
    matches = _FTS_SELF.op("MATCH")(bindparam("match"))
    candidates = (
        select(
            Post.id,
            Post.thread_id,
            Thread.title,
            (TITLE_WEIGHT * _instances(0, _FTS.c.title) + _instances(1, _FTS.c.body)).label(
                "score"
            ),
        )
        .select_from(_FTS)
        .join(Post, Post.id == _FTS.c.rowid)
        .join(Thread, Thread.id == Post.thread_id)
        .where(matches, *conditions)
        .order_by(_FTS.c.rowid.desc())
        .limit(bindparam("window"))
        .subquery("candidates")
    )
    page, page_params = _page(candidates, after, limit)
    snippet = func.snippet(_FTS_SELF, 1, START, STOP, "…", SNIPPET_TOKENS)
    statement = (
        select(page, snippet.label("snippet"))
        .select_from(page)
        .join(_FTS, _FTS.c.rowid == page.c.id)
        .where(matches)
        .order_by(page.c.score.desc(), page.c.id.desc())
    )
    return statement, {"match": fts5_match(query)} | page_params


def _instances(column_index: int, text: Any) -> Any:
    """How many times the query matches in a column of the FTS5 row: highlight() adds one
    character per match and nothing else, so it is the difference in length. Unlike bm25,
    which weighs words by how common they are in the whole index, this depends on the post
    alone, so a post keeps its score between two pages however the forum grows."""
    marked = func.highlight(_FTS_SELF, column_index, START, "")
    return func.coalesce(func.length(marked) - func.length(text), 0).cast(Float)


def _snippet_html(raw: str | None) -> str:
    """The databases' snippet as HTML: all of it escaped, the marked words in <mark>."""
    escaped = _MARKED.sub(r"<mark>\1</mark>", html.escape(raw or ""))
    return escaped.replace(START, "").replace(STOP, "")
