"""reading state, subscriptions, blocks, preferences, notifications

Revision ID: b12a0e1f0c01
Revises: a11e4c0d2b7f
Create Date: 2026-12-01 07:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db


revision: str = 'b12a0e1f0c01'
down_revision: str | None = 'a11e4c0d2b7f'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# New tables, and plain ADD COLUMN with server defaults on users: no batch rebuild of an
# existing table (SQLite's foreign keys refuse the DROP TABLE it needs, see 3169eb13e8c3).
# The CHECKs on the new user columns live in the model and in new databases' CREATE TABLE;
# SQLite cannot add a constraint to an existing table without that rebuild.


def upgrade() -> None:
    op.add_column('users', sa.Column('email_replies', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('users', sa.Column('email_mentions', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('users', sa.Column('email_digest', sa.String(length=8), server_default=sa.text("'off'"), nullable=False))
    op.add_column('users', sa.Column('default_subscription', sa.String(length=8), server_default=sa.text("'watching'"), nullable=False))
    if op.get_bind().dialect.name == 'postgresql':
        op.create_check_constraint(op.f('ck_users_email_digest_known'), 'users', "email_digest IN ('off', 'daily')")
        op.create_check_constraint(op.f('ck_users_default_subscription_known'), 'users', "default_subscription IN ('watching', 'normal')")

    op.create_table('user_blocks',
    sa.Column('blocker_id', sa.Integer(), nullable=False),
    sa.Column('blocked_id', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('blocker_id <> blocked_id', name=op.f('ck_user_blocks_not_self')),
    sa.ForeignKeyConstraint(['blocked_id'], ['users.id'], name=op.f('fk_user_blocks_blocked_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['blocker_id'], ['users.id'], name=op.f('fk_user_blocks_blocker_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('blocker_id', 'blocked_id', name=op.f('pk_user_blocks'))
    )
    op.create_index('ix_user_blocks_blocked', 'user_blocks', ['blocked_id'], unique=False)

    op.create_table('thread_states',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('last_read_number', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('subscription', sa.String(length=8), nullable=True),
    sa.Column('updated_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("subscription IN ('watching', 'normal', 'muted')", name=op.f('ck_thread_states_subscription_known')),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_thread_states_thread_id_threads'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_thread_states_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'thread_id', name=op.f('pk_thread_states'))
    )
    op.create_index('ix_thread_states_watching', 'thread_states', ['thread_id', 'user_id'], unique=False, postgresql_where=sa.text("subscription = 'watching'"), sqlite_where=sa.text("subscription = 'watching'"))

    op.create_table('notifications',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('anonymous_label', sa.String(length=40), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=True),
    sa.Column('reason', sa.String(length=500), nullable=True),
    sa.Column('source_event_id', sa.BigInteger(), nullable=True),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('read_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('reply', 'mention', 'quote', 'watching', 'moderation', 'meetup')", name=op.f('ck_notifications_kind_known')),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_notifications_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_notifications_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_notifications_thread_id_threads'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notifications_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    op.create_index('ix_notifications_user', 'notifications', ['user_id', 'id'], unique=False)
    op.create_index('ix_notifications_unread', 'notifications', ['user_id', 'id'], unique=False, postgresql_where=sa.text('read_at IS NULL'), sqlite_where=sa.text('read_at IS NULL'))
    op.create_index('ix_notifications_source', 'notifications', ['user_id', 'source_event_id'], unique=True)
    op.create_index('ix_notifications_post', 'notifications', ['post_id'], unique=False)
    op.create_index('ix_notifications_thread', 'notifications', ['thread_id'], unique=False)


def downgrade() -> None:
    op.drop_table('notifications')
    op.drop_table('thread_states')
    op.drop_table('user_blocks')
    if op.get_bind().dialect.name == 'postgresql':
        op.drop_constraint(op.f('ck_users_default_subscription_known'), 'users', type_='check')
        op.drop_constraint(op.f('ck_users_email_digest_known'), 'users', type_='check')
    op.drop_column('users', 'default_subscription')
    op.drop_column('users', 'email_digest')
    op.drop_column('users', 'email_mentions')
    op.drop_column('users', 'email_replies')
