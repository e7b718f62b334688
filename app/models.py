"""Every table, imported in one place so `Base.metadata` is complete (Alembic reads it)."""

from app.accounts.models import (
    AccountToken,
    PersonalAccessToken,
    RefreshToken,
    User,
    UserBlock,
)
from app.db import Base
from app.events.models import AuditEntry, OutboxEvent
from app.forum.models import Category, Post, PostRevision, Reaction, Thread, ThreadState
from app.idempotency import IdempotencyKey
from app.mail.models import OutgoingMail
from app.meetups.models import CalendarKey, Group, GroupMember, Meetup, Rsvp
from app.moderation.models import Flag, ModeratorNote, QueueItem, Warning
from app.notifications.digest import DigestState
from app.notifications.models import Notification
from app.notifications.unsubscribe import UnsubscribeUse
from app.webhooks.models import Webhook, WebhookDelivery

__all__ = [
    "AccountToken",
    "AuditEntry",
    "Base",
    "CalendarKey",
    "Category",
    "DigestState",
    "Flag",
    "Group",
    "GroupMember",
    "IdempotencyKey",
    "Meetup",
    "ModeratorNote",
    "Notification",
    "OutboxEvent",
    "OutgoingMail",
    "PersonalAccessToken",
    "Post",
    "PostRevision",
    "QueueItem",
    "Reaction",
    "RefreshToken",
    "Rsvp",
    "Thread",
    "ThreadState",
    "UnsubscribeUse",
    "User",
    "UserBlock",
    "Warning",
    "Webhook",
    "WebhookDelivery",
]
