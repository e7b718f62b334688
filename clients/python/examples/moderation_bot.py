"""A moderation bot for Village, written with the generated client alone.

The rule it applies to the review queue (change `verdict` to make it yours):

    hide a reported post when any open report says `safety` or `abusive`, or when two or more
    members reported it; leave every other report for the human moderators.

It claims a post before resolving it, so no moderator reviews the same post at the same time,
and skips posts a moderator has claimed. Its claims and decisions are in the moderation log
under its own name.

Three commands:

    # Once, by an administrator (a token with the `admin` scope): send the bot the reports.
    python moderation_bot.py register --admin-token ADMIN_TOKEN \\
        --url https://bot.example.org/village --secret LONG_RANDOM_SECRET

    # The bot: receives the webhook's deliveries, and sweeps the queue on each new report.
    python moderation_bot.py --token BOT_TOKEN listen --port 8080 --secret LONG_RANDOM_SECRET

    # Where no webhook can reach the bot: sweep the queue every 30 seconds (or --once).
    python moderation_bot.py --token BOT_TOKEN poll --every 30

BOT_TOKEN is a personal access token of a moderator's account with only the `moderate` scope
(`POST /api/v1/me/tokens` with `{"name": "bot", "scopes": ["moderate"]}`). Every option may
come from the environment instead: VILLAGE_URL, VILLAGE_TOKEN, VILLAGE_ADMIN_TOKEN,
VILLAGE_WEBHOOK_SECRET.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import logging
import os
import queue
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

import httpx
from village_client import AuthenticatedClient
from village_client.api.moderation import claim_queue_item, list_queue, resolve_queue_item
from village_client.api.webhooks import create_webhook
from village_client.models import (
    PostRead,
    QueueItemPage,
    QueueItemRead,
    ResolveRequest,
    WebhookCreate,
    WebhookRead,
)
from village_client.types import UNSET, Response, Unset

log = logging.getLogger("moderation-bot")

HIDE_REASONS = {"safety", "abusive"}
HIDE_AT_REPORTS = 2
MAX_DELIVERY_AGE = 300  # seconds: an older signed delivery is a replay, not news
MAX_DELIVERY_BYTES = 1024 * 1024

T = TypeVar("T")


def expect(response: Response[Any], kind: type[T]) -> T:
    """The answer when it is a `kind`; otherwise stop, saying what the API answered."""
    if isinstance(response.parsed, kind):
        return response.parsed
    raise RuntimeError(f"the API answered {response.status_code}: {response.content[:300]!r}")


# The rule


def verdict(item: QueueItemRead) -> str | None:
    """Why the bot hides this post, or None to leave it for a person."""
    reasons = sorted({flag.reason for flag in item.flags} & HIDE_REASONS)
    if reasons:
        return f"reported as {' and '.join(reasons)}"
    if item.flag_count >= HIDE_AT_REPORTS:
        return f"reported by {item.flag_count} members"
    return None


def sweep(client: AuthenticatedClient) -> int:
    """Reads the whole queue and hides what the rule says; returns how many posts it hid.

    Safe to run at any time and as often as wanted: the queue is the state, so a repeated
    or late delivery only makes the bot look again."""
    hidden = 0
    cursor: str | Unset = UNSET
    while True:
        page = expect(list_queue.sync_detailed(client=client, cursor=cursor), QueueItemPage)
        for item in page.items:
            why = verdict(item)
            if why is not None and take(client, item) and hide(client, item, why):
                hidden += 1
        if page.next_cursor is None:
            return hidden
        cursor = page.next_cursor


def take(client: AuthenticatedClient, item: QueueItemRead) -> bool:
    """Claims the post; False when a moderator holds it (409) or it is resolved (404)."""
    answer = claim_queue_item.sync_detailed(item.id, client=client)
    if answer.status_code == HTTPStatus.NO_CONTENT:  # ours now, or ours already
        return True
    if answer.status_code in (HTTPStatus.CONFLICT, HTTPStatus.NOT_FOUND):
        log.info("post %s: taken by someone else, left alone", item.id)
        return False
    raise RuntimeError(f"claiming post {item.id}: {answer.status_code} {answer.content!r}")


def hide(client: AuthenticatedClient, item: QueueItemRead, why: str) -> bool:
    """Resolves the post's reports as upheld and hides it, with the reason in the log."""
    answer = resolve_queue_item.sync_detailed(
        item.id,
        client=client,
        body=ResolveRequest(action="hide", note=f"Moderation bot: {why}."),
    )
    if answer.status_code == HTTPStatus.CONFLICT:  # resolved by someone in between
        return False
    post = expect(answer, PostRead)
    log.info('post %s in "%s": hidden (%s)', post.id, item.thread.title, why)
    return True


# Webhook deliveries


