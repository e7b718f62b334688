"""GET /events: a thread's live events, or the signed-in member's new notifications, as
Server-Sent Events (API-community.md, "Live events").

In the OpenAPI document with `text/event-stream` as its 200 media type and the frames
described in words (OpenAPI has no schema for a stream). The response is opened like any
request and then carried on by `stream.LiveStreamMiddleware` outside the normal stack."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response

from app.client_identity import address_key
from app.db import MAX_ID, SessionDep
from app.deps import Viewer
from app.errors import NotAuthenticated, NotFound, UnprocessableEntity, raises
from app.live import service
from app.live.hub import Hub, TooManyStreams
from app.live.stream import LiveResponse

# A thread's stream belongs with threads, the notification stream with notifications: the
# one operation is listed in both sections.
router = APIRouter(tags=["live"])

EVENT_STREAM = "text/event-stream"
_STREAM_EXAMPLE = (
    "id: 5821\n"
    "event: post.created\n"
    'data: {"id":314,"thread_id":42,"number":7,"body_html":"<p>Same here.</p>",…}\n'
    "\n"
    ": ping\n"
    "\n"
    "id: 5822\n"
    "event: thread.updated\n"
    'data: {"id":42,"title":"Night feeds","post_count":7,…}\n'
    "\n"
)
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The stream of events, never compressed; its frames are described above.",
        "content": {EVENT_STREAM: {"schema": {"type": "string"}, "example": _STREAM_EXAMPLE}},
        "headers": {
            "Cache-Control": {
                "description": "`no-store`: an event stream is never cached.",
                "schema": {"type": "string", "enum": ["no-store"]},
            },
            "X-Accel-Buffering": {
                "description": "`no`: tells a proxy such as nginx to pass each event on at "
                "once rather than buffer the response.",
                "schema": {"type": "string", "enum": ["no"]},
            },
        },
    }
}


@router.get(
    "/events",
    response_class=Response,
    responses=_RESPONSES,
    summary="Follow live events",
)
@raises(NotAuthenticated, NotFound, TooManyStreams)
async def stream_events(
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    thread: Annotated[
        int | None,
        Query(
            ge=1,
            le=MAX_ID,
            description="Follow this thread's changes (not with `notifications`); no such "
            "thread, or a deleted one: 404.",
            examples=[42],
        ),
    ] = None,
    notifications: Annotated[
        bool,
        Query(
            description="`true`: follow your own new notifications instead (signed in "
            "only; not with `thread`).",
            examples=[True],
        ),
    ] = False,
    last_event_id: Annotated[
        str | None,
        Header(
            alias="Last-Event-ID",
            description="The `id:` of the last event you received, when reconnecting: the "
            "events since then (by default those of the last five minutes, at most 500) are "
            "sent first. A value that is not one of this kind of stream's ids is ignored.",
            examples=["5822"],
        ),
    ] = None,
) -> Response:
    """Server-Sent Events: a thread's changes (`?thread={id}`) or your new notifications
    (`?notifications=true`), one or the other per stream. A thread may be followed without
    a token, and each event shows the resource as *you* may see it (hidden bodies and
    anonymous authors as every operation shows them); notifications need a signed-in
    member. Needs the `read` scope. Browsers' `EventSource` cannot send `Authorization`: use
    a client that can. By default at most 10 open streams a member (50 an address for
    guests): 429 `/problems/too-many-streams`; a full or stopping server answers 503 with
    `Retry-After`. `HEAD` answers the headers and opens nothing.

    **Frames.** Each event is an `id:` line, an `event:` line and one `data:` line of
    JSON, then a blank line:

    - a thread's stream: `post.created`, `post.updated` (an edit, an un-hide or a delete:
      the post in its new state) and `post.hidden`, each a `PostRead` as
      `GET /posts/{post_id}` shows it to you; `thread.updated`, a `ThreadRead` as
      `GET /threads/{thread_id}` shows it to you (with your own `last_read_number`,
      `unread_count` and `subscription`); and `thread.deleted`, `{"id": …}`, after which
      the stream ends;
    - the notification stream: `notification.created`, a `NotificationRead` as
      `GET /notifications` lists it.

    `id:` grows within a stream: send the last one back as `Last-Event-ID` when
    reconnecting. A `: ping` comment line comes (by default every 15 seconds) while
    nothing else does. The server ends a stream after about an hour (rights are checked
    again on reconnecting), when it shuts down, and when a client falls too far behind:
    reconnect with `Last-Event-ID`. An event may come twice (each carries the resource's
    current state: apply them as they come)."""
    if notifications and thread is not None:
        raise UnprocessableEntity(
            "Follow either a thread (?thread={id}) or your notifications "
            "(?notifications=true), one per stream.",
            loc=("query", "notifications"),
        )
    if not notifications and thread is None:
        raise UnprocessableEntity(
            "Say what to follow: ?thread={id} or ?notifications=true.", loc=("query", "thread")
        )
    hub: Hub = request.app.state.live_hub
    last_seen = service.last_event_id(last_event_id)
    if notifications:
        if viewer is None:
            raise NotAuthenticated("Sign in to follow your notifications.")
        stream = await service.open_notification_stream(
            session, hub, viewer, f"user:{viewer.id}", last_seen
        )
    else:
        assert thread is not None
        client = f"user:{viewer.id}" if viewer is not None else address_key(request.scope)
        stream = await service.open_thread_stream(session, hub, viewer, thread, client, last_seen)
    return LiveResponse(hub, stream, request.app.state.settings)
