"""Live events: a thread's changes streamed to its readers, and a member's new notifications
streamed to them, as Server-Sent Events (`GET /events?thread={id}`, `?notifications=true`).

The path of one change, from commit to screen:

1. A request commits, or the worker does (notifications are made by the worker, which
   emits one `notification.created` per fan-out); the commit listener (`Hub.committed`, on
   `Database.commit_listeners`) takes the outbox rows it emitted and turns each into a
   small `Envelope` (id, kind, thread, payload). A standalone `village worker` has no hub:
   it publishes its envelopes on Redis (`publisher`), or, without Redis, each server's hub
   looks for them in the outbox about once a second while notification streams are open.
2. The envelopes are delivered to this process's hub at once, and published on one Redis
   channel when `REDIS_URL` is set (`broker.RedisBroker`); every process subscribes to that
   channel once and delivers what it hears to its own hub. Redis is an accelerator: while it
   is away a change still reaches this process's streams, and when it is back each process
   catches up from the outbox.
3. A hub with readers on the thread loads the changed post or thread ONCE (one short
   session of its own) and serialises it per reader with the forum's one visibility
   serialiser (`post_json` / `thread_json`), once per kind of viewer (`renderers`). A
   `notification.created` is routed by member: the hub loads, in one statement, the
   notifications of the members it names who have a stream HERE, and sends each theirs.
4. Each stream has a short bounded queue; a reader that falls behind is disconnected (its
   client reconnects with Last-Event-ID and is replayed what it missed).

A stream is opened like any request, through the whole app (authentication, limits, the
thread's 404, the replay), and then carried on by the outermost middleware alone
(`stream.LiveStreamMiddleware`), so an idle stream costs about 16 KB: its connection, its
request's task and its subscriber. It holds no database connection: the request's session
closes before the response starts, and renderers open their own for a moment per change.
"""
