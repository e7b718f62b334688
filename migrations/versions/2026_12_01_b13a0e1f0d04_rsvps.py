"""rsvps: the host's list of answers (issue 13)

GET /meetups/{id}/rsvps reads a meet-up's answers section by section (going, pending,
maybe, not going), each in the order they were given: keyset on this index.

Revision ID: b13a0e1f0d04
Revises: b13a0e1f0d01
Create Date: 2026-12-01 10:40:04.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'b13a0e1f0d04'
down_revision: str | None = 'b13a0e1f0d01'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        'ix_rsvps_answers',
        'rsvps',
        ['meetup_id', 'status', 'waitlisted', 'updated_at', 'user_id'],
    )


def downgrade() -> None:
    op.drop_index('ix_rsvps_answers', table_name='rsvps')
