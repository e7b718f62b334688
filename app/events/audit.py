"""What the audit log records: an action on a target. Entries are written by `emit`, in
the transaction of the action itself, and never updated or deleted."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class AuditAction(enum.StrEnum):
    """What a moderation-log entry records, as `<target type>.<verb>`. Automatic actions
    (`post.auto_hide`: hidden by members' reports; `user.suspension_expired`) have a null
    `actor`. `post.resolve` is a review of a post's reports (its note says `dismiss`, `hide`
    or `delete`), with one `flag.upheld` or `flag.dismissed` (`actor` null) per report it
    closed. `user.note` records that a note was written (its text stays in the member's
    notes); `meetup.*` and `rsvp.approve` are moderators' actions on other members' meet-ups."""

    post_hide = "post.hide"
    post_unhide = "post.unhide"
    post_auto_hide = "post.auto_hide"
    post_edit = "post.edit"
    post_delete = "post.delete"
    post_restore = "post.restore"
    post_resolve = "post.resolve"
    flag_upheld = "flag.upheld"
    flag_dismissed = "flag.dismissed"
    queue_claim = "queue.claim"
    queue_release = "queue.release"
    thread_rename = "thread.rename"
    thread_lock = "thread.lock"
    thread_unlock = "thread.unlock"
    thread_pin = "thread.pin"
    thread_unpin = "thread.unpin"
    thread_move = "thread.move"
    thread_delete = "thread.delete"
    thread_restore = "thread.restore"
    user_suspend = "user.suspend"
    user_unsuspend = "user.unsuspend"
    user_suspension_expired = "user.suspension_expired"
    user_warn = "user.warn"
    user_note = "user.note"
    user_role = "user.role"
    user_leave = "user.leave"
    category_create = "category.create"
    category_update = "category.update"
    meetup_cancel = "meetup.cancel"  # by a moderator (a host's own cancel is not audited)
    meetup_edit = "meetup.edit"  # by a moderator
    rsvp_approve = "rsvp.approve"  # by a moderator
    webhook_create = "webhook.create"
    webhook_delete = "webhook.delete"


class AuditTarget(enum.StrEnum):
    """The kind of thing a moderation-log entry's `target_id` names."""

    post = "post"
    flag = "flag"
    thread = "thread"
    user = "user"
    category = "category"
    webhook = "webhook"
    meetup = "meetup"


# The names the domains write audit entries with; the document shows the enums under the
# names above (a generated client's `Action` or `Target` would say nothing).
Action = AuditAction
Target = AuditTarget


@dataclass(frozen=True)
class Audit:
    """One audit entry to write; the actor is `emit`'s (None: an automatic action)."""

    action: Action
    target: Target
    target_id: int
    note: str | None = None
