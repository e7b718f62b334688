"""search over posts and thread titles

PostgreSQL: `posts.search_vector` (the thread's title, weight A, for a first post; the body,
weight D) with a GIN index, kept by triggers. SQLite: the FTS5 table `posts_fts` kept by
triggers. Both are filled from the posts already there. See app/search/models.py.

Revision ID: b12a0e1f0c02
Revises: b12a0e1f0c01
Create Date: 2026-12-01 07:00:01.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'b12a0e1f0c02'
down_revision: str | None = 'b12a0e1f0c01'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


POSTGRESQL_UP = [
    # Immutable, so the planner may fold it; the one definition of a post's document.
    """
    CREATE FUNCTION post_search_document(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, body), 'D')
    $$
    """,
    "ALTER TABLE posts ADD COLUMN search_vector tsvector",
    """
    UPDATE posts SET search_vector = post_search_document(
        CASE WHEN posts.number = 1 THEN threads.title END, posts.body)
    FROM threads WHERE threads.id = posts.thread_id
    """,
    "CREATE INDEX ix_posts_search_vector ON posts USING gin (search_vector)",
    """
    CREATE FUNCTION posts_search_vector_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := post_search_document(
            CASE WHEN NEW.number = 1
                THEN (SELECT title FROM threads WHERE id = NEW.thread_id) END,
            NEW.body);
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER posts_search_vector BEFORE INSERT OR UPDATE OF body, number, thread_id
    ON posts FOR EACH ROW EXECUTE FUNCTION posts_search_vector_update()
    """,
    """
    CREATE FUNCTION threads_search_title_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE posts SET search_vector = post_search_document(NEW.title, body)
        WHERE thread_id = NEW.id AND number = 1;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER threads_search_title AFTER UPDATE OF title ON threads
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
    EXECUTE FUNCTION threads_search_title_update()
    """,
]

POSTGRESQL_DOWN = [
    "DROP TRIGGER threads_search_title ON threads",
    "DROP FUNCTION threads_search_title_update()",
    "DROP TRIGGER posts_search_vector ON posts",
    "DROP FUNCTION posts_search_vector_update()",
    "DROP INDEX ix_posts_search_vector",
    "ALTER TABLE posts DROP COLUMN search_vector",
    "DROP FUNCTION post_search_document(text, text)",
]

# FTS5 keeps its own copy of the text (for snippet() and bm25()), so deleting a row needs
# only its rowid: no trigger has to repeat the old values exactly, as an external-content
# table would require. Diacritics are kept, as PostgreSQL's 'english' config keeps them.
SQLITE_UP = [
    """
    CREATE VIRTUAL TABLE posts_fts USING fts5(
        title, body, tokenize = 'porter unicode61 remove_diacritics 0')
    """,
    """
    INSERT INTO posts_fts (rowid, title, body)
    SELECT posts.id, CASE WHEN posts.number = 1 THEN threads.title END, posts.body
    FROM posts JOIN threads ON threads.id = posts.thread_id
    """,
    """
    CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
        INSERT INTO posts_fts (rowid, title, body) VALUES (
            new.id,
            CASE WHEN new.number = 1
                THEN (SELECT title FROM threads WHERE id = new.thread_id) END,
            new.body);
    END
    """,
    """
    CREATE TRIGGER posts_fts_update AFTER UPDATE OF body ON posts BEGIN
        UPDATE posts_fts SET body = new.body WHERE rowid = new.id;
    END
    """,
    """
    CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
        DELETE FROM posts_fts WHERE rowid = old.id;
    END
    """,
    """
    CREATE TRIGGER threads_fts_title AFTER UPDATE OF title ON threads BEGIN
        UPDATE posts_fts SET title = new.title
        WHERE rowid = (SELECT id FROM posts WHERE thread_id = new.id AND number = 1);
    END
    """,
]

SQLITE_DOWN = [
    "DROP TRIGGER threads_fts_title",
    "DROP TRIGGER posts_fts_delete",
    "DROP TRIGGER posts_fts_update",
    "DROP TRIGGER posts_fts_insert",
    "DROP TABLE posts_fts",
]


def _statements(postgresql: list[str], sqlite: list[str]) -> list[str]:
    # The context's dialect, not a connection's: `alembic upgrade --sql` has none.
    return postgresql if op.get_context().dialect.name == "postgresql" else sqlite


def upgrade() -> None:
    for statement in _statements(POSTGRESQL_UP, SQLITE_UP):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(POSTGRESQL_DOWN, SQLITE_DOWN):
        op.execute(statement)
