"""rsvps (issue 13; reserved, empty until needed)

Revision ID: b13a0e1f0d04
Revises: b13a0e1f0d03
Create Date: 2026-12-01 10:40:04.000000
"""

from collections.abc import Sequence

revision: str = 'b13a0e1f0d04'
down_revision: str | None = 'b13a0e1f0d03'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
