"""What the OpenAPI document says about the API as a whole: its tags (in the order a reader
meets them), where it is served, its licence and whom to contact.

Passed to `FastAPI(...)` in app/main.py; the linters in `make lint-api` (Redocly, Spectral)
require each of them, and the tags' order is the order of the reference's sections.
"""

from __future__ import annotations

from typing import Any

# Every tag an operation carries, with what its operations are for: the sections of the
# reference, from signing in to the community's tools.
API_TAGS: list[dict[str, Any]] = [
    {
        "name": "auth",
        "description": "Registering, signing in with the OAuth2 password flow (the token "
        "route is form-encoded), refreshing and signing out, verifying an email address "
        "and resetting a forgotten password. Refresh tokens rotate: presenting a used one "
        "signs out that whole login.",
    },
    {
        "name": "accounts",
        "description": "Your own account (`/me`): profile, preferences, password, the export "
        "of everything kept about you, leaving; members' public profiles, finding members, "
        "blocking and unblocking them, and an admin setting a member's role.",
    },
    {
        "name": "tokens",
        "description": "Personal access tokens for scripts and bots: each carries only the "
        "scopes it was made with, is shown once when created, and can be revoked at any "
        "time. Send it as `Authorization: Bearer <token>`.",
    },
    {
        "name": "categories",
        "description": "The forum's categories, in their order, with thread and post counts. "
        "Anyone may read them; admins create and edit them.",
    },
    {
        "name": "threads",
        "description": "Threads in a category or a local group: listing (keyset-paged, "
        "pinned first within a category), starting one with its first post, editing, "
        "locking, pinning, deleting and restoring, your reading position and your "
        "subscription to a thread.",
    },
    {
        "name": "posts",
        "description": "A thread's posts, by number: reading, replying (anonymously if you "
        "choose), editing with revisions kept, deleting and restoring, reactions, and the "
        "Markdown preview. `body_html` is the only HTML a client may insert into a page.",
    },
    {
        "name": "notifications",
        "description": "Your notifications (replies, mentions, quotes, watched threads, "
        "moderation, meet-ups), their unread count, marking them read, and the one-click "
        "unsubscribe link every email carries, which needs no sign-in.",
    },
    {
        "name": "live",
        "description": "Server-Sent Events: a thread's changes and your new notifications as "
        "they happen (`GET /events`), resumable with `Last-Event-ID`.",
    },
    {
        "name": "search",
        "description": "Full-text search of posts, best match first, with the same "
        "visibility rules as everywhere else: nothing hidden from you, and no anonymous "
        "post is ever found by its author's name.",
    },
    {
        "name": "moderation",
        "description": "Flags, the review queue (claim, resolve), hiding posts, suspending "
        "and warning members, moderators' notes and the append-only moderation log. The "
        "`moderate` scope alone suffices for every moderators' route; flagging a post is "
        "open to every member.",
    },
    {
        "name": "groups",
        "description": "Local groups of parents by area: listing them, the areas they are "
        "in, starting one, joining and leaving. A group has its own thread list.",
    },
    {
        "name": "meetups",
        "description": "Meet-ups in person or online: listing upcoming ones, hosting, "
        "RSVPs with a first-come waitlist and host approval, cancelling, reporting, and "
        "calendar feeds (`.ics`). A visitor never sees a meet-up's venue.",
    },
    {
        "name": "webhooks",
        "description": "For admins' integrations: subscribe a URL to domain events, read "
        "each delivery's attempts and redeliver. Deliveries are signed "
        "(`X-Village-Signature`), retried with back-off and delivered at least once.",
    },
]

# The document is served by the API itself, so its paths resolve against the server that
# answered: the same document serves every deployment (paths carry the /api/v1 prefix).
API_SERVERS: list[dict[str, Any]] = [
    {
        "url": "/",
        "description": "The server that served this document; every path starts with the "
        "API's version prefix.",
    },
]

# The project's licence (pyproject.toml), named by its SPDX identifier and its text.
API_LICENSE: dict[str, Any] = {
    "name": "AGPL-3.0-or-later",
    "url": "https://www.gnu.org/licenses/agpl-3.0.html",
}

# Whom a developer asks about the API (quoting a response's `X-Request-ID` for a problem).
API_CONTACT: dict[str, Any] = {"name": "Village maintainers"}
