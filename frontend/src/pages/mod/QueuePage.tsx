// The review queue: reported posts, safety first, then the longest waiting.
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { ApiError } from "../../api/problem";
import { useAuth } from "../../auth/AuthContext";
import { Done, isAccessError, NotAllowed, UserLink, When } from "../../components/mod/ModShared";
import { Empty, ErrorMessage, LoadMore, Loading } from "../../components/Status";
import { fullDate, plural } from "../../components/format";
import { flagReasonLabel } from "./labels";
import "../../styles/mod.css";

type Item = Schemas["QueueItemRead"];
type UserRef = Schemas["UserRef"];
type Action = Schemas["ResolveRequest"]["action"];

const PAGE_SIZE = 20;

const RESOLVED: Record<Action, string> = {
  dismiss: "Dismissed the reports on",
  hide: "Hid",
  delete: "Deleted",
};

interface Loaded {
  viewer: number;
  items: Item[];
  next: string | null;
  error: unknown;
}

export function QueuePage() {
  const { me, loading: authLoading } = useAuth();
  const viewer = me?.id ?? 0;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [titles, setTitles] = useState<Record<number, string>>({});
  const asked = useRef(new Set<number>());
  const articles = useRef(new Map<number, HTMLElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<number | "heading" | null>(null);

  useEffect(() => {
    document.title = "Review queue · Village";
  }, []);

  useEffect(() => {
    if (authLoading) return;
    let active = true;
    call(api.GET("/api/v1/moderation/queue", { params: { query: { limit: PAGE_SIZE } } })).then(
      (page) => {
        if (active) setLoaded({ viewer, items: page.items, next: page.next_cursor, error: null });
      },
      (error: unknown) => {
        if (active) setLoaded({ viewer, items: [], next: null, error });
      },
    );
    return () => {
      active = false;
    };
  }, [viewer, authLoading]);

  const current = loaded?.viewer === viewer ? loaded : null;
  const items = current?.items;

  // The queue names threads by id only: look their titles up once each, for context.
  useEffect(() => {
    for (const item of items ?? []) {
      const id = item.post.thread_id;
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      call(api.GET("/api/v1/threads/{thread_id}", { params: { path: { thread_id: id } } })).then(
        (thread) => setTitles((known) => ({ ...known, [id]: thread.title })),
        () => undefined, // the link still works without a title
      );
    }
  }, [items]);

  // After an item leaves the list, keep keyboard focus in a sensible place.
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === "heading") heading.current?.focus();
    else articles.current.get(target)?.focus();
  }, [items]);

  const update = useCallback((change: (items: Item[]) => Item[]) => {
    setLoaded((state) => (state ? { ...state, items: change(state.items) } : state));
  }, []);

  async function loadMore() {
    if (!current?.next) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await call(
        api.GET("/api/v1/moderation/queue", {
          params: { query: { limit: PAGE_SIZE, cursor: current.next } },
        }),
      );
      setLoaded((state) => {
        if (!state) return state;
        const seen = new Set(state.items.map((item) => item.post.id));
        const fresh = page.items.filter((item) => !seen.has(item.post.id));
        return { ...state, items: [...state.items, ...fresh], next: page.next_cursor };
      });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  function resolved(postId: number, action: Action, number: number) {
    const list = current?.items ?? [];
    const index = list.findIndex((item) => item.post.id === postId);
    const after = list[index + 1] ?? list[index - 1];
    focusNext.current = after ? after.post.id : "heading";
    update((all) => all.filter((item) => item.post.id !== postId));
    setDone(`${RESOLVED[action]} post #${number}.`);
  }

  /** Someone else resolved it first: it leaves the list, with the server's words. */
  function gone(postId: number, error: ApiError) {
    const list = current?.items ?? [];
    const index = list.findIndex((item) => item.post.id === postId);
    const after = list[index + 1] ?? list[index - 1];
    focusNext.current = after ? after.post.id : "heading";
    update((all) => all.filter((item) => item.post.id !== postId));
    setDone(error.problem.detail ?? error.problem.title);
  }

  function claimed(postId: number, by: UserRef | null) {
    update((all) =>
      all.map((item) => (item.post.id === postId ? { ...item, claimed_by: by } : item)),
    );
  }

  /** After a 409, learn who holds the item now (the problem detail does not name them). */
  async function refreshClaim(postId: number) {
    try {
      const page = await call(
        api.GET("/api/v1/moderation/queue", { params: { query: { limit: 100 } } }),
      );
      const fresh = page.items.find((item) => item.post.id === postId);
      if (fresh) claimed(postId, fresh.claimed_by);
    } catch {
      // The conflict message is already on screen; nothing more to say.
    }
  }

  const denied = isAccessError(current?.error);

  return (
    <section aria-labelledby="queue-title" className="mod-page">
      <div className="page-head">
        <h1 id="queue-title" ref={heading} tabIndex={-1}>
          Review queue
        </h1>
        <p className="lead">
          Posts members have reported. Anything about someone&rsquo;s safety comes first, then
          the longest waiting.
        </p>
      </div>
      {denied ? <NotAllowed error={current?.error} /> : <ErrorMessage error={current?.error} />}
      {!current && <Loading what="Loading the review queue" />}
      <Done>{done}</Done>
      {current && !current.error && current.items.length === 0 && (
        <Empty>Nothing to review. Thank you for keeping Village kind.</Empty>
      )}
      {items && items.length > 0 && (
        <ol className="mod-queue" aria-label="Reported posts">
          {items.map((item) => (
            <li key={item.post.id}>
              <QueueCard
                item={item}
                me={me}
                threadTitle={titles[item.post.thread_id]}
                articleRef={(element) => {
                  if (element) articles.current.set(item.post.id, element);
                  else articles.current.delete(item.post.id);
                }}
                onResolved={resolved}
                onClaimed={claimed}
                onConflict={refreshClaim}
                onGone={gone}
              />
            </li>
          ))}
        </ol>
      )}
      <LoadMore
        visible={Boolean(current?.next)}
        loading={loadingMore}
        error={moreError}
        onLoad={loadMore}
      />
    </section>
  );
}

