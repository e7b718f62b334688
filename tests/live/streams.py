"""A test's view of live events: apps served by a real uvicorn on a free port (httpx's ASGI
transport buffers a whole response, so it cannot read an endless stream), and an SSE client
that parses the stream as a browser's EventSource would.

Every answer these clients get, over HTTP or in-process, is held to the OpenAPI document
as the `client` fixture's are (tests/contract.py): a stream's status and headers when it
opens, a refusal's whole problem."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import socket
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from app.config import Settings
from app.main import create_app, release_resources
from tests.contract import ContractCheck, contract_check
from tests.helpers import Forum, Member
from tests.moderation.fixtures import http_client as in_process_client

WAIT = 5.0  # the longest a test waits for an event it expects
EVENT_STREAM = "text/event-stream"


@functools.cache
def _contract() -> ContractCheck:
    return contract_check(create_app())  # every app documents the same operations


async def _held_to_contract(response: httpx.Response) -> None:
    """Checks an answer of a served app against the document; a stream's body is left to
    the test to read."""
    headers = response.headers
    streaming = headers.get("content-type", "").startswith(EVENT_STREAM)
    body = b"" if streaming else await response.aread()
    _contract().check(response.request, response.status_code, headers, body)


def http_client(url: str, timeout: float | httpx.Timeout = WAIT) -> httpx.AsyncClient:
    """A client of the app served at `url`, each answer held to the document. It asks for
    answers uncompressed: the check reads a problem's body as the server sent it."""
    return httpx.AsyncClient(
        base_url=f"{url}/api/v1",
        timeout=timeout,
        headers={"Accept-Encoding": "identity"},
        event_hooks={"response": [_held_to_contract]},
    )


@dataclass
class Served:
    """An app, served over HTTP at `url`, with an in-process client and `Forum` for writes."""

    app: FastAPI
    url: str
    forum: Forum

    @property
    def client(self) -> httpx.AsyncClient:
        return self.forum.client


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[str]:
    """Serves `app` with uvicorn on a free port of 127.0.0.1; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="off", log_level="warning", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    # The test process keeps its own signal handlers.
    server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign,assignment]
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        # The hub ends its streams first, so the server finds no open response to wait for.
        await app.state.live_hub.close()
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)
        sock.close()


@asynccontextmanager
async def served(settings: Settings, **overrides: Any) -> AsyncIterator[Served]:
    """A new app on the test's database with `overrides`, served over HTTP."""
    app = create_app(settings.model_copy(update=overrides))
    try:
        async with in_process_client(app) as client, serve(app) as url:
            yield Served(app, url, Forum(app, client))
    finally:
        await release_resources(app)


@asynccontextmanager
async def served_with_worker(settings: Settings, **overrides: Any) -> AsyncIterator[Served]:
    """Like `served`, with the app's lifespan, so its in-process worker runs (quick polls)."""
    app = create_app(
        settings.model_copy(
            update={"worker_in_process": True, "worker_poll_seconds": 0.05, **overrides}
        )
    )
    async with (
        app.router.lifespan_context(app),
        in_process_client(app) as client,
        serve(app) as url,
    ):
        yield Served(app, url, Forum(app, client))


@dataclass
class Event:
    id: int | None
    name: str | None
    data: Any
    comment: str | None = None


class EventStream:
    """One open `GET /events` response; a task reads it into a queue of parsed events."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._events: asyncio.Queue[Event | None] = asyncio.Queue()
        self._reader = asyncio.create_task(self._read())
        self.ended = False

    async def _read(self) -> None:
        fields: dict[str, str] = {}
        comment = None
        try:
            async for line in self.response.aiter_lines():
                if line == "":
                    if fields or comment is not None:
                        data = fields.get("data")
                        await self._events.put(
                            Event(
                                int(fields["id"]) if "id" in fields else None,
                                fields.get("event"),
                                json.loads(data) if data is not None else None,
                                comment,
                            )
                        )
                    fields, comment = {}, None
                elif line.startswith(":"):
                    comment = line[1:].strip()
                else:
                    name, _, value = line.partition(":")
                    fields[name] = value.removeprefix(" ")
        except (httpx.TransportError, httpx.StreamError):
            pass
        finally:
            await self._events.put(None)

    async def next(self, within: float = WAIT, *, pings: bool = False) -> Event:
        """The next event (pings skipped unless `pings`); fails when none comes or the
        stream ends."""
        while True:
            event = await asyncio.wait_for(self._events.get(), within)
            if event is None:
                self.ended = True
                raise AssertionError("the stream ended")
            if pings or event.comment is None:
                return event

    async def take(self, count: int, within: float = WAIT) -> list[Event]:
        return [await self.next(within) for _ in range(count)]

    async def quiet(self, seconds: float = 0.3) -> None:
        """Asserts that no event (other than pings) arrives within `seconds`."""
        with contextlib.suppress(TimeoutError):
            event = await self.next(seconds)
            raise AssertionError(f"unexpected event {event}")

    async def end(self, within: float = WAIT) -> None:
        """Asserts that the server ends the stream (after any pings)."""
        while True:
            event = await asyncio.wait_for(self._events.get(), within)
            if event is None:
                return
            assert event.comment is not None, f"expected the end, got {event}"


@asynccontextmanager
async def stream(
    url: str,
    thread_id: int | None,
    viewer: Member | None = None,
    *,
    last_event_id: int | str | None = None,
    query: str | None = None,
) -> AsyncIterator[EventStream]:
    """Opens the thread's event stream as `viewer` (None: a visitor); asserts it is one."""
    headers = dict(viewer.headers) if viewer is not None else {}
    if last_event_id is not None:
        headers["Last-Event-ID"] = str(last_event_id)
    params = query if query is not None else f"thread={thread_id}"
    timeout = httpx.Timeout(WAIT, read=None)
    async with (
        http_client(url, timeout) as client,
        client.stream("GET", f"/events?{params}", headers=headers) as response,
    ):
        assert response.status_code == 200, (response.status_code, await response.aread())
        assert response.headers["content-type"].startswith("text/event-stream")
        events = EventStream(response)
        try:
            yield events
        finally:
            events._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await events._reader


def notifications(
    url: str, member: Member, *, last_event_id: int | str | None = None
) -> AbstractAsyncContextManager[EventStream]:
    """Opens `member`'s notification stream."""
    return stream(url, None, member, last_event_id=last_event_id, query="notifications=true")


async def refused(
    url: str, query: str, viewer: Member | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A `GET /events` that is answered at once (not a stream)."""
    all_headers = {**(viewer.headers if viewer is not None else {}), **(headers or {})}
    async with http_client(url) as client:
        return await client.get(f"/events?{query}", headers=all_headers)


async def no_open_streams(site: Served) -> None:
    """Waits until the server has noticed that every client went away."""
    async with asyncio.timeout(WAIT):
        while site.app.state.live_hub.open_streams:  # noqa: ASYNC110 (polling a counter)
            await asyncio.sleep(0.02)
