// Moderator tools on a thread page: lock, pin, move, and delete (after a confirmation, with
// an undo). Renders nothing for members.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { categoryHref } from "../../groups/places";
import { Dialog } from "../Dialog";
import { useSafeDefault } from "../post/DeletePostDialog";
import { ErrorMessage } from "../Status";
import { plural } from "../format";
import { OutcomeStatus, type Outcome } from "./ModShared";
import { moderationChanged } from "./queueCount";
import { restoreThread } from "./restore";
import "../../styles/mod.css";

type Thread = Schemas["ThreadRead"];
type Busy = "lock" | "pin" | "move" | "delete" | null;

export function ThreadModTools({
  thread,
  onChange,
}: {
  thread: Thread;
  onChange: (thread: Thread) => void;
}) {
  const { isModerator } = useAuth();
  if (!isModerator) return null;
  return <Tools thread={thread} onChange={onChange} />;
}

function Tools({ thread, onChange }: { thread: Thread; onChange: (thread: Thread) => void }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Deleted from this page: the reader stays, with the undo, until they leave.
  const [deleted, setDeleted] = useState(false);
  const id = `thread-${thread.id}-mod`;

  async function patch(change: Schemas["ThreadUpdate"], what: Busy, message: string) {
    setBusy(what);
    setError(null);
    try {
      const fresh = await call(
        api.PATCH("/api/v1/threads/{thread_id}", {
          params: { path: { thread_id: thread.id } },
          body: change,
        }),
      );
      setOutcome({ message });
      onChange(fresh);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy("delete");
    setError(null);
    try {
      await call(
        api.DELETE("/api/v1/threads/{thread_id}", { params: { path: { thread_id: thread.id } } }),
      );
      moderationChanged(queryClient);
      setDeleted(true);
      setOutcome({
        message: `Deleted “${thread.title}”: members no longer see it or its posts.`,
        undoes: `the delete of “${thread.title}”`,
        undo: async () => {
          onChange(await restoreThread(queryClient, thread.id));
          setDeleted(false);
          return { message: `Restored “${thread.title}”: it is back in ${thread.category.name}.` };
        },
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  }

  return (
    <section className="mod-tools" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mod-tools-title">
        Moderator tools
      </h2>
      {/* One status for every action, kept while the tools change under it (an undo). */}
      <OutcomeStatus outcome={outcome} focus={deleted} />
      {deleted ? (
        <p>
          <Link to={categoryHref(thread.category)}>Back to {thread.category.name}</Link>
        </p>
      ) : (
        <>
          <ThreadControls thread={thread} id={id} busy={busy} onPatch={patch} />
          <div className="actions">
            <button
              type="button"
              className="danger"
              aria-haspopup="dialog"
              disabled={busy !== null}
              onClick={() => setConfirming(true)}
            >
              Delete thread
            </button>
          </div>
        </>
      )}
      <ErrorMessage error={error} />
      <DeleteThreadDialog
        thread={thread}
        id={`${id}-confirm`}
        open={confirming}
        deleting={busy === "delete"}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}

/** Lock, pin and move: each one PATCH of the thread. */
function ThreadControls({
  thread,
  id,
  busy,
  onPatch,
}: {
  thread: Thread;
  id: string;
  busy: Busy;
  onPatch: (change: Schemas["ThreadUpdate"], what: Busy, message: string) => Promise<void>;
}) {
  const { data: categories, error: categoriesError } = $api.useQuery("get", "/api/v1/categories");
  const [target, setTarget] = useState("");
  const destination = target || thread.category.slug;
  const moveTo = categories?.find((category) => category.slug === destination);

  return (
    <>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() =>
            void onPatch(
              { is_locked: !thread.is_locked },
              "lock",
              thread.is_locked ? "Thread unlocked: members can reply again." : "Thread locked.",
            )
          }
        >
          {thread.is_locked ? "Unlock thread" : "Lock thread"}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() =>
            void onPatch(
              { is_pinned: !thread.is_pinned },
              "pin",
              thread.is_pinned ? "Thread unpinned." : "Thread pinned to the top of its category.",
            )
          }
        >
          {thread.is_pinned ? "Unpin thread" : "Pin thread"}
        </button>
      </div>

      <form
        className="mod-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (moveTo && destination !== thread.category.slug)
            void onPatch({ category: destination }, "move", `Thread moved to ${moveTo.name}.`);
        }}
      >
        <div className="mod-grow">
          <label htmlFor={`${id}-category`}>Move to category</label>
          <select
            id={`${id}-category`}
            value={destination}
            disabled={!categories}
            onChange={(event) => setTarget(event.target.value)}
          >
            {!categories && <option value={thread.category.slug}>{thread.category.name}</option>}
            {categories?.map((category) => (
              <option key={category.id} value={category.slug}>
                {category.name}
                {category.slug === thread.category.slug ? " (current)" : ""}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="secondary"
          disabled={busy !== null || destination === thread.category.slug}
        >
          {busy === "move" ? "Moving…" : "Move thread"}
        </button>
      </form>
      <ErrorMessage error={categoriesError} />
    </>
  );
}

/** "Delete “Title”?", naming what goes with it; Cancel is the default. */
function DeleteThreadDialog({
  thread,
  id,
  open,
  deleting,
  onConfirm,
  onClose,
}: {
  thread: Thread;
  id: string;
  open: boolean;
  deleting: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const cancel = useSafeDefault(open);
  return (
    <Dialog open={open} onClose={onClose} labelledBy={id}>
      <div className="dialog-body">
        <h2 id={id}>Delete “{thread.title}”?</h2>
        <p>
          The thread and its {plural(thread.post_count, "post")} will disappear for members. You
          can undo this straight afterwards.
        </p>
        <div className="actions">
          <button type="button" className="danger" disabled={deleting} onClick={onConfirm}>
            {deleting ? "Deleting…" : "Yes, delete thread"}
          </button>
          <button type="button" className="secondary" onClick={onClose} ref={cancel}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}
