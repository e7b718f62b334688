"""The HTTP side of a stream: `text/event-stream` through sse-starlette, which writes the
`: ping` heartbeat, notices a client that went away, and ends streams when the server shuts
down (uvicorn would otherwise wait for them forever)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from sse_starlette import EventSourceResponse, ServerSentEvent
from sse_starlette.sse import SendTimeoutError
from starlette.types import Receive, Scope, Send

from app.config import Settings
from app.live.hub import Hub
from app.live.service import Stream

logger = logging.getLogger(__name__)


def _ping() -> ServerSentEvent:
    return ServerSentEvent(comment="ping", sep="\n")


async def _frames(stream: Stream) -> AsyncIterator[bytes]:
    replayed = set()
    for event_id, frame in stream.replay:
        replayed.add(event_id)
        yield frame
    while (item := await stream.subscriber.next()) is not None:
        event_id, frame = item
        if event_id not in replayed:
            yield frame


class LiveResponse(EventSourceResponse):
    def __init__(self, hub: Hub, stream: Stream, settings: Settings) -> None:
        super().__init__(
            _frames(stream),
            headers={"Vary": "Authorization"},
            ping=settings.live_ping_seconds,
            ping_message_factory=_ping,
            sep="\n",
            # A client that stops reading holds a send at most this long, then is dropped.
            send_timeout=settings.live_send_timeout_seconds,
        )
        self._hub = hub
        self._subscriber = stream.subscriber

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        except SendTimeoutError:
            logger.info("a live stream's client stopped reading; it was disconnected")
        finally:
            self._hub.leave(self._subscriber)
