"""groups (issue 13; reserved, empty until needed)

Revision ID: b13a0e1f0d02
Revises: b13a0e1f0d01
Create Date: 2026-12-01 10:40:02.000000
"""

from collections.abc import Sequence

revision: str = 'b13a0e1f0d02'
down_revision: str | None = 'b13a0e1f0d01'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
