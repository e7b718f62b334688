// What the reader may do with a post: reply (quoting it), edit, delete, report.
import type { PostPermissions } from "./permissions";

export function PostActions({
  number,
  can,
  reported,
  onReply,
  onEdit,
  onDelete,
  onReport,
}: {
  number: number;
  can: PostPermissions;
  reported: boolean;
  onReply(): void;
  onEdit(): void;
  onDelete(): void;
  onReport(): void;
}) {
  if (!(can.reply || can.edit || can.remove || can.report)) return null;
  return (
    <div className="post-actions" role="group" aria-label={`Actions for post #${number}`}>
      {can.reply && (
        <button type="button" className="secondary small" onClick={onReply}>
          Reply<span className="visually-hidden"> to post #{number}</span>
        </button>
      )}
      {can.edit && (
        <button type="button" className="secondary small" onClick={onEdit}>
          Edit<span className="visually-hidden"> post #{number}</span>
        </button>
      )}
      {can.remove && (
        <button type="button" className="secondary small danger-text" onClick={onDelete}>
          Delete<span className="visually-hidden"> post #{number}</span>
        </button>
      )}
      {can.report && (
        <button
          type="button"
          className="secondary small"
          // aria-disabled, not disabled: the dialog hands focus back to this button when
          // it closes, and a disabled button cannot take it (focus would fall to <body>).
          onClick={() => {
            if (!reported) onReport();
          }}
          aria-disabled={reported || undefined}
        >
          {reported ? "Reported" : "Report"}
          <span className="visually-hidden"> post #{number}</span>
        </button>
      )}
    </div>
  );
}
