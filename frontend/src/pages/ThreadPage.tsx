// A thread: its posts in order (each at #post-N), reactions, replies, edits and reports, with
// new replies arriving live.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { ApiError } from "../api/problem";
import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import type { ComposerHandle } from "../components/Composer";
import { QuoteTarget } from "../components/composer/MentionQuote";
import { ThreadModTools } from "../components/mod/ThreadModTools";
import { ErrorMessage, Loading } from "../components/Status";
import { MorePosts } from "../components/thread/MorePosts";
import { NewRepliesBar } from "../components/thread/NewRepliesBar";
import { PostList } from "../components/thread/PostList";
import type { PostData } from "../components/thread/postPages";
import { ReplyBox } from "../components/thread/ReplyBox";
import { ContentWarning, LockedNotice, ThreadHeader } from "../components/thread/ThreadHeader";
import { PAGE_SIZE, THREAD_PATH, threadInit, threadKey } from "../components/thread/threadQueries";
import { EarlierPosts, UnreadJump } from "../components/thread/UnreadJump";
import { useLiveThread } from "../components/thread/useLiveThread";
import { useScrollToPost } from "../components/thread/useScrollToPost";
import { useThreadPosts } from "../components/thread/useThreadPosts";
import { WatchControl } from "../components/thread/WatchControl";
import { quoteExcerpt, type Draft } from "../drafts";
import { useReadTracking } from "../hooks/useReadTracking";
import "../styles/member.css";

type Thread = Schemas["ThreadRead"];

function targetNumber(hash: string): number | null {
  const match = /^#post-(\d+)$/.exec(hash);
  return match ? Number(match[1]) : null;
}

/**
 * The post #post-N lands on: N, or when N is not there for this reader (hidden, deleted)
 * the next loaded post after it.
 */
function landingOn(number: number | null, posts: PostData[] | null): number | null {
  if (number === null || !posts || posts.some((post) => post.number === number)) return number;
  return posts.find((post) => post.number > number)?.number ?? number;
}

export function ThreadPage() {
  const { threadId = "" } = useParams();
  if (!/^\d{1,15}$/.test(threadId)) {
    return (
      <section>
        <h1>Thread not found</h1>
        <p className="error" role="alert">
          There is no thread at this address.
        </p>
      </section>
    );
  }
  return <ThreadView key={threadId} threadId={Number(threadId)} />;
}

