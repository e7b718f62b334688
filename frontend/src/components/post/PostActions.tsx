// What the reader may do with a post: reply (quoting it), edit, delete, report.
//
// The buttons use aria-disabled, not disabled, where they may not act: a dialog hands focus
// back to the button that opened it when it closes, and a suspended member can still reach
// each button and hear why it does nothing (its aria-describedby names the notice).
import type { ReactNode } from "react";

import { SUSPENSION_NOTICE_ID } from "../SuspensionNotice";
import type { PostPermissions } from "./permissions";

export function PostActions({
  number,
  can,
  onReply,
  onEdit,
  onDelete,
  onReport,
}: {
  number: number;
  can: PostPermissions;
  onReply(): void;
  onEdit(): void;
  onDelete(): void;
  onReport(): void;
}) {
  if (!(can.reply || can.edit || can.remove || can.report)) return null;
  const blocked = can.blocked ? { "aria-disabled": true, "aria-describedby": SUSPENSION_NOTICE_ID } : {};

  function action(label: ReactNode, run: () => void, className = "secondary small") {
    return (
      <button
        type="button"
        className={className}
        {...blocked}
        onClick={() => {
          if (!can.blocked) run();
        }}
      >
        {label}
      </button>
    );
  }

  return (
    <div className="post-actions" role="group" aria-label={`Actions for post #${number}`}>
      {can.reply &&
        action(
          <>
            Reply<span className="visually-hidden"> to post #{number}</span>
          </>,
          onReply,
        )}
      {can.edit &&
        action(
          <>
            Edit<span className="visually-hidden"> post #{number}</span>
          </>,
          onEdit,
        )}
      {can.remove &&
        action(
          <>
            Delete<span className="visually-hidden"> post #{number}</span>
          </>,
          onDelete,
          "secondary small danger-text",
        )}
      {can.report &&
        (can.reported ? (
          // Already reported (my_flag, also after a reload): said, and nothing to press.
          <button type="button" className="secondary small" aria-disabled={true}>
            Reported<span className="visually-hidden"> post #{number}</span>
          </button>
        ) : (
          action(
            <>
              Report<span className="visually-hidden"> post #{number}</span>
            </>,
            onReport,
          )
        ))}
    </div>
  );
}
