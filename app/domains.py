"""Every domain's registrations, made on import: its in-transaction event handlers, its
sections of a member's export (app/accounts/export.py) and its counter rules
(app/counters.py). Whatever runs the services or the counter check (the app, `village
worker`, the CLI) imports this module first, so a change has the same consequences wherever
it is made, and the check knows every counter."""

import app.forum.counters
import app.forum.export
import app.forum.handlers
import app.mail.handlers
import app.meetups.counters
import app.meetups.export
import app.meetups.groups  # member_count in the counter check; leaving with the account
import app.meetups.handlers
import app.meetups.leaving  # a leaving member's RSVPs
import app.meetups.notify  # meet-up notifications (durable consumer)
import app.meetups.reminders  # the day-before reminder (periodic)
import app.moderation.counters
import app.moderation.export
import app.moderation.handlers
import app.moderation.my_flags
import app.notifications.digest  # email digests (periodic), unsubscribe-link pruning
import app.notifications.emails  # emails of replies, quotes, mentions; their send checks
import app.notifications.export
import app.notifications.handlers
import app.webhooks.handlers  # noqa: F401  (durable consumer and job queue)
