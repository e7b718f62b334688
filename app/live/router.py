"""GET /events: a thread's live events, or the signed-in member's new notifications, as
Server-Sent Events (API-community.md, "Live events").

Left out of the OpenAPI document: a stream has no JSON response to describe, and generated
clients (and schemathesis) would wait on it forever. The README documents it instead."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response

from app.client_identity import address_key
from app.db import MAX_ID, SessionDep
from app.deps import Viewer
from app.errors import NotAuthenticated, UnprocessableEntity
from app.live import service
from app.live.hub import Hub
from app.live.stream import LiveResponse

router = APIRouter(tags=["live"])


@router.get("/events", include_in_schema=False)
async def events(
    request: Request,
    session: SessionDep,
    viewer: Viewer,
    thread: Annotated[int | None, Query(ge=1, le=MAX_ID, description="The thread.")] = None,
    notifications: Annotated[bool, Query(description="Your notifications.")] = False,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> Response:
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
