"""search over posts and thread titles

Revision ID: b12a0e1f0c02
Revises: b12a0e1f0c01
Create Date: 2026-12-01 07:00:01.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401


revision: str = 'b12a0e1f0c02'
down_revision: str | None = 'b12a0e1f0c01'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
