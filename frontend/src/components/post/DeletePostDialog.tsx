// "Delete post #N?": the confirmation before a post gives way to its notice. Its author reads
// that this is for good; a moderator deleting someone's post reads whose post, where, and
// that they can take it back.
import { useEffect, useRef } from "react";

import { Dialog } from "../Dialog";

export function DeletePostDialog({
  postId,
  number,
  open,
  deleting,
  onConfirm,
  onClose,
  author,
  threadTitle,
  restorable = false,
}: {
  postId: number;
  number: number;
  open: boolean;
  deleting: boolean;
  onConfirm(): void;
  onClose(): void;
  /** Whose post it is, when it is not the reader's own ("Aisha"). */
  author?: string;
  /** The thread it is in, when the dialog is opened away from it (the review queue). */
  threadTitle?: string;
  /** A moderator is deleting it: they can restore it afterwards. */
  restorable?: boolean;
}) {
  const titleId = `delete-title-${postId}`;
  const cancel = useSafeDefault(open);
  return (
    <Dialog open={open} onClose={onClose} labelledBy={titleId}>
      <div className="dialog-body">
        <h2 id={titleId}>
          Delete post #{number}
          {author && <> by {author}</>}
          {threadTitle && <> in “{threadTitle}”</>}?
        </h2>
        <p>
          It will show “This post was deleted” in its place.{" "}
          {restorable
            ? "You can undo this straight afterwards, or restore it later from the thread."
            : "This cannot be undone."}
        </p>
        <div className="actions">
          <button type="button" className="danger" onClick={onConfirm} disabled={deleting}>
            {deleting ? "Deleting…" : "Yes, delete it"}
          </button>
          <button type="button" className="secondary" onClick={onClose} ref={cancel}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/**
 * Focus on "Cancel" once the dialog is open: the safe default of a destructive question.
 * (React's autoFocus runs before the dialog opens, and the browser then moves focus to the
 * first button, the destructive one.) This runs after the dialog's own effect opened it.
 */
export function useSafeDefault(open: boolean) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  return cancel;
}
