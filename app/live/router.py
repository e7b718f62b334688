"""GET /events: a thread's live events as Server-Sent Events (API-community.md, "Live
events").

Left out of the OpenAPI document: a stream has no JSON response to describe, and generated
clients (and schemathesis) would wait on it forever. The README documents it instead."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response

from app.client_identity import address_key
from app.db import MAX_ID, SessionDep
from app.deps import Viewer
from app.errors import UnprocessableEntity
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
    if notifications:
        raise UnprocessableEntity(
            "A stream of your notifications is not available yet; follow a thread with "
            "?thread={id}.",
            loc=("query", "notifications"),
        )
    if thread is None:
        raise UnprocessableEntity(
            "Say which thread to follow: ?thread={id}.", loc=("query", "thread")
        )
    hub: Hub = request.app.state.live_hub
    client = f"user:{viewer.id}" if viewer is not None else address_key(request.scope)
    stream = await service.open_thread_stream(
        session, hub, viewer, thread, client, service.last_event_id(last_event_id)
    )
    return LiveResponse(hub, stream, request.app.state.settings)
