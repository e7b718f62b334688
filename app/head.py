"""HEAD answers wherever GET does (RFC 9110 9.3.2): the same status and headers, no body.

FastAPI's routes accept only the methods they are declared with, so HEAD was 405 almost
everywhere. Declaring HEAD on every route would put a second operation, with the same
operation id, beside each GET in the OpenAPI document; instead `HeadMiddleware`, the
outermost layer, passes a HEAD request on as the GET it stands for and sends only the
answer's head. Everything inside sees a GET: it is counted once against the rate limits,
compressed the same way (so `Content-Length` is the GET's), and carries the same headers.
An event stream or a large file is cut short as soon as its head has gone out.

A 405 answer's `Allow` names HEAD beside GET (`allow_head_in_405`).
"""

from __future__ import annotations

from fastapi import FastAPI, Request, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_END_OF_BODY: Message = {"type": "http.response.body", "body": b"", "more_body": False}
_DISCONNECT: Message = {"type": "http.disconnect"}


class HeadMiddleware:
    """Serves HEAD as GET without its body; every other request passes untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        # The server keeps its own scope, which still says HEAD (uvicorn then sends no body
        # bytes of its own accord either).
        as_get = {**scope, "method": "GET"}
        answered = False

        async def send_head_only(message: Message) -> None:
            nonlocal answered
            if answered:
                return  # the body (or the rest of a stream) goes nowhere
            if message["type"] == "http.response.start":
                await send(message)
                await send(_END_OF_BODY)
                answered = True

        async def receive_until_answered() -> Message:
            # Once the head is out the client has all it asked for: whatever waits for the
            # client to leave (an event stream) ends at once.
            if answered:
                return _DISCONNECT
            return await receive()

        await self.app(as_get, receive_until_answered, send_head_only)


async def _method_not_allowed(request: Request, exc: Exception) -> Response:
    """The app's own 405 problem, with HEAD named wherever GET is."""
    assert isinstance(exc, StarletteHTTPException)
    handler = request.app.exception_handlers[StarletteHTTPException]
    response: Response = await handler(request, exc)
    allowed = [method.strip() for method in response.headers.get("allow", "").split(",")]
    if "GET" in allowed and "HEAD" not in allowed:
        allowed.insert(allowed.index("GET") + 1, "HEAD")
        response.headers["Allow"] = ", ".join(allowed)
    return response


def install_head_answers(app: FastAPI) -> None:
    """Call last in create_app: the middleware must be the outermost."""
    # A handler by status is consulted before the one by exception class.
    app.add_exception_handler(405, _method_not_allowed)
    app.add_middleware(HeadMiddleware)
