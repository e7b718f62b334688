// Beneath a meet-up: its discussion thread — the latest few replies (the thread's own first
// post is the meet-up's summary, already on this page) and the way into the whole thread.
import { Link } from "react-router";

import type { Schemas } from "../api/client";
import { $api } from "../api/query";
import { fullDate, plural, timeAgo } from "../components/format";
import { ErrorMessage } from "../components/Status";
import { anonymousLabel } from "../components/thread/authorship";

/** Replies shown here; the rest are in the thread. */
const LATEST = 3;

export function MeetupDiscussion({ threadId }: { threadId: number }) {
  const thread = $api.useQuery("get", "/api/v1/threads/{thread_id}", {
    params: { path: { thread_id: threadId } },
  });
  const count = thread.data?.post_count ?? 0;
  const posts = $api.useQuery(
    "get",
    "/api/v1/threads/{thread_id}/posts",
    { params: { path: { thread_id: threadId }, query: { before_number: count + 1, limit: LATEST } } },
    { enabled: count > 1 },
  );
  const replies = (posts.data?.items ?? []).filter((post) => post.number > 1 && !post.is_deleted && !post.is_hidden && !post.is_blocked_author);

  return (
    <section className="meetup-discussion" aria-labelledby="discussion-title">
      <h2 id="discussion-title">Discussion</h2>
      <ErrorMessage error={thread.error ?? posts.error} />
      {thread.data && count <= 1 && <p className="hint">No replies yet: ask a question or say hello.</p>}
      {replies.length > 0 && (
        <ol className="discussion-list" aria-label="Latest replies">
          {replies.map((post) => (
            <li key={post.id}>
              <DiscussionPost post={post} threadId={threadId} />
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={`/t/${threadId}`} className="button secondary">
          Join the discussion
        </Link>
        {count > 1 && <span className="meta"> {plural(count - 1, "reply", "replies")}</span>}
      </p>
    </section>
  );
}

function DiscussionPost({ post, threadId }: { post: Schemas["PostRead"]; threadId: number }) {
  const author = post.anonymous
    ? anonymousLabel(post)
    : (post.author?.display_name ?? (post.author_deleted ? "Deleted member" : "Anonymous"));
  return (
    <article className="discussion-post">
      <p className="meta">
        <strong>{author}</strong> ·{" "}
        <Link to={`/t/${threadId}#post-${post.number}`}>
          <time dateTime={post.created_at} title={fullDate(post.created_at)}>
            {timeAgo(post.created_at)}
          </time>
        </Link>
      </p>
      {/* Server-rendered, sanitised HTML: the only HTML this app inserts. */}
      <div className="post-body" dangerouslySetInnerHTML={{ __html: post.body_html }} />
    </article>
  );
}
