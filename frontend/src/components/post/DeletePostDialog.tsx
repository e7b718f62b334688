// "Delete post #N?": the author's confirmation before a post gives way to its notice.
import { Dialog } from "../Dialog";

export function DeletePostDialog({
  postId,
  number,
  open,
  deleting,
  onConfirm,
  onClose,
}: {
  postId: number;
  number: number;
  open: boolean;
  deleting: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  return (
    <Dialog open={open} onClose={onClose} labelledBy={`delete-title-${postId}`}>
      <div className="dialog-body">
        <h2 id={`delete-title-${postId}`}>Delete post #{number}?</h2>
        <p>It will show “This post was deleted” in its place. This cannot be undone.</p>
        <div className="actions">
          <button type="button" className="danger" onClick={onConfirm} disabled={deleting}>
            {deleting ? "Deleting…" : "Yes, delete it"}
          </button>
          <button type="button" className="secondary" onClick={onClose} autoFocus>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}
