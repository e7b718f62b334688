// "3 new replies": replies that arrived live while the reader reads. They are shown only
// when the reader asks, so the page never moves under their thumb. A polite live region,
// so a screen reader hears of them without losing its place.
import { plural } from "../format";

export function NewRepliesBar({
  count,
  busy,
  onShow,
}: {
  count: number;
  busy: boolean;
  onShow(): void;
}) {
  return (
    <div className="new-replies" role="status" aria-live="polite">
      {count > 0 && (
        <button type="button" className="new-replies-button" disabled={busy} onClick={onShow}>
          {plural(count, "new reply", "new replies")}
          <span aria-hidden="true"> ↓</span>
        </button>
      )}
    </div>
  );
}