interface CardProps {
  item: Item;
  me: Schemas["MeRead"] | null;
  threadTitle: string | undefined;
  articleRef: (element: HTMLElement | null) => void;
  onResolved: (postId: number, action: Action, number: number) => void;
  onClaimed: (postId: number, by: UserRef | null) => void;
  onConflict: (postId: number) => Promise<void>;
  onGone: (postId: number, error: ApiError) => void;
}

function QueueCard(props: CardProps) {
  const { item, me, threadTitle, articleRef, onResolved, onClaimed, onConflict, onGone } = props;
  const { post, flags, claimed_by: holder } = item;
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const titleId = `queue-item-${post.id}`;
  const noteId = `queue-note-${post.id}`;
  const mine = holder !== null && me !== null && holder.id === me.id;
  const safety = flags.some((flag) => flag.reason === "safety");

  /** A 409 refreshes who holds the item; an item no longer in the queue leaves the list. */
  async function failed(caught: unknown) {
    const notQueued = caught instanceof ApiError && caught.status === 404;
    if (notQueued || (caught instanceof ApiError && caught.kind === "nothing-to-resolve")) {
      onGone(post.id, caught);
      return;
    }
    setError(caught);
    setBusy(null);
    if (caught instanceof ApiError && caught.status === 409) await onConflict(post.id);
  }

  async function claim() {
    setBusy("claim");
    setError(null);
    try {
      await call(
        api.PUT("/api/v1/moderation/posts/{post_id}/claim", {
          params: { path: { post_id: post.id } },
        }),
      );
      if (me) {
        const { id, username, display_name, role } = me;
        onClaimed(post.id, { id, username, display_name, role });
      }
      setBusy(null);
    } catch (caught) {
      await failed(caught);
    }
  }

  async function release() {
    setBusy("release");
    setError(null);
    try {
      await call(
        api.DELETE("/api/v1/moderation/posts/{post_id}/claim", {
          params: { path: { post_id: post.id } },
        }),
      );
      onClaimed(post.id, null);
      setBusy(null);
    } catch (caught) {
      await failed(caught);
    }
  }

  async function resolve(action: Action) {
    setBusy(action);
    setError(null);
    try {
      const trimmed = note.trim();
      await call(
        api.POST("/api/v1/moderation/posts/{post_id}/resolve", {
          params: { path: { post_id: post.id } },
          body: trimmed ? { action, note: trimmed } : { action },
        }),
      );
      onResolved(post.id, action, post.number);
    } catch (caught) {
      await failed(caught);
    }
  }

  const where = threadTitle ? `“${threadTitle}”` : `thread ${post.thread_id}`;

  return (
    <article
      className={`card mod-item${safety ? " mod-item--safety" : ""}`}
      aria-labelledby={titleId}
      ref={articleRef}
      tabIndex={-1}
    >
      <h2 className="card-title mod-item-title" id={titleId}>
        <Link to={`/t/${post.thread_id}#post-${post.number}`}>
          Post #{post.number} in {where}
        </Link>
      </h2>
      <p className="mod-badges">
        {safety && <span className="badge mod-badge-safety">Safety</span>}
        <span className="badge">{plural(item.flag_count, "open report")}</span>
        {post.is_hidden && <span className="badge mod-badge-hidden">Hidden</span>}
        {post.is_deleted && <span className="badge mod-badge-hidden">Deleted</span>}
        {post.anonymous && <span className="badge">Posted anonymously</span>}
      </p>
      <p className="meta">
        By {post.author ? <UserLink user={post.author} /> : "an anonymous member"} ·{" "}
        <When iso={post.created_at} prefix="posted " />
        {post.edited_at && <> · edited</>}
      </p>
      <p className="meta">
        Waiting since{" "}
        <time dateTime={item.first_flagged_at}>{fullDate(item.first_flagged_at)}</time> ·{" "}
        {holder ? (
          <>Claimed by {mine ? "you" : <UserLink user={holder} />}</>
        ) : (
          "Not claimed"
        )}
      </p>
      {post.is_hidden && (
        <p className="notice">
          <strong>Hidden:</strong> {post.hidden_reason ?? "no reason given"}
        </p>
      )}
      {post.is_deleted ? (
        <p className="status">This post has been deleted.</p>
      ) : (
        <div className="post-body mod-quote" dangerouslySetInnerHTML={{ __html: post.body_html }} />
      )}

      <h3 className="mod-subhead">Reports</h3>
      <ul className="mod-flags">
        {flags.map((flag) => (
          <li key={flag.id} className={flag.reason === "safety" ? "mod-flag--safety" : undefined}>
            <strong>{flagReasonLabel(flag.reason)}</strong>
            <span className="meta">
              {" "}
              — <UserLink user={flag.flagger} /> · <When iso={flag.created_at} />
            </span>
            {flag.note && <p className="mod-flag-note">{flag.note}</p>}
          </li>
        ))}
      </ul>

      <div className="actions mod-claim">
        {mine ? (
          <button
            type="button"
            className="secondary"
            onClick={() => void release()}
            disabled={busy !== null}
          >
            {busy === "release" ? "Releasing…" : "Release"}
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => void claim()}
            disabled={busy !== null}
          >
            {busy === "claim" ? "Claiming…" : "Claim"}
          </button>
        )}
      </div>

      <label htmlFor={noteId}>Note for the log (optional)</label>
      <input
        id={noteId}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.target.value)}
        aria-describedby={`${noteId}-hint`}
      />
      <p className="hint" id={`${noteId}-hint`}>
        With “Hide post”, the note becomes the hidden reason its author sees.
      </p>
      <div className="actions mod-resolve" role="group" aria-label="Resolve">
        <button
          type="button"
          className="secondary"
          onClick={() => void resolve("dismiss")}
          disabled={busy !== null}
        >
          {busy === "dismiss" ? "Dismissing…" : "Dismiss reports"}
        </button>
        <button type="button" onClick={() => void resolve("hide")} disabled={busy !== null}>
          {busy === "hide" ? "Hiding…" : "Hide post"}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void resolve("delete")}
          disabled={busy !== null}
        >
          {busy === "delete" ? "Deleting…" : "Delete post"}
        </button>
      </div>
      <ErrorMessage error={error} />
    </article>
  );
}
