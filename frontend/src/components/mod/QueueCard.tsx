// One reported post in the review queue: the post (with the one it replied to), its reports,
// claim / release, the three ways to resolve it (deleting asks first), and quick warn or
// suspend for its author.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { ApiError } from "../../api/problem";
import { flagReasonLabel } from "../../pages/mod/labels";
import { fullDate, plural } from "../format";
import { DeletePostDialog } from "../post/DeletePostDialog";
import { ErrorMessage } from "../Status";
import { UserLink, When } from "./ModShared";
import { QuickUserActions } from "./QuickUserActions";
import { moderationChanged } from "./queueCount";
import { ReplyContext } from "./ReplyContext";
import "../../styles/mod.css";

type Item = Schemas["QueueItemRead"];
type UserRef = Schemas["UserRef"];
export type Action = Schemas["ResolveRequest"]["action"];

interface CardProps {
  item: Item;
  me: Schemas["MeRead"] | null;
  articleRef: (element: HTMLElement | null) => void;
  onResolved: (item: Item, action: Action) => void;
  onClaimed: (postId: number, by: UserRef | null) => void;
  onConflict: (postId: number) => Promise<void>;
  onGone: (postId: number, error: ApiError) => void;
}

export function QueueCard(props: CardProps) {
  const { item, me, articleRef, onResolved, onClaimed, onConflict, onGone } = props;
  const { post, flags, claimed_by: holder, thread } = item;
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const titleId = `queue-item-${post.id}`;
  const noteId = `queue-note-${post.id}`;
  const mine = holder !== null && me !== null && holder.id === me.id;
  const safety = flags.some((flag) => flag.reason === "safety");

  /** A 409 refreshes who holds the item; an item no longer in the queue leaves the list. */
  async function failed(caught: unknown) {
    const notQueued = caught instanceof ApiError && caught.status === 404;
    if (notQueued || (caught instanceof ApiError && caught.kind === "nothing-to-resolve")) {
      onGone(post.id, caught);
      return;
    }
    setError(caught);
    setBusy(null);
    setConfirmingDelete(false);
    if (caught instanceof ApiError && caught.status === 409) await onConflict(post.id);
  }

  async function claim() {
    setBusy("claim");
    setError(null);
    try {
      await call(
        api.PUT("/api/v1/moderation/posts/{post_id}/claim", {
          params: { path: { post_id: post.id } },
        }),
      );
      if (me) {
        const { id, username, display_name, role } = me;
        onClaimed(post.id, { id, username, display_name, role });
      }
      setBusy(null);
    } catch (caught) {
      await failed(caught);
    }
  }

  async function release() {
    setBusy("release");
    setError(null);
    try {
      await call(
        api.DELETE("/api/v1/moderation/posts/{post_id}/claim", {
          params: { path: { post_id: post.id } },
        }),
      );
      onClaimed(post.id, null);
      setBusy(null);
    } catch (caught) {
      await failed(caught);
    }
  }

  async function resolve(action: Action) {
    setBusy(action);
    setError(null);
    try {
      const trimmed = note.trim();
      await call(
        api.POST("/api/v1/moderation/posts/{post_id}/resolve", {
          params: { path: { post_id: post.id } },
          body: trimmed ? { action, note: trimmed } : { action },
        }),
      );
      moderationChanged(queryClient);
      onResolved(item, action);
    } catch (caught) {
      await failed(caught);
    }
  }

  return (
    <article
      className={`card mod-item${safety ? " mod-item--safety" : ""}`}
      aria-labelledby={titleId}
      ref={articleRef}
      tabIndex={-1}
    >
      <h2 className="card-title mod-item-title" id={titleId}>
        <Link to={`/t/${thread.id}#post-${post.number}`}>Post #{post.number}</Link> in{" "}
        <Link to={`/t/${thread.id}`}>“{thread.title}”</Link>
      </h2>
      <p className="mod-badges">
        {safety && <span className="badge mod-badge-safety">Safety</span>}
        <span className="badge">{plural(item.flag_count, "open report")}</span>
        {post.is_hidden && (
          <span className="badge mod-badge-hidden">
            {post.hidden_by === "moderator" ? "Hidden by a moderator" : "Hidden by reports"}
          </span>
        )}
        {post.is_deleted && <span className="badge mod-badge-hidden">Deleted</span>}
        {post.anonymous && <span className="badge">Posted anonymously</span>}
      </p>
      <p className="meta">
        By {post.author ? <UserLink user={post.author} /> : "an anonymous member"} ·{" "}
        <When iso={post.created_at} prefix="posted " />
        {post.edited_at && <> · edited</>}
      </p>
      <p className="meta">
        Waiting since{" "}
        <time dateTime={item.first_flagged_at}>{fullDate(item.first_flagged_at)}</time> ·{" "}
        {holder ? (
          <>Claimed by {mine ? "you" : <UserLink user={holder} />}</>
        ) : (
          "Not claimed"
        )}
      </p>
      {post.is_hidden && (
        <p className="notice">
          <strong>Hidden:</strong> {post.hidden_reason ?? "no reason given"}
        </p>
      )}
      {post.reply_to && <ReplyContext replyTo={post.reply_to} threadId={thread.id} />}
      {post.is_deleted ? (
        <p className="status">This post has been deleted.</p>
      ) : (
        <div className="post-body mod-quote" dangerouslySetInnerHTML={{ __html: post.body_html }} />
      )}
      {post.author && me && (
        <QuickUserActions author={post.author} postNumber={post.number} me={me} />
      )}

      <h3 className="mod-subhead">Reports</h3>
      <ul className="mod-flags">
        {flags.map((flag) => (
          <li key={flag.id} className={flag.reason === "safety" ? "mod-flag--safety" : undefined}>
            <strong>{flagReasonLabel(flag.reason)}</strong>
            <span className="meta">
              {" "}
              — <UserLink user={flag.flagger} /> · <When iso={flag.created_at} />
            </span>
            {flag.note && <p className="mod-flag-note">{flag.note}</p>}
          </li>
        ))}
      </ul>

      <div className="actions mod-claim">
        {mine ? (
          <button
            type="button"
            className="secondary"
            onClick={() => void release()}
            disabled={busy !== null}
          >
            {busy === "release" ? "Releasing…" : "Release"}
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => void claim()}
            disabled={busy !== null}
          >
            {busy === "claim" ? "Claiming…" : "Claim"}
          </button>
        )}
      </div>

      <label htmlFor={noteId}>Note for the log (optional)</label>
      <input
        id={noteId}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.target.value)}
        aria-describedby={`${noteId}-hint`}
      />
      <p className="hint" id={`${noteId}-hint`}>
        With “Hide post”, the note becomes the hidden reason its author sees.
      </p>
      <div className="actions mod-resolve" role="group" aria-label="Resolve">
        <button
          type="button"
          className="secondary"
          onClick={() => void resolve("dismiss")}
          disabled={busy !== null}
        >
          {busy === "dismiss" ? "Dismissing…" : "Dismiss reports"}
        </button>
        <button type="button" onClick={() => void resolve("hide")} disabled={busy !== null}>
          {busy === "hide" ? "Hiding…" : "Hide post"}
        </button>
        <button
          type="button"
          className="danger"
          aria-haspopup="dialog"
          onClick={() => setConfirmingDelete(true)}
          disabled={busy !== null}
        >
          Delete post
        </button>
      </div>
      <ErrorMessage error={error} />
      <DeletePostDialog
        postId={post.id}
        number={post.number}
        author={post.author?.display_name}
        threadTitle={thread.title}
        restorable
        open={confirmingDelete}
        deleting={busy === "delete"}
        onConfirm={() => void resolve("delete")}
        onClose={() => setConfirmingDelete(false)}
      />
    </article>
  );
}
