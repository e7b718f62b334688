// A thread: its posts in order (each at #post-N), reactions, replies, edits and reports.
import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { ApiError } from "../api/problem";
import { useAuth } from "../auth/AuthContext";
import { Composer, type ComposerHandle } from "../components/Composer";
import { fullDate, plural, timeAgo } from "../components/format";
import { ThreadModTools } from "../components/mod/ThreadModTools";
import { Post } from "../components/Post";
import { Empty, ErrorMessage, LoadMore, Loading } from "../components/Status";
import { SuspensionNotice } from "../components/SuspensionNotice";
import { draftKeys, quoteExcerpt, type Draft } from "../drafts";
import "../styles/member.css";

type Thread = Schemas["ThreadRead"];
type PostData = Schemas["PostRead"];

const PAGE_SIZE = 20;
/** Pages fetched while looking for a post the address points at (#post-N). */
const SEEK_PAGE_SIZE = 100;

function targetNumber(hash: string): number | null {
  const match = /^#post-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
}

async function fetchPosts(threadId: number, cursor: string | null, limit: number) {
  return call(
    api.GET("/api/v1/threads/{thread_id}/posts", {
      params: { path: { thread_id: threadId }, query: { limit, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/**
 * Where a thread's loaded posts stand: `cursor` fetches the next page (null at the end), and
 * `tail` is the cursor that fetched the last page, which fetches it again with any replies
 * that arrived since (the API's cursors are opaque, so the client keeps the one it used).
 */
interface Loaded {
  posts: PostData[];
  cursor: string | null;
  tail: string | null;
}

interface LoadOptions {
  until?: number | null;
  announce?: boolean;
}

/** Follows `cursor` until post `number` is among the posts (or there are no more pages). */
async function fetchUntil(
  threadId: number,
  loaded: Loaded,
  number: number | null,
): Promise<Loaded> {
  let { posts, cursor, tail } = loaded;
  while (number !== null && cursor && !posts.some((post) => post.number >= number)) {
    const page = await fetchPosts(threadId, cursor, SEEK_PAGE_SIZE);
    posts = merge(posts, page.items);
    tail = cursor;
    cursor = page.next_cursor;
  }
  return { posts, cursor, tail };
}

/** Adds posts that are not there yet, keeping the order by number. */
function merge(existing: PostData[], incoming: PostData[]): PostData[] {
  const known = new Set(existing.map((post) => post.id));
  const added = incoming.filter((post) => !known.has(post.id));
  return added.length ? [...existing, ...added].sort((a, b) => a.number - b.number) : existing;
}

export function ThreadPage() {
  const { threadId = "" } = useParams();
  return <ThreadView key={threadId} threadId={threadId} />;
}

function ThreadView({ threadId }: { threadId: string }) {
  const id = /^\d{1,15}$/.test(threadId) ? Number(threadId) : null;
  const { me, isModerator, refreshMe } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const target = targetNumber(location.hash);
  const composer = useRef<ComposerHandle>(null);

  const [thread, setThread] = useState<Thread | null>(null);
  const [posts, setPosts] = useState<PostData[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [tail, setTail] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [newer, setNewer] = useState<string | null>(null);

  function setLoaded(found: Loaded) {
    setPosts(found.posts);
    setCursor(found.cursor);
    setTail(found.tail);
  }
  const [revealed, setRevealed] = useState(false);

  useEffect(() => {
    if (id === null) return;
    let active = true;
    const wanted = targetNumber(window.location.hash);
    (async () => {
      const [loadedThread, page] = await Promise.all([
        call(api.GET("/api/v1/threads/{thread_id}", { params: { path: { thread_id: id } } })),
        fetchPosts(id, null, PAGE_SIZE),
      ]);
      const found = await fetchUntil(
        id,
        { posts: page.items, cursor: page.next_cursor, tail: null },
        wanted,
      );
      if (!active) return;
      setThread(loadedThread);
      setLoaded(found);
    })().catch((caught: unknown) => {
      if (active) setError(caught);
    });
    return () => {
      active = false;
    };
  }, [id]);

  const title = thread?.title;
  useEffect(() => {
    if (title) document.title = `${title} · Village`;
  }, [title]);

  // Scroll to the post the address points at, once it is on the page and visible.
  const ready = posts !== null;
  const hidden = Boolean(thread?.content_warning) && !revealed;
  useEffect(() => {
    if (!ready || hidden || target === null) return;
    const element = document.getElementById(`post-${target}`);
    if (!element) return;
    // Below the sticky site header, whose height depends on the screen and the menu.
    const header = document.querySelector(".site-header");
    const offset = (header?.getBoundingClientRect().height ?? 0) + 8;
    window.scrollTo?.({ top: element.getBoundingClientRect().top + window.scrollY - offset });
    element.focus({ preventScroll: true });
  }, [ready, hidden, target]);

  if (id === null) {
    return (
      <section>
        <h1>Thread not found</h1>
        <p className="error" role="alert">
          There is no thread at this address.
        </p>
      </section>
    );
  }
  if (error) {
    return (
      <section>
        <h1>Thread</h1>
        <ErrorMessage error={error} />
        <p>
          <Link to="/">Back to the categories</Link>
        </p>
      </section>
    );
  }
  if (!thread || !posts) return <Loading what="Loading the thread" />;

  const threadIdNumber = id;
  const canReply = me !== null && (!thread.is_locked || isModerator);

  function updatePost(updated: PostData) {
    setPosts((current) =>
      current ? current.map((post) => (post.id === updated.id ? updated : post)) : current,
    );
  }

  /**
   * The next page (`cursor`), or at the end the last page again (`tail`), which brings the
   * replies posted since; with `until`, on to that post. `announce` says how many were new.
   */
  async function loadMore({ until = null, announce = false }: LoadOptions = {}) {
    if (!posts) return;
    const from = cursor ?? tail;
    setLoadingMore(true);
    setMoreError(null);
    setNewer(null);
    try {
      const page = await fetchPosts(threadIdNumber, from, PAGE_SIZE);
      const found = await fetchUntil(
        threadIdNumber,
        { posts: merge(posts, page.items), cursor: page.next_cursor, tail: from },
        until,
      );
      setLoaded(found);
      if (announce) {
        const added = found.posts.length - posts.length;
        setNewer(added ? `${plural(added, "new reply", "new replies")}.` : "No new replies yet.");
      }
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  async function reply(draft: Draft, key: string) {
    const created = await call(
      api.POST("/api/v1/threads/{thread_id}/posts", {
        params: { path: { thread_id: threadIdNumber }, header: { "Idempotency-Key": key } },
        body: { body: draft.body, anonymous: draft.anonymous, reply_to: draft.replyTo?.id ?? null },
      }),
    ).catch((caught: unknown) => {
      // Suspended since the page loaded: fetch who we are again so the notice shows the end.
      if (caught instanceof ApiError && caught.kind === "suspended") void refreshMe();
      throw caught;
    });
    const isNew = !posts?.some((post) => post.id === created.id);
    // Fetch up to the new post: the pages still to come, or at the end the replies that
    // others posted meanwhile. The new post shows even if that fetch fails.
    await loadMore({ until: created.number });
    setPosts((current) => (current ? merge(current, [created]) : [created]));
    if (isNew) {
      setThread((current) =>
        current
          ? { ...current, post_count: current.post_count + 1, last_post_at: created.created_at }
          : current,
      );
    }
    navigate({ hash: `post-${created.number}` }, { replace: true });
  }

  function quote(post: PostData) {
    composer.current?.quote(quoteExcerpt(post.body), { id: post.id, number: post.number });
  }

  return (
    <div className="thread-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Categories</Link> <span aria-hidden="true">›</span>{" "}
        <Link to={`/c/${thread.category.slug}`}>{thread.category.name}</Link>
      </nav>
      <header className="page-head thread-head">
        <h1 id="thread-title">{thread.title}</h1>
        <p className="meta">
          Started by{" "}
          {thread.author ? (
            <Link to={`/u/${thread.author.username}`}>{thread.author.display_name}</Link>
          ) : (
            "Anonymous"
          )}{" "}
          · <time dateTime={thread.created_at} title={fullDate(thread.created_at)}>{timeAgo(thread.created_at)}</time>{" "}
          · {plural(thread.post_count, "post")}
        </p>
        {(thread.is_pinned || thread.is_locked) && (
          <p className="badges">
            {thread.is_pinned && <span className="badge">Pinned</span>}
            {thread.is_locked && <span className="badge">Locked</span>}
          </p>
        )}
      </header>

      {isModerator && <ThreadModTools thread={thread} onChange={setThread} />}

      {thread.is_locked && (
        <p className="notice locked-banner" role="note">
          <span aria-hidden="true">🔒 </span>
          This thread is locked: no new replies can be added.
          {isModerator && " As a moderator you can still reply."}
        </p>
      )}

      {thread.content_warning && (
        <div className="notice cw-notice">
          <p>
            <strong>Content warning:</strong> {thread.content_warning}
          </p>
          <button
            type="button"
            className="secondary"
            aria-expanded={revealed}
            aria-controls="thread-posts"
            onClick={() => setRevealed((open) => !open)}
          >
            {revealed ? "Hide the posts" : "Show the posts"}
          </button>
        </div>
      )}

      <div id="thread-posts" hidden={hidden}>
        {posts.length === 0 ? (
          <Empty>There are no posts in this thread.</Empty>
        ) : (
          <ol className="post-list" aria-label="Posts">
            {posts.map((post) => (
              <li key={post.id}>
                <Post
                  post={post}
                  me={me}
                  isModerator={isModerator}
                  canReply={canReply}
                  locked={thread.is_locked && !isModerator}
                  isTarget={post.number === target}
                  onChange={updatePost}
                  onReply={quote}
                />
              </li>
            ))}
          </ol>
        )}

        <LoadMore
          visible
          loading={loadingMore}
          error={moreError}
          label={cursor ? "Load more posts" : "Check for new replies"}
          onLoad={() => loadMore({ announce: !cursor })}
        />
        <p className="hint" role="status">
          {newer}
        </p>

        {(canReply || (!me && !thread.is_locked)) && (
          <section className="reply-box" aria-labelledby="reply-title">
            <h2 id="reply-title">Reply to this thread</h2>
            {me ? (
              <>
                <SuspensionNotice me={me} />
                <Composer
                  key={draftKeys.reply(me.id, threadIdNumber)}
                  ref={composer}
                  draftKey={draftKeys.reply(me.id, threadIdNumber)}
                  label="Your reply"
                  submitLabel="Post reply"
                  onSubmit={reply}
                />
              </>
            ) : (
              <p>
                <Link to={`/signin?next=${encodeURIComponent(`/t/${threadIdNumber}`)}`}>Sign in</Link>{" "}
                to reply, react or report a post.
              </p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
