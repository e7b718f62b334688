"""The kernel's record of what happened: typed domain events, stored in the outbox in the
transaction that caused them, and the audit log, written from the same `emit` call.

Domains never import each other to react to a change: they emit an event here, and whoever
cares reacts — in the same transaction (`on`, e.g. moderation closing the reports on a
deleted post), live (SSE, after the commit) or durably (`village worker`: webhooks, email).
"""

from app.events.audit import Action, Audit, Target
from app.events.emit import committed_events, emit, on
from app.events.kinds import (
    PRIVATE_KINDS,
    Event,
    EventKind,
    FlagCreated,
    FlagResolved,
    GroupCreated,
    MeetupCancelled,
    MeetupCreated,
    MeetupReminderDue,
    MeetupUpdated,
    MemberLeft,
    NotificationsCreated,
    PostCreated,
    PostDeleted,
    PostHidden,
    PostUnhidden,
    PostUpdated,
    RsvpApproved,
    RsvpChanged,
    RsvpPromoted,
    ThreadCreated,
    ThreadDeleted,
    ThreadUpdated,
    UserSuspended,
    UserUnsuspended,
)
from app.events.models import AuditEntry, OutboxEvent

__all__ = [
    "PRIVATE_KINDS",
    "Action",
    "Audit",
    "AuditEntry",
    "Event",
    "EventKind",
    "FlagCreated",
    "FlagResolved",
    "GroupCreated",
    "MeetupCancelled",
    "MeetupCreated",
    "MeetupReminderDue",
    "MeetupUpdated",
    "MemberLeft",
    "NotificationsCreated",
    "OutboxEvent",
    "PostCreated",
    "PostDeleted",
    "PostHidden",
    "PostUnhidden",
    "PostUpdated",
    "RsvpApproved",
    "RsvpChanged",
    "RsvpPromoted",
    "Target",
    "ThreadCreated",
    "ThreadDeleted",
    "ThreadUpdated",
    "UserSuspended",
    "UserUnsuspended",
    "committed_events",
    "emit",
    "on",
]
