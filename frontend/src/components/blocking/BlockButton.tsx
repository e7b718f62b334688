// "Block" / "Unblock" a member, from their profile or from one of their posts. Blocking asks
// first and says what it does; unblocking is immediate (nothing is lost by it).
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { useAction } from "../../hooks/useAction";
import { Dialog } from "../Dialog";
import { useSafeDefault } from "../post/DeletePostDialog";
import { ErrorMessage } from "../Status";
import "./blocking.css";
import { setBlocked } from "./blocks";

export const BLOCK_EXPLAINED =
  "You won't see their posts unless you open them, and they can't notify you. They won't be told.";

export function BlockButton({
  username,
  displayName,
  blocked,
  className = "secondary",
  onChange,
}: {
  username: string;
  displayName: string;
  blocked: boolean;
  className?: string;
  onChange?(blocked: boolean): void;
}) {
  const id = useId();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();
  const cancel = useSafeDefault(confirming);

  async function change(next: boolean) {
    await run(async () => {
      await setBlocked(client, username, next);
      setConfirming(false);
      onChange?.(next);
    });
  }

  return (
    <>
      {blocked ? (
        <button type="button" className={className} disabled={busy} onClick={() => void change(false)}>
          {busy ? "Unblocking…" : <>Unblock<span className="visually-hidden"> {displayName}</span></>}
        </button>
      ) : (
        <button type="button" className={className} onClick={() => setConfirming(true)}>
          Block<span className="visually-hidden"> {displayName}</span>
        </button>
      )}
      {!confirming && <ErrorMessage error={error} />}
      <Dialog open={confirming} onClose={() => setConfirming(false)} labelledBy={`${id}-title`}>
        <div className="dialog-body">
          <h2 id={`${id}-title`}>Block {displayName}?</h2>
          <p>{BLOCK_EXPLAINED}</p>
          <p className="hint">You can unblock them at any time, here or in Settings.</p>
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void change(true)}>
              {busy ? "Blocking…" : `Block ${displayName}`}
            </button>
            {/* The safe choice has the focus when the dialog opens. */}
            <button type="button" className="secondary" ref={cancel} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
