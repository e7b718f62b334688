// A post's head: who wrote it (or "Anonymous"), their role, its number and its time.
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { fullDate, timeAgo } from "../format";
import { anonymousLabel, YouAnonymous } from "../thread/authorship";

export function PostHeader({ post, headingId }: { post: Schemas["PostRead"]; headingId: string }) {
  return (
    <header className="post-head">
      <h2 id={headingId} className="post-author">
        {post.anonymous && post.is_mine ? (
          <YouAnonymous label={anonymousLabel(post)} />
        ) : post.author ? (
          <Link to={`/u/${post.author.username}`}>{post.author.display_name}</Link>
        ) : post.author_deleted && !post.anonymous ? (
          // The account was deleted and its posts kept (DELETE /me, "keep").
          <span className="anonymous-name">Deleted member</span>
        ) : (
          <span className="anonymous-name">{anonymousLabel(post)}</span>
        )}
      </h2>
      {post.author && post.author.role !== "member" && !(post.anonymous && post.is_mine) && (
        <span className="badge role-badge">{post.author.role}</span>
      )}
      {post.anonymous && post.author && !post.is_mine && (
        <span className="badge" title={`Members see “${anonymousLabel(post)}”`}>
          posted anonymously
        </span>
      )}
      <span className="meta post-meta">
        <a href={`#post-${post.number}`} className="post-number" aria-label={`Post #${post.number}, link`}>
          #{post.number}
        </a>{" "}
        · <time dateTime={post.created_at} title={fullDate(post.created_at)}>{timeAgo(post.created_at)}</time>
        {post.edited_at && !post.is_deleted && (
          <>
            {" "}
            ·{" "}
            <span className="edited" title={`Edited ${fullDate(post.edited_at)}`}>
              edited
            </span>
          </>
        )}
      </span>
    </header>
  );
}
