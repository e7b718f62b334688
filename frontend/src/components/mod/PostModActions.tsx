// Moderator actions on one post: hide (with a reason) or unhide. Renders nothing for members.
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../api/client";
import { useAuth } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage } from "../Status";
import "../../styles/mod.css";

type Post = Schemas["PostRead"];

export function PostModActions({
  post,
  onChange,
}: {
  post: Post;
  onChange: (post: Post) => void;
}) {
  const { isModerator } = useAuth();
  if (!isModerator || post.is_deleted) return null;
  return <Actions post={post} onChange={onChange} />;
}

function Actions({ post, onChange }: { post: Post; onChange: (post: Post) => void }) {
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
      onChange(fresh);
    });
  }

  async function unhide() {
    await run(async () => {
      const fresh = await call(
        api.POST("/api/v1/posts/{post_id}/unhide", { params: { path: { post_id: post.id } } }),
      );
      returnFocus.current = true;
      onChange(fresh);
    });
  }

  if (post.is_hidden) {
    return (
      <div className="mod-post-actions">
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
      </div>
    );
  }

  if (!asking) {
    return (
      <div className="mod-post-actions">
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
      </div>
    );
  }

  return (
    <form
      className="mod-post-actions mod-inline-form"
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
