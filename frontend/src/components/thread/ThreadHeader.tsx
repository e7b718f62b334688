// The top of a thread page: where it is, its title, who started it, and its badges.
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { categoryHref } from "../../groups/places";
import { fullDate, plural, timeAgo } from "../format";
import { ThreadAuthor } from "./authorship";

export function ThreadHeader({ thread }: { thread: Schemas["ThreadRead"] }) {
  return (
    <>
      <ThreadBreadcrumb category={thread.category} />
      <header className="page-head thread-head">
        <h1 id="thread-title">{thread.title}</h1>
        <p className="meta">
          Started by <ThreadAuthor thread={thread} />{" "}
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
    </>
  );
}

/**
 * Where the thread lives: a forum category (Categories › Sleep), a local group (Local groups ›
 * Leeds North mums, its page), or the meet-ups' discussions (Meet-ups, their list).
 */
function ThreadBreadcrumb({ category }: { category: Schemas["ThreadCategoryRef"] }) {
  const [home, homeLabel] =
    category.kind === "group"
      ? ["/groups", "Local groups"]
      : category.kind === "meetups"
        ? ["/meetups", "Meet-ups"]
        : ["/", "Categories"];
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={home}>{homeLabel}</Link>
      {category.kind !== "meetups" && (
        <>
          {" "}
          <span aria-hidden="true">›</span> <Link to={categoryHref(category)}>{category.name}</Link>
        </>
      )}
    </nav>
  );
}

/** Says a thread is locked, and that a moderator may still reply. */
export function LockedNotice({ isModerator }: { isModerator: boolean }) {
  return (
    <p className="notice locked-banner" role="note">
      <span aria-hidden="true">🔒 </span>
      This thread is locked: no new replies can be added.
      {isModerator && " As a moderator you can still reply."}
    </p>
  );
}

/** The content warning that a reader reads before choosing to show the posts. */
export function ContentWarning({
  warning,
  revealed,
  controls,
  onToggle,
}: {
  warning: string;
  revealed: boolean;
  /** The id of what it shows and hides. */
  controls: string;
  onToggle(): void;
}) {
  return (
    <div className="notice cw-notice">
      <p>
        <strong>Content warning:</strong> {warning}
      </p>
      <button
        type="button"
        className="secondary"
        aria-expanded={revealed}
        aria-controls={controls}
        onClick={onToggle}
      >
        {revealed ? "Hide the posts" : "Show the posts"}
      </button>
    </div>
  );
}
