// Moderator actions on one post: hide (with a reason) or unhide, delete (after a
// confirmation, with an undo) and restore a deleted post. Renders nothing for members.
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../api/client";
import { useAuth } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { DeletePostDialog } from "../post/DeletePostDialog";
import { ErrorMessage } from "../Status";
import { OutcomeStatus, type Outcome } from "./ModShared";
import { moderationChanged } from "./queueCount";
import { postCountChanged, restorePost } from "./restore";
import "../../styles/mod.css";

type Post = Schemas["PostRead"];
type Change = (post: Post) => void;

export function PostModActions({ post, onChange }: { post: Post; onChange: Change }) {
  const { isModerator } = useAuth();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!isModerator) return null;
  return (
    <div className="mod-post-actions">
      {post.is_deleted ? (
        <RestoreAction post={post} onChange={onChange} onOutcome={setOutcome} />
      ) : (
        <>
          <HideActions post={post} onChange={onChange} />
          {/* A moderator's own post has its author's "Delete" already. */}
          {!post.is_mine && <DeleteAction post={post} onChange={onChange} onOutcome={setOutcome} />}
        </>
      )}
      {outcome && <OutcomeStatus outcome={outcome} focus />}
    </div>
  );
}

/** What restoring a post says, with a link to it in its thread. */
async function restored(queryClient: QueryClient, post: Post, onChange: Change): Promise<Outcome> {
  const fresh = await restorePost(queryClient, post.id);
  onChange(fresh);
  return { message: `Restored post #${post.number}: members can read it again.` };
}

function DeleteAction({
  post,
  onChange,
  onOutcome,
}: {
  post: Post;
  onChange: Change;
  onOutcome: (outcome: Outcome) => void;
}) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();

  async function remove() {
    await run(async () => {
      try {
        await call(api.DELETE("/api/v1/posts/{post_id}", { params: { path: { post_id: post.id } } }));
      } finally {
        setConfirming(false);
      }
      postCountChanged(queryClient, post.thread_id);
      onChange({ ...post, is_deleted: true, body: "", body_html: "" });
      onOutcome({
        message: `Deleted post #${post.number}.`,
        undoes: `the delete of post #${post.number}`,
        undo: () => restored(queryClient, post, onChange),
      });
    });
  }

  return (
    <>
      <button
        type="button"
        className="secondary mod-small danger-text"
        aria-haspopup="dialog"
        onClick={() => setConfirming(true)}
      >
        Delete<span className="visually-hidden"> post #{post.number} as a moderator</span>
      </button>
      <ErrorMessage error={error} />
      <DeletePostDialog
        postId={post.id}
        number={post.number}
        author={post.author?.display_name ?? post.anonymous_label ?? undefined}
        restorable
        open={confirming}
        deleting={busy}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

function RestoreAction({
  post,
  onChange,
  onOutcome,
}: {
  post: Post;
  onChange: Change;
  onOutcome: (outcome: Outcome) => void;
}) {
  const queryClient = useQueryClient();
  const { busy, error, run } = useAction();
  return (
    <>
      <button
        type="button"
        className="secondary mod-small"
        disabled={busy}
        onClick={() =>
          void run(async () => onOutcome(await restored(queryClient, post, onChange)))
        }
      >
        {busy ? "Restoring…" : "Restore"}
        <span className="visually-hidden"> post #{post.number}</span>
      </button>
      <ErrorMessage error={error} />
    </>
  );
}

function HideActions({ post, onChange }: { post: Post; onChange: Change }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const { busy, error, setError, run } = useAction();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = `post-${post.id}-hide`;

  useEffect(() => {
    if (asking) input.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [asking, post.is_hidden]);

  function close() {
    returnFocus.current = true;
    setAsking(false);
    setError(null);
  }

  async function hide(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const fresh = await call(
        api.POST("/api/v1/posts/{post_id}/hide", {
          params: { path: { post_id: post.id } },
          body: { reason: reason.trim() },
        }),
      );
      setReason("");
      returnFocus.current = true;
      setAsking(false);
      moderationChanged(queryClient);
      onChange(fresh);
    });
  }

  async function unhide() {
    await run(async () => {
      const fresh = await call(
        api.POST("/api/v1/posts/{post_id}/unhide", { params: { path: { post_id: post.id } } }),
      );
      returnFocus.current = true;
      moderationChanged(queryClient);
      onChange(fresh);
    });
  }

  if (post.is_hidden) {
    return (
      <>
        <button
          type="button"
          className="secondary mod-small"
          ref={opener}
          disabled={busy}
          onClick={() => void unhide()}
          aria-label={`Unhide post #${post.number}`}
        >
          {busy ? "Unhiding…" : "Unhide"}
        </button>
        <ErrorMessage error={error} />
      </>
    );
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="secondary mod-small"
        ref={opener}
        onClick={() => setAsking(true)}
        aria-label={`Hide post #${post.number}`}
        aria-expanded={false}
      >
        Hide
      </button>
    );
  }

  return (
    <form
      className="mod-inline-form"
      onSubmit={(event) => void hide(event)}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      aria-label={`Hide post #${post.number}`}
    >
      <div className="mod-grow">
        <label htmlFor={id}>Reason for hiding</label>
        <input
          id={id}
          ref={input}
          required
          maxLength={500}
          value={reason}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setReason(event.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          Members see only that the post is hidden. Its author and moderators still see it,
          with this reason.
        </p>
      </div>
      <div className="actions">
        <button type="submit" disabled={busy || !reason.trim()}>
          {busy ? "Hiding…" : "Hide post"}
        </button>
        <button type="button" className="secondary" onClick={close} disabled={busy}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
