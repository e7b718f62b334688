// The thread page's ways through a long thread: "Jump to first unread" when the member
// opened it with posts they have not read, "Jump to latest" when it runs over a page, and
// "Show earlier posts" above a list that starts part-way (after a jump or a #post-N link).
import { plural } from "../format";

export function UnreadJump({
  unread,
  showLatest,
  busy,
  onFirstUnread,
  onLatest,
}: {
  /** Posts unread when the page opened, if the reader is offered to go to the first. */
  unread: number | null;
  showLatest: boolean;
  busy: boolean;
  onFirstUnread(): void;
  onLatest(): void;
}) {
  if (!unread && !showLatest) return null;
  return (
    <div className="reading-bar">
      {unread ? (
        <>
          <p>{plural(unread, "new post")} since you last read.</p>
          <button type="button" disabled={busy} onClick={onFirstUnread}>
            Jump to first unread
          </button>
        </>
      ) : null}
      {showLatest && (
        <button type="button" className="secondary" disabled={busy} onClick={onLatest}>
          Jump to latest
        </button>
      )}
    </div>
  );
}

export function EarlierPosts({
  visible,
  busy,
  onLoad,
}: {
  visible: boolean;
  busy: boolean;
  onLoad(): void;
}) {
  if (!visible) return null;
  return (
    <div className="earlier-posts">
      <button type="button" className="secondary" disabled={busy} onClick={onLoad}>
        {busy ? "Loading…" : "Show earlier posts"}
      </button>
    </div>
  );
}
