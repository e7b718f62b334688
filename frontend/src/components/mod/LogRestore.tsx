// "Restore" beside a delete in the moderation log: the one place a moderator finds a thread
// that was deleted (its page is gone for everyone), and a quick way back for a post.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { Schemas } from "../../api/client";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage } from "../Status";
import { restorePost, restoreThread } from "./restore";
import "../../styles/mod.css";

type Entry = Schemas["AuditEntryRead"];

/** The deletes the log can take back, by the kind of target they name. */
export function isRestorable(entry: Entry): boolean {
  return (
    (entry.action === "thread.delete" && entry.target_type === "thread") ||
    (entry.action === "post.delete" && entry.target_type === "post")
  );
}

export function LogRestore({
  entry,
  name,
  onRestored,
}: {
  entry: Entry;
  name: string;
  onRestored: () => void;
}) {
  const queryClient = useQueryClient();
  const { busy, error, run } = useAction();
  const [done, setDone] = useState(false);
  const kind = entry.target_type === "thread" ? "thread" : "post";

  function restore() {
    void run(async () => {
      if (kind === "thread") await restoreThread(queryClient, entry.target_id);
      else await restorePost(queryClient, entry.target_id);
      setDone(true);
      onRestored();
    });
  }

  return (
    <span className="mod-log-restore">
      {/* One region per restorable entry, kept while it changes, so "Restored" is read out. */}
      <span role="status" className="mod-done">
        {done ? "Restored: members can see it again." : ""}
      </span>
      {!done && (
        <button type="button" className="secondary mod-small" disabled={busy} onClick={restore}>
          {busy ? "Restoring…" : `Restore ${kind}`}
          <span className="visually-hidden"> {name}</span>
        </button>
      )}
      <ErrorMessage error={error} />
    </span>
  );
}
