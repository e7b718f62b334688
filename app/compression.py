"""gzip for the API's answers: a page of posts or threads is 5-20 KB of JSON that shrinks
by about four fifths, which a phone on a slow network feels more than the CPU it costs.

Starlette's `GZipMiddleware` does the work, for the API's paths only (the web app's files
are compressed once at build time, app/web.py). It leaves alone what it should: bodies
under `MINIMUM_SIZE`, an event stream (`text/event-stream` is on its exclusion list, and its
response start goes out at once, so the stream is handed off as before, app/live/stream.py),
and responses that already have a Content-Encoding.

Around it, two rules of RFC 9110:
- A strong ETag names exact bytes (8.8.3), and gzip changes them: a compressed answer's
  strong ETag becomes weak. The API's ETags are weak already (app/http.py), so a client's
  `If-None-Match` matches whichever coding it got the tag with, and 304s go on working.
- Every API answer that could be compressed says `Vary: Accept-Encoding`, a 304 and a small
  body too (a 304 carries the Vary its 200 would, 15.4.5), so no cache serves gzip to a
  client that did not ask for it. The event stream is the exception: it is never compressed.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.http import API_PREFIX

# Below about 1 KB gzip saves less than a TCP segment, and costs CPU all the same.
MINIMUM_SIZE = 1024
# Level 1 (nginx's default) leaves a page of threads or posts at 12-21 % of its size, about
# 100-170 bytes more than level 6 or 9, for half their CPU or less (docs/benchmarks.md,
# "Compression"); Starlette's default is 9.
COMPRESS_LEVEL = 1
NEVER_COMPRESSED = ("text/event-stream",)


class ApiCompressionMiddleware:
    """gzip for answers under the API's prefix; everything else passes untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=MINIMUM_SIZE, compresslevel=COMPRESS_LEVEL)
        self.prefix = API_PREFIX + "/"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return

        async def send_with_rules(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                _apply_rules(MutableHeaders(scope=message))
            await send(message)

        await self.gzip(scope, receive, send_with_rules)


def _apply_rules(headers: MutableHeaders) -> None:
    media_type = headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type in NEVER_COMPRESSED:
        return
    vary = headers.get("vary", "")
    if "accept-encoding" not in {part.strip().lower() for part in vary.split(",")}:
        headers["Vary"] = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"
    etag = headers.get("etag")
    if etag is not None and "content-encoding" in headers and not etag.startswith("W/"):
        headers["ETag"] = f"W/{etag}"
