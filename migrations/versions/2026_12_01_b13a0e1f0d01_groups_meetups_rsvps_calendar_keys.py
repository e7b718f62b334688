"""groups meetups rsvps calendar keys

Revision ID: b13a0e1f0d01
Revises: b12a0e1f0c04
Create Date: 2026-12-01 10:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db


revision: str = 'b13a0e1f0d01'
down_revision: str | None = 'b12a0e1f0c04'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('calendar_keys',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_calendar_keys_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_calendar_keys')),
    sa.UniqueConstraint('key_hash', name=op.f('uq_calendar_keys_key_hash'))
    )
    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('area', sa.String(length=80), nullable=False),
    sa.Column('area_key', sa.String(length=80), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('member_count', sa.Integer(), nullable=False),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('member_count >= 0', name=op.f('ck_groups_member_count_not_negative')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_groups_category_id_categories')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_groups_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('category_id', name=op.f('uq_groups_category_id')),
    sa.UniqueConstraint('slug', name=op.f('uq_groups_slug'))
    )
    op.create_index('ix_groups_area', 'groups', ['area_key', 'slug'], unique=False)

    op.create_table('group_members',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('joined_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_group_members_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_group_members_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'user_id', name=op.f('pk_group_members'))
    )
    op.create_index('ix_group_members_user', 'group_members', ['user_id', 'group_id'], unique=False)

    op.create_table('meetups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('host_id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('starts_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('area', sa.String(length=80), nullable=False),
    sa.Column('area_key', sa.String(length=80), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('going_count', sa.Integer(), nullable=False),
    sa.Column('maybe_count', sa.Integer(), nullable=False),
    sa.Column('waitlist_count', sa.Integer(), nullable=False),
    sa.Column('pending_count', sa.Integer(), nullable=False),
    sa.Column('waitlist_seq', sa.Integer(), nullable=False),
    sa.Column('requires_approval', sa.Boolean(), nullable=False),
    sa.Column('is_cancelled', sa.Boolean(), nullable=False),
    sa.Column('cancelled_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('is_hidden', sa.Boolean(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('reminded_at', app.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('playgroup', 'coffee', 'park', 'class', 'online', 'other')", name=op.f('ck_meetups_kind_known')),
    sa.CheckConstraint('capacity IS NULL OR capacity >= 1', name=op.f('ck_meetups_capacity_positive')),
    sa.CheckConstraint('capacity IS NULL OR going_count <= capacity', name=op.f('ck_meetups_going_within_capacity')),
    sa.CheckConstraint('going_count >= 0 AND maybe_count >= 0 AND waitlist_count >= 0 AND pending_count >= 0', name=op.f('ck_meetups_counts_not_negative')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_meetups_group_id_groups')),
    sa.ForeignKeyConstraint(['host_id'], ['users.id'], name=op.f('fk_meetups_host_id_users')),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_meetups_thread_id_threads')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetups')),
    sa.UniqueConstraint('thread_id', name=op.f('uq_meetups_thread_id'))
    )
    op.create_index('ix_meetups_area', 'meetups', ['area_key', 'starts_at', 'id'], unique=False)
    op.create_index('ix_meetups_group', 'meetups', ['group_id', 'starts_at', 'id'], unique=False)
    op.create_index('ix_meetups_host', 'meetups', ['host_id', 'starts_at'], unique=False)
    op.create_index('ix_meetups_unreminded', 'meetups', ['starts_at'], unique=False, postgresql_where=sa.text('reminded_at IS NULL'), sqlite_where=sa.text('reminded_at IS NULL'))
    op.create_index('ix_meetups_upcoming', 'meetups', ['starts_at', 'id'], unique=False)

    op.create_table('rsvps',
    sa.Column('meetup_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('waitlisted', sa.Boolean(), nullable=False),
    sa.Column('waitlist_ticket', sa.Integer(), nullable=True),
    sa.Column('created_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', app.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(waitlisted AND status = 'going' AND waitlist_ticket IS NOT NULL) OR (NOT waitlisted AND waitlist_ticket IS NULL)", name=op.f('ck_rsvps_waitlist_consistent')),
    sa.CheckConstraint("status IN ('going', 'maybe', 'not_going', 'pending')", name=op.f('ck_rsvps_status_known')),
    sa.ForeignKeyConstraint(['meetup_id'], ['meetups.id'], name=op.f('fk_rsvps_meetup_id_meetups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_rsvps_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meetup_id', 'user_id', name=op.f('pk_rsvps'))
    )
    op.create_index('ix_rsvps_meetup_status', 'rsvps', ['meetup_id', 'status'], unique=False)
    op.create_index('ix_rsvps_user', 'rsvps', ['user_id', 'status'], unique=False)
    op.create_index('ix_rsvps_waitlist', 'rsvps', ['meetup_id', 'waitlist_ticket'], unique=True, postgresql_where=sa.text('waitlisted'), sqlite_where=sa.text('waitlisted = 1'))

    # Plain ADD COLUMN (no batch rebuild: SQLite's foreign keys refuse it). A group's and
    # the meet-ups' thread lists are categories of their own kinds, unlisted.
    op.add_column('categories', sa.Column('kind', sa.String(length=16), server_default='forum', nullable=False))
    op.add_column('notifications', sa.Column('meetup_id', sa.Integer(), nullable=True))
    op.create_index('ix_notifications_meetup', 'notifications', ['meetup_id'], unique=False)
    op.add_column('users', sa.Column('email_meetups', sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    op.drop_column('users', 'email_meetups')
    op.drop_index('ix_notifications_meetup', table_name='notifications')
    op.drop_column('notifications', 'meetup_id')
    op.drop_column('categories', 'kind')
    op.drop_table('rsvps')
    op.drop_table('meetups')
    op.drop_table('group_members')
    op.drop_table('groups')
    op.drop_table('calendar_keys')
