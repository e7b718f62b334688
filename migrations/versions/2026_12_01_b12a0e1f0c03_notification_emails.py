"""notification emails, digests and unsubscribe links

Revision ID: b12a0e1f0c03
Revises: b12a0e1f0c02
Create Date: 2026-12-01 07:00:02.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db


revision: str = 'b12a0e1f0c03'
down_revision: str | None = 'b12a0e1f0c02'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ADD COLUMN on outgoing_mail (no batch rebuild: SQLite's foreign keys refuse it) and
# two new tables.


def upgrade() -> None:
    op.add_column('outgoing_mail', sa.Column('post_id', sa.Integer(), nullable=True))
    op.add_column('outgoing_mail', sa.Column('list_unsubscribe', sa.String(length=500), nullable=True))

    op.create_table('email_digests',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('last_sent_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_email_digests_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_email_digests'))
    )

    op.create_table('unsubscribe_uses',
    sa.Column('nonce', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('used_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_unsubscribe_uses_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('nonce', name=op.f('pk_unsubscribe_uses'))
    )
    op.create_index('ix_unsubscribe_uses_used_at', 'unsubscribe_uses', ['used_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_unsubscribe_uses_used_at', table_name='unsubscribe_uses')
    op.drop_table('unsubscribe_uses')
    op.drop_table('email_digests')
    op.drop_column('outgoing_mail', 'list_unsubscribe')
    op.drop_column('outgoing_mail', 'post_id')