def signed_by(secret: bytes, body: bytes, signature: str) -> bool:
    """`X-Village-Signature` is `sha256=` and the hex HMAC-SHA256 of the body's exact bytes,
    keyed with the webhook's secret. compare_digest takes as long for any wrong signature."""
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def receiver(secret: bytes, events: queue.Queue[str]) -> type[BaseHTTPRequestHandler]:
    """A request handler that checks each delivery and queues its event kind.

    It answers at once (Village waits 10 seconds at most, then retries) and leaves the work
    to the main thread."""

    class Deliveries(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_DELIVERY_BYTES:
                self.send_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
                return
            body = self.rfile.read(length)
            if not signed_by(secret, body, self.headers.get("X-Village-Signature", "")):
                log.warning("refused a delivery with a wrong signature")
                self.send_error(HTTPStatus.UNAUTHORIZED)
                return
            # The send time is inside the signed body: an old delivery replayed is refused.
            delivery = json.loads(body)
            if abs(time.time() - delivery["timestamp"]) > MAX_DELIVERY_AGE:
                self.send_error(HTTPStatus.UNAUTHORIZED, "stale delivery")
                return
            events.put(delivery["event"])
            self.send_response(HTTPStatus.NO_CONTENT)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            log.debug(format, *args)

    return Deliveries


def listen(client: AuthenticatedClient, host: str, port: int, secret: str) -> None:
    events: queue.Queue[str] = queue.Queue()
    server = ThreadingHTTPServer((host, port), receiver(secret.encode(), events))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    log.info("listening on http://%s:%s/", host, server.server_port)
    events.put("flag.created")  # a first sweep: what was reported while the bot was away
    try:
        while True:
            if events.get() == "flag.created":
                try:
                    sweep(client)
                except (RuntimeError, httpx.HTTPError) as exc:
                    # The posts stay in the queue: the next report's sweep finds them.
                    log.error("the sweep failed: %s", exc)
    finally:
        server.shutdown()


def poll(client: AuthenticatedClient, every: float, once: bool) -> None:
    while True:
        try:
            log.info("swept the queue: %s hidden", sweep(client))
        except (RuntimeError, httpx.HTTPError) as exc:
            if once:
                raise
            log.error("the sweep failed, trying again in %g s: %s", every, exc)
        if once:
            return
        time.sleep(every)


def register(base_url: str, admin_token: str, url: str, secret: str) -> None:
    """Registers the bot's endpoint for new reports (an administrator's `admin` token)."""
    with AuthenticatedClient(base_url=base_url, token=admin_token) as admin:
        answer = create_webhook.sync_detailed(
            client=admin, body=WebhookCreate(url=url, events=["flag.created"], secret=secret)
        )
        webhook = expect(answer, WebhookRead)
    print(f"webhook {webhook.id}: flag.created is sent to {webhook.url}")


def main() -> int:
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--base-url", default=env("VILLAGE_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--token", default=env("VILLAGE_TOKEN"), help="the bot's own token")
    commands = parser.add_subparsers(dest="command", required=True)
    listening = commands.add_parser("listen", help="receive webhook deliveries")
    listening.add_argument("--host", default="127.0.0.1")
    listening.add_argument("--port", type=int, default=8080)
    listening.add_argument("--secret", default=env("VILLAGE_WEBHOOK_SECRET"))
    polling = commands.add_parser("poll", help="read the queue every few seconds")
    polling.add_argument("--every", type=float, default=30.0, help="seconds between sweeps")
    polling.add_argument("--once", action="store_true", help="one sweep, then exit")
    registering = commands.add_parser("register", help="register the webhook (admin)")
    registering.add_argument("--admin-token", default=env("VILLAGE_ADMIN_TOKEN"))
    registering.add_argument("--url", required=True, help="where the bot listens")
    registering.add_argument("--secret", default=env("VILLAGE_WEBHOOK_SECRET"))
    args = parser.parse_args()
    logging.basicConfig(format="%(asctime)s %(message)s")
    log.setLevel(logging.INFO)  # the bot's decisions; the libraries' chatter stays out

    if args.command == "register":
        if not args.admin_token or not args.secret:
            parser.error("register needs --admin-token and --secret")
        register(args.base_url, args.admin_token, args.url, args.secret)
        return 0
    if not args.token:
        parser.error("the bot needs --token (or VILLAGE_TOKEN)")
    with AuthenticatedClient(
        base_url=args.base_url, token=args.token, timeout=httpx.Timeout(10)
    ) as client:
        if args.command == "poll":
            poll(client, args.every, args.once)
        else:
            if not args.secret:
                parser.error("listen needs --secret (or VILLAGE_WEBHOOK_SECRET)")
            listen(client, args.host, args.port, args.secret)
    return 0


if __name__ == "__main__":
    sys.exit(main())
