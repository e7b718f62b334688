"""moderation_log: entries by time, for the log's `since` filter (issue 14)

`GET /moderation/log?since=` keeps the entries written at or after a time; without this
index a window that matches few entries walks the whole log.

Revision ID: b14a0e1f0e01
Revises: b13a0e1f0d06
Create Date: 2026-12-01 14:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'b14a0e1f0e01'
down_revision: str | None = 'b13a0e1f0d06'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_moderation_log_created', 'moderation_log', ['created_at', 'id'])


def downgrade() -> None:
    op.drop_index('ix_moderation_log_created', table_name='moderation_log')
