"""Live events: a thread's changes streamed to its readers as Server-Sent Events.

The path of one change, from commit to screen:

1. A request commits; its commit listener (`Hub.committed`, on `Database.commit_listeners`)
   takes the outbox rows it emitted and turns each into a small `Envelope` (id, kind,
   thread, payload).
2. The envelopes are delivered to this process's hub at once, and published on one Redis
   channel when `REDIS_URL` is set (`broker.RedisBroker`); every process subscribes to that
   channel once and delivers what it hears to its own hub. Redis is an accelerator: while it
   is away a change still reaches this process's streams, and when it is back each process
   catches up from the outbox.
3. A hub with readers on the thread loads the changed post or thread ONCE (one short
   session of its own) and serialises it per reader with the forum's one visibility
   serialiser (`post_json` / `thread_json`), once per kind of viewer (`renderers`).
4. Each stream has a short bounded queue; a reader that falls behind is disconnected (its
   client reconnects with Last-Event-ID and is replayed what it missed).

A stream is opened like any request, through the whole app (authentication, limits, the
thread's 404, the replay), and then carried on by the outermost middleware alone
(`stream.LiveStreamMiddleware`), so an idle stream costs about 16 KB: its connection, its
request's task and its subscriber. It holds no database connection: the request's session
closes before the response starts, and renderers open their own for a moment per change.
"""
