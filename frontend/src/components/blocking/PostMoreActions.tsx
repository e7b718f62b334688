// A post's further actions: Quote (into the reply box) and Block / Unblock its author. Never
// Block on the reader's own posts, nor on an anonymous post (its author is not known to the
// reader), nor on a moderator's (they cannot be blocked).
import type { Schemas } from "../../api/client";
import type { Me } from "../../auth/AuthContext";
import { QuoteButton } from "../composer/MentionQuote";
import type { PostPermissions } from "../post/permissions";
import { BlockButton } from "./BlockButton";
import { canBeBlocked } from "./blocks";

export function PostMoreActions({
  post,
  me,
  can,
}: {
  post: Schemas["PostRead"];
  me: Me | null;
  can: PostPermissions;
}) {
  const author = post.author;
  const blockable =
    me !== null && !can.isOwn && !post.anonymous && !post.is_mine && author !== null && canBeBlocked(author.role);
  const quotable = can.reply && !can.blocked;
  if (!blockable && !quotable) return null;
  return (
    <div className="post-actions post-more" role="group" aria-label={`More for post #${post.number}`}>
      {quotable && <QuoteButton post={post} />}
      {blockable && (
        <BlockButton
          username={author.username}
          displayName={author.display_name}
          blocked={post.is_blocked_author}
          className="secondary small"
          onChange={(blocked) => {
            // The post folds, taking the button away: the reader stays on the folded post.
            if (blocked) setTimeout(() => document.getElementById(`post-${post.number}`)?.focus());
          }}
        />
      )}
    </div>
  );
}
