"""account tokens and outgoing mail

Revision ID: a11e4c0d2b7f
Revises: 3169eb13e8c3
Create Date: 2026-12-01 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db


revision: str = 'a11e4c0d2b7f'
down_revision: str | None = '3169eb13e8c3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# New tables only, and plain CREATE INDEX: no batch rebuild of an existing table (SQLite's
# foreign keys refuse the DROP TABLE it needs, see 3169eb13e8c3).


def upgrade() -> None:
    op.create_table('account_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("purpose IN ('reset', 'verify_email')", name=op.f('ck_account_tokens_purpose_known')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_account_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_account_tokens_token_hash'))
    )
    op.create_index('ix_account_tokens_user', 'account_tokens', ['user_id', 'purpose'], unique=False)

    op.create_table('outgoing_mail',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('to_address', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sequence_started_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('next_attempt_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('claimed_until', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('claim_token', sa.String(length=32), nullable=True),
    sa.Column('last_attempt_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('finished_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'failed', 'succeeded', 'dead')", name=op.f('ck_outgoing_mail_status_known')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_outgoing_mail_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_mail'))
    )
    op.create_index('ix_outgoing_mail_due', 'outgoing_mail', ['next_attempt_at'], unique=False, postgresql_where=sa.text('next_attempt_at IS NOT NULL'), sqlite_where=sa.text('next_attempt_at IS NOT NULL'))
    op.create_index('ix_outgoing_mail_finished', 'outgoing_mail', ['finished_at'], unique=False)
    op.create_index(op.f('ix_outgoing_mail_user_id'), 'outgoing_mail', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_outgoing_mail_user_id'), table_name='outgoing_mail')
    op.drop_index('ix_outgoing_mail_finished', table_name='outgoing_mail')
    op.drop_index('ix_outgoing_mail_due', table_name='outgoing_mail', postgresql_where=sa.text('next_attempt_at IS NOT NULL'), sqlite_where=sa.text('next_attempt_at IS NOT NULL'))
    op.drop_table('outgoing_mail')
    op.drop_index('ix_account_tokens_user', table_name='account_tokens')
    op.drop_table('account_tokens')
