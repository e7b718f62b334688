"""indexes for unread counts

Revision ID: b12a0e1f0c04
Revises: b12a0e1f0c03
Create Date: 2026-12-01 07:00:03.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'b12a0e1f0c04'
down_revision: str | None = 'b12a0e1f0c03'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A thread's unread count is its posts after the read mark less those the reader does not
# count (app/forum/reading.py): deleted and hidden posts (a small partial index) and the
# reader's own and blocked authors' posts (by author, then thread).


def upgrade() -> None:
    op.create_index(
        'ix_posts_unseen',
        'posts',
        ['thread_id', 'number'],
        unique=False,
        postgresql_where=sa.text('is_deleted OR is_hidden'),
        sqlite_where=sa.text('is_deleted = 1 OR is_hidden = 1'),
    )
    op.create_index(
        'ix_posts_author_thread', 'posts', ['author_id', 'thread_id', 'number'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_posts_author_thread', table_name='posts')
    op.drop_index('ix_posts_unseen', table_name='posts')
