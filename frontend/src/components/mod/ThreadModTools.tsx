// Moderator tools on a thread page: lock, pin, move and delete. Renders nothing for members.
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { ErrorMessage } from "../Status";
import { plural } from "../format";
import { Done } from "./ModShared";
import "../../styles/mod.css";

type Thread = Schemas["ThreadRead"];

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
  const navigate = useNavigate();
  const { data: categories, error: categoriesError } = $api.useQuery("get", "/api/v1/categories");
  const [target, setTarget] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const id = `thread-${thread.id}-mod`;
  const destination = target || thread.category.slug;

  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) deleteButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  async function patch(change: Schemas["ThreadUpdate"], what: string, message: string) {
    setBusy(what);
    setError(null);
    try {
      const fresh = await call(
        api.PATCH("/api/v1/threads/{thread_id}", {
          params: { path: { thread_id: thread.id } },
          body: change,
        }),
      );
      setDone(message);
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
      navigate(`/c/${thread.category.slug}`);
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  }

  function cancelDelete() {
    returnFocus.current = true;
    setConfirming(false);
  }

  const moveTo = categories?.find((category) => category.slug === destination);

  return (
    <section className="mod-tools" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mod-tools-title">
        Moderator tools
      </h2>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() =>
            void patch(
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
            void patch(
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
            void patch({ category: destination }, "move", `Thread moved to ${moveTo.name}.`);
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

      <div className="actions">
        {!confirming ? (
          <button
            type="button"
            className="danger"
            ref={deleteButton}
            disabled={busy !== null}
            onClick={() => setConfirming(true)}
          >
            Delete thread
          </button>
        ) : (
          <div className="mod-confirm" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>
              Delete “{thread.title}” and its {plural(thread.post_count, "post")}? Members will no
              longer see it.
            </p>
            <div className="actions">
              <button
                type="button"
                className="danger"
                ref={confirmButton}
                disabled={busy !== null}
                onClick={() => void remove()}
              >
                {busy === "delete" ? "Deleting…" : "Yes, delete thread"}
              </button>
              <button type="button" className="secondary" onClick={cancelDelete}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>
      <ErrorMessage error={error ?? categoriesError} />
      <Done>{done}</Done>
    </section>
  );
}
