"""The search index: database objects the ORM does not map, made by migration b12a0e1f0c02.

A post's search document is its body, and for a thread's first post the thread's title
too, weighted higher (a title match finds the thread's first post).

- PostgreSQL: `posts.search_vector` (tsvector: the title with weight A, the body with D)
  and its GIN index `ix_posts_search_vector`, kept by triggers on every write of a body, a
  title or a post's place. The one PostgreSQL-only column type in the schema, as the
  contract asks ("a tsvector column with a GIN index"); it is not mapped, so no ORM read
  ever loads it.
- SQLite: the FTS5 table `posts_fts` (title, body; rowid = the post's id) and the shadow
  tables FTS5 keeps beside it, kept by triggers on posts and threads.

The migration checks (`alembic check`, tests/core/test_migrations.py) compare the models
with the database through `include_name`, which leaves these objects out.
"""

from __future__ import annotations

from collections.abc import Mapping

FTS_TABLE = "posts_fts"
VECTOR_COLUMN = "search_vector"
VECTOR_INDEX = "ix_posts_search_vector"


def is_search_index(name: str | None, type_: str) -> bool:
    """Whether a database object belongs to the search index (not to the models)."""
    if name is None:
        return False
    if type_ == "table":
        # FTS5's shadow tables are named after it: posts_fts_data, posts_fts_idx, …
        return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")
    if type_ == "column":
        return name == VECTOR_COLUMN
    if type_ == "index":
        return name == VECTOR_INDEX
    return False


def include_name(name: str | None, type_: str, _parent_names: Mapping[str, str | None]) -> bool:
    """Alembic's `include_name` hook: everything but the search index."""
    return not is_search_index(name, type_)
