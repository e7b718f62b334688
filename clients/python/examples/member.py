"""A member's visit to Village, written with the generated client alone.

Signs in with a username and password, reads the categories and the liveliest threads, opens
one, replies to it, thanks the last person who posted there, and reads the notifications:

    python member.py --base-url http://127.0.0.1:8000 --username alice --password '...'

Every argument may come from the environment instead: VILLAGE_URL, VILLAGE_USERNAME,
VILLAGE_PASSWORD. `--thread ID` opens that thread rather than the most active one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from typing import Any, TypeVar

import httpx
from village_client import AuthenticatedClient, Client
from village_client.api.auth import sign_in
from village_client.api.categories import list_categories
from village_client.api.notifications import count_unread_notifications, list_notifications
from village_client.api.posts import add_reaction, create_post, list_posts
from village_client.api.threads import get_thread, list_threads
from village_client.models import (
    CategoryRead,
    NotificationPage,
    NotificationRead,
    PostCreate,
    PostPage,
    PostRead,
    ReactionsRead,
    ThreadPage,
    ThreadRead,
    TokenPair,
    TokenRequest,
    UnreadCount,
)
from village_client.types import Response

T = TypeVar("T")


def expect(response: Response[Any], kind: type[T]) -> T:
    """The answer when it is a `kind`; otherwise stop, saying what the API answered.

    Each operation's function returns its success model or the problem (RFC 9457) it answered
    with; problems carry `title` and `detail`, which are what a person needs to read."""
    if isinstance(response.parsed, kind):
        return response.parsed
    try:
        problem = json.loads(response.content)
        said = problem.get("detail") or problem.get("title")
    except ValueError:
        said = response.content[:200].decode(errors="replace")
    raise SystemExit(f"The API answered {response.status_code}: {said}")


def access_token_for(base_url: str, username: str, password: str) -> str:
    """The token route takes a form (OAuth2's password flow), not JSON; the client knows."""
    with Client(base_url=base_url, timeout=httpx.Timeout(10)) as guest:
        answer = sign_in.sync_detailed(
            client=guest, body=TokenRequest(username=username, password=password)
        )
    return expect(answer, TokenPair).access_token


def who(post: PostRead) -> str:
    if post.author is not None:
        return post.author.username
    return post.anonymous_label or "someone"


def describe(notification: NotificationRead) -> str:
    actor = notification.actor.username if notification.actor is not None else "someone"
    place = f' in "{notification.thread.title}"' if notification.thread is not None else ""
    return f"{notification.kind} from {actor}{place}"


def visit(client: AuthenticatedClient, username: str, thread_id: int | None, reply: str) -> None:
    categories: list[CategoryRead] = expect(list_categories.sync_detailed(client=client), list)
    names = ", ".join(category.name for category in categories)
    print(f"Signed in as {username}. {len(categories)} categories: {names}")

    threads = expect(list_threads.sync_detailed(client=client, limit=5), ThreadPage)
    print("The liveliest threads:")
    for listed in threads.items:
        print(f"  {listed.id}: {listed.title} ({listed.post_count} posts)")
    if thread_id is None:
        if not threads.items:
            raise SystemExit("There is no thread to open yet.")
        thread_id = threads.items[0].id

    thread = expect(get_thread.sync_detailed(thread_id, client=client), ThreadRead)
    posts = expect(list_posts.sync_detailed(thread_id, client=client, limit=50), PostPage)
    print(f'Opened "{thread.title}" in {thread.category.name}: {len(posts.items)} posts read.')

    # An Idempotency-Key makes a retried POST (after a timeout, say) post once, not twice.
    created = create_post.sync_detailed(
        thread_id,
        client=client,
        body=PostCreate(body=reply),
        idempotency_key=str(uuid.uuid4()),
    )
    mine = expect(created, PostRead)
    print(f"Replied as post #{mine.number}.")

    others = [p for p in posts.items if not p.is_mine and not p.is_hidden and not p.is_deleted]
    if others:
        thanked = others[-1]
        reacted = add_reaction.sync_detailed(thanked.id, "thanks", client=client)
        counts = expect(reacted, ReactionsRead).reactions.additional_properties
        shown = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
        print(f"Thanked {who(thanked)} for post #{thanked.number} (now {shown}).")

    unread = expect(count_unread_notifications.sync_detailed(client=client), UnreadCount).count
    print(f"{unread} unread notifications.")
    if unread:
        latest = list_notifications.sync_detailed(client=client, unread=True, limit=5)
        for notification in expect(latest, NotificationPage).items:
            print(f"  {describe(notification)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    env = os.environ.get
    parser.add_argument("--base-url", default=env("VILLAGE_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--username", default=env("VILLAGE_USERNAME"))
    parser.add_argument("--password", default=env("VILLAGE_PASSWORD"))
    parser.add_argument("--thread", type=int, help="the thread to open (default: most active)")
    parser.add_argument("--reply", default="Thank you all, this helps a lot.")
    args = parser.parse_args()
    if not args.username or not args.password:
        parser.error("a username and password are needed (or VILLAGE_USERNAME/VILLAGE_PASSWORD)")

    access_token = access_token_for(args.base_url, args.username, args.password)
    with AuthenticatedClient(
        base_url=args.base_url, token=access_token, timeout=httpx.Timeout(10)
    ) as client:
        visit(client, args.username, args.thread, args.reply)
    return 0


if __name__ == "__main__":
    sys.exit(main())