function ThreadView({ threadId }: { threadId: number }) {
  const { me, isModerator, refreshMe } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const asked = targetNumber(location.hash);
  const composer = useRef<ComposerHandle>(null);
  const [revealed, setRevealed] = useState(false);
  const [replyOffered, setReplyOffered] = useState(false);

  const threadQuery = $api.useQuery("get", THREAD_PATH, threadInit(threadId));
  const thread = threadQuery.data;
  // The post the address pointed at when the page opened is loaded before the list shows.
  const [initialTarget] = useState(() => targetNumber(location.hash));
  const posts = useThreadPosts(threadId, initialTarget);
  const target = landingOn(asked, posts.posts);
  const live = useLiveThread(threadId, me?.id ?? null);
  // How far the member had read when the page opened: the jump offer and the tracking's start
  // (read from the server, not from a copy cached by an earlier visit to this thread).
  const [opened, setOpened] = useState<{ readTo: number; unread: number } | null>(null);
  if (thread && me && !opened && !threadQuery.isFetching) {
    setOpened({ readTo: thread.last_read_number ?? 0, unread: thread.unread_count ?? 0 });
  }
  const [jumped, setJumped] = useState(false);

  const title = thread?.title;
  useEffect(() => {
    if (title) document.title = `${title} · Village`;
  }, [title]);

  const hidden = Boolean(thread?.content_warning) && !revealed;
  useReadTracking({
    threadId,
    enabled: Boolean(me && opened && posts.posts && !hidden),
    readFrom: opened?.readTo ?? 0,
    containerId: "thread-posts",
    postsKey: posts.posts?.map((post) => post.id).join(",") ?? "",
  });
  // The post shows once both the thread and the post are loaded (a reply, a live one, later).
  const targetShown =
    thread !== undefined && Boolean(posts.posts?.some((post) => post.number === target));
  useScrollToPost(target, targetShown, hidden);

  const error = threadQuery.error ?? posts.error;
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
  if (!thread || !posts.posts) return <Loading what="Loading the thread" />;

  const loaded = posts.posts;
  const loadedIds = new Set(loaded.map((post) => post.id));
  const arrived = live.arrived.filter((post) => !loadedIds.has(post.id));
  const canReply = me !== null && (!thread.is_locked || isModerator);
  // Once offered, the reply box stays while the page is open: a lock that arrives live does
  // not take away what the reader is writing (the server then says why it is refused).
  if ((canReply || (!me && !thread.is_locked)) && !replyOffered) setReplyOffered(true);

  function setThread(change: (current: Thread) => Thread) {
    queryClient.setQueryData<Thread>(threadKey(threadId), (current) => current && change(current));
  }

  function goTo(number: number) {
    navigate({ hash: `post-${number}` }, { replace: true });
  }

  /** To post `number`, or the first after it that this reader can see. */
  async function jumpTo(number: number) {
    setJumped(true);
    await posts.jumpTo(number);
    goTo(number);
  }

  async function jumpToLatest() {
    setJumped(true);
    const latest = await posts.jumpToLatest();
    if (latest !== null) goTo(latest);
  }

  async function reply(draft: Draft, key: string) {
    const created = await call(
      api.POST("/api/v1/threads/{thread_id}/posts", {
        params: { path: { thread_id: threadId }, header: { "Idempotency-Key": key } },
        body: { body: draft.body, anonymous: draft.anonymous, reply_to: draft.replyTo?.id ?? null },
      }),
    ).catch((caught: unknown) => {
      // Suspended since the page loaded: fetch who we are again so the notice shows the end.
      if (caught instanceof ApiError && caught.kind === "suspended") void refreshMe();
      throw caught;
    });
    const isNew = !loadedIds.has(created.id);
    // Fetch up to the new post: the pages still to come, or at the end the replies that
    // others posted meanwhile. The new post shows even if that fetch fails.
    await posts.loadThrough(created.number);
    posts.add([created]);
    if (isNew) {
      setThread((current) => ({
        ...current,
        post_count: current.post_count + 1,
        last_post_at: created.created_at,
      }));
    }
    goTo(created.number);
  }

  /** Shows the replies that arrived live, and takes the reader to the first of them. */
  async function showArrived(fresh: PostData[]) {
    const first = fresh[0];
    const last = fresh.at(-1);
    if (!first || !last) return;
    const end = loaded.at(-1)?.number ?? 0;
    const follows = fresh.every((post, index) => post.number === end + 1 + index);
    // Posts that follow the last one loaded join it; otherwise fetch the ones in between.
    if (posts.hasMore || !follows) await posts.loadThrough(last.number);
    posts.add(fresh);
    goTo(first.number);
    // The header's count of posts, read again (one request, when the reader asks).
    void queryClient.invalidateQueries({ queryKey: threadKey(threadId) });
  }

  function quote(post: PostData) {
    composer.current?.quote(quoteExcerpt(post.body), { id: post.id, number: post.number });
  }

  return (
    <div className="thread-page">
      <ThreadHeader thread={thread} />
      {me && (
        <WatchControl
          threadId={threadId}
          level={thread.subscription}
          onChange={(level) => setThread((current) => ({ ...current, subscription: level }))}
        />
      )}
      <UnreadJump
        unread={!jumped && initialTarget === null && opened && opened.readTo > 0 ? opened.unread : null}
        showLatest={thread.post_count > PAGE_SIZE}
        busy={posts.loadingMore}
        onFirstUnread={() => void jumpTo((opened?.readTo ?? 0) + 1)}
        onLatest={() => void jumpToLatest()}
      />

      {isModerator && (
        <ThreadModTools thread={thread} onChange={(fresh) => setThread(() => fresh)} />
      )}

      {thread.is_locked && <LockedNotice isModerator={isModerator} />}

      {thread.content_warning && (
        <ContentWarning
          warning={thread.content_warning}
          revealed={revealed}
          controls="thread-posts"
          onToggle={() => setRevealed((open) => !open)}
        />
      )}

      <div id="thread-posts" hidden={hidden}>
        <EarlierPosts
          visible={posts.hasEarlier}
          busy={posts.loadingMore}
          onLoad={() => void posts.loadEarlier()}
        />
        <QuoteTarget value={canReply ? (text) => composer.current?.insert(text) : null}>
        <PostList
          posts={loaded}
          me={me}
          isModerator={isModerator}
          canReply={canReply}
          locked={thread.is_locked && !isModerator}
          target={target}
          onChange={posts.patch}
          onReply={quote}
        />
        </QuoteTarget>

        <MorePosts posts={posts} live={live.status === "open"} />
        {(live.status === "open" || arrived.length > 0) && (
          <NewRepliesBar
            count={arrived.length}
            busy={posts.loadingMore}
            onShow={() => void showArrived(arrived)}
          />
        )}

        {replyOffered && (
          <ReplyBox thread={thread} me={me} composer={composer} onReply={reply} />
        )}
      </div>
    </div>
  );
}
