// What is new in a thread for a signed-in member, as a thread list shows it: "3 new" (posts
// since they last read) or "New" (never opened). Words, not colour only; visitors (null
// reading state) and threads read to the end show nothing.
import type { Schemas } from "../../api/client";
import { plural } from "../format";

type Reading = Pick<Schemas["ThreadRead"], "id" | "last_read_number" | "unread_count">;

/** Something is unread for this member. */
export function isUnread(thread: Reading): boolean {
  return (thread.unread_count ?? 0) > 0;
}

/**
 * Where a thread list's link leads: to the first unread post when the member has read some
 * of the thread (the thread page loads from there), else to its start.
 */
export function threadHref(thread: Reading): string {
  const read = thread.last_read_number ?? 0;
  return isUnread(thread) && read > 0 ? `/t/${thread.id}#post-${read + 1}` : `/t/${thread.id}`;
}

export function UnreadBadge({ thread }: { thread: Reading }) {
  if (!isUnread(thread)) return null;
  const count = thread.unread_count ?? 0;
  if ((thread.last_read_number ?? 0) === 0) {
    return (
      <span className="badge unread-badge">
        New<span className="visually-hidden"> thread, not opened yet</span>
      </span>
    );
  }
  return (
    <span className="badge unread-badge">
      {count} new<span className="visually-hidden"> {plural(count, "post").replace(/^\d+ /, "")}</span>
    </span>
  );
}
