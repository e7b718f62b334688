"""meet-ups by area: the area index answers prefixes on PostgreSQL (issue 13)

GET /meetups?area=<prefix> filters `area_key LIKE 'prefix%'`. A plain b-tree serves LIKE
only under the "C" collation; under any other (C.UTF-8, en_US.UTF-8, …) PostgreSQL read every
meet-up for a precise area ("leeds north": a sequential scan of the 10,000 of the bench,
9 ms). With `varchar_pattern_ops` on `area_key` the same index answers the prefix as a range
(1 ms) and still answers equality. SQLite gets the index as it was (its LIKE is
case-insensitive and would need a NOCASE index; keys are case folded already).

Revision ID: b13a0e1f0d06
Revises: b13a0e1f0d04
Create Date: 2026-12-01 10:40:06.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = 'b13a0e1f0d06'
down_revision: str | None = 'b13a0e1f0d04'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_meetups_area', table_name='meetups')
    op.create_index(
        'ix_meetups_area',
        'meetups',
        ['area_key', 'starts_at', 'id'],
        postgresql_ops={'area_key': 'varchar_pattern_ops'},
    )


def downgrade() -> None:
    op.drop_index('ix_meetups_area', table_name='meetups')
    op.create_index('ix_meetups_area', 'meetups', ['area_key', 'starts_at', 'id'])
