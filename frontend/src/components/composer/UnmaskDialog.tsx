// "Post under your name?": asked before a reply under one's own name in a thread one started
// anonymously, where it would tell everyone who the original poster is. The safe answer
// (keep it anonymous) has the focus, and is what Escape does.
import { Dialog } from "../Dialog";

export function UnmaskDialog({
  id,
  open,
  displayName,
  onConfirm,
  onKeepAnonymous,
}: {
  id: string;
  open: boolean;
  displayName: string;
  onConfirm(): void;
  onKeepAnonymous(): void;
}) {
  const titleId = `${id}-unmask-title`;
  return (
    <Dialog open={open} onClose={onKeepAnonymous} labelledBy={titleId}>
      <div className="dialog-body">
        <h2 id={titleId}>Post under your name?</h2>
        <p>
          Everyone will see this reply is from <strong className="name">{displayName}</strong>, in
          a thread you started anonymously. Readers may work out that you started it.
        </p>
        <div className="actions">
          <button type="button" className="secondary" onClick={onKeepAnonymous} autoFocus>
            Keep it anonymous
          </button>
          <button type="button" className="danger" onClick={onConfirm}>
            Post under my name
          </button>
        </div>
      </div>
    </Dialog>
  );
}
