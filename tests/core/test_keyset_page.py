"""`keyset_page`, the one trim-and-cursor step of every keyset list (threads, posts, the
review queue, the audit log): a page fetched with `limit + 1` rows keeps `limit`, and only
when there was one more does it carry the cursor of the last item kept."""

from __future__ import annotations

from datetime import UTC, datetime

from app.pagination import decode_cursor, keyset_page


def test_a_short_or_exact_page_is_the_last() -> None:
    assert keyset_page([], 3, lambda n: (n,)) == ([], None)
    assert keyset_page([1, 2], 3, lambda n: (n,)) == ([1, 2], None)
    assert keyset_page([1, 2, 3], 3, lambda n: (n,)) == ([1, 2, 3], None)


def test_one_row_more_makes_the_cursor_of_the_last_kept() -> None:
    when = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    rows = [(True, when, 7), (False, when, 6), (False, when, 5)]
    items, cursor = keyset_page(rows, 2, lambda row: row)
    assert items == rows[:2]
    assert cursor is not None
    assert decode_cursor(cursor, (bool, datetime, int)) == (False, when, 6)
