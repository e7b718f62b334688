// Who wrote a thread or a post, as this reader may know it. Anonymous items show their
// per-thread pseudonym ("Anonymous (original poster)", "Anonymous 1"); the reader's own
// anonymous items say so, and what everyone else sees — `is_mine` is true only for them.
import { Link } from "react-router";

import type { Schemas } from "../../api/client";

/** What others see for the author of an anonymous thread, in that thread. */
export const ORIGINAL_POSTER = "Anonymous (original poster)";

/** "You — others see *Anonymous (original poster)*". */
export function YouAnonymous({ label }: { label: string }) {
  return (
    <span className="you-anonymous">
      You — others see <em>{label}</em>
    </span>
  );
}

/** A thread's author: a link to their profile (or their name alone), or "Anonymous". */
export function ThreadAuthor({ thread, link = true }: { thread: Schemas["ThreadRead"]; link?: boolean }) {
  if (thread.anonymous && thread.is_mine) return <YouAnonymous label={ORIGINAL_POSTER} />;
  if (!thread.author) {
    return thread.author_deleted && !thread.anonymous ? (
      <span className="anonymous-name">Deleted member</span>
    ) : (
      <span className="anonymous-name">Anonymous</span>
    );
  }
  const name = <span className="name">{thread.author.display_name}</span>;
  return (
    <>
      {link ? <Link to={`/u/${thread.author.username}`}>{name}</Link> : name}
      {/* A moderator sees who it is; members see "Anonymous". */}
      {thread.anonymous && <> (anonymous to members)</>}
    </>
  );
}

/** The pseudonym of an anonymous post, or "Anonymous" from a server that names none. */
export function anonymousLabel(post: Schemas["PostRead"]): string {
  return post.anonymous_label ?? "Anonymous";
}
