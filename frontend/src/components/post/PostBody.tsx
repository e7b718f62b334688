// A post's body, or what stands in its place: deleted; hidden by a moderator's decision; or
// hidden by reports until a moderator reviews it (with the reason, for its author and the
// moderators).
import type { Schemas } from "../../api/client";

export function PostBody({
  post,
  isOwn,
  bodyVisible,
  showBody,
}: {
  post: Schemas["PostRead"];
  isOwn: boolean;
  bodyVisible: boolean;
  /** False while the post is being edited in its place. */
  showBody: boolean;
}) {
  if (post.is_deleted) return <p className="post-notice deleted-notice">This post was deleted.</p>;
  return (
    <>
      {post.is_hidden && (
        <div className="notice post-notice hidden-notice" role="note">
          <p>{hiddenWording(post.hidden_by)}</p>
          {/* The server sends the reason only to the author and the moderators. */}
          {post.hidden_reason && <p>Reason: {post.hidden_reason}</p>}
          {bodyVisible && (
            <p className="hint">
              {isOwn
                ? "You can still see it because you wrote it."
                : "You can see it because you are a moderator."}
            </p>
          )}
        </div>
      )}
      {showBody && bodyVisible && (
        // Server-rendered, sanitised HTML: the only HTML this app inserts.
        <div className="post-body" dangerouslySetInnerHTML={{ __html: post.body_html }} />
      )}
    </>
  );
}

/** Why a hidden post is hidden, as the reader is told it. */
export function hiddenWording(hiddenBy: Schemas["PostRead"]["hidden_by"]): string {
  return hiddenBy === "moderator"
    ? "This post was hidden by the moderators."
    : "This post is hidden pending review by the moderators.";
}
