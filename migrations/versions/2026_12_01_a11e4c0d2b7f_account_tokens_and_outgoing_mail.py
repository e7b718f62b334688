"""account tokens and outgoing mail

Revision ID: a11e4c0d2b7f
Revises: 3169eb13e8c3
Create Date: 2026-12-01 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

import app.db  # noqa: F401


revision: str = 'a11e4c0d2b7f'
down_revision: str | None = '3169eb13e8c3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
