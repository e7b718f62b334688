// One post in a thread: author, time, body (or the notice that replaces it), reactions and
// what the reader may do with it (reply, edit, delete, report, moderate).
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../api/client";
import type { Me } from "../auth/AuthContext";
import { draftKeys } from "../drafts";
import { Composer } from "./Composer";
import { Dialog } from "./Dialog";
import { fullDate, timeAgo } from "./format";
import { PostModActions } from "./mod/PostModActions";
import { Reactions } from "./Reactions";
import { ReportDialog } from "./ReportDialog";
import { RevisionHistory } from "./RevisionHistory";
import { ErrorMessage } from "./Status";
import "../styles/member.css";

type PostData = Schemas["PostRead"];

interface PostProps {
  post: PostData;
  me: Me | null;
  isModerator: boolean;
  /** Replies are open to this reader (signed in, and the thread unlocked or a moderator). */
  canReply: boolean;
  /** The thread is locked for this reader: posts can no longer be edited. */
  locked?: boolean;
  /** This post is the one the address points at (#post-N). */
  isTarget?: boolean;
  onChange(post: PostData): void;
  /** Start a reply quoting this post. */
  onReply(post: PostData): void;
}

export function Post({
  post,
  me,
  isModerator,
  canReply,
  locked = false,
  isTarget,
  onChange,
  onReply,
}: PostProps) {
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const articleRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After a delete the buttons are gone with the body: keep the reader's place on the post.
  useEffect(() => {
    if (focusRequest) articleRef.current?.focus();
  }, [focusRequest]);

  const isOwn = me !== null && post.author?.id === me.id;
  const headingId = `post-${post.number}-by`;
  // A hidden post's body reaches only its author and the moderators.
  const bodyVisible = !post.is_deleted && (!post.is_hidden || post.body !== "");
  // Never quote a hidden post into a public reply.
  const showReply = canReply && bodyVisible && !post.is_hidden;
  // Edits are refused in a locked thread (moderators excepted).
  const showEdit = isOwn && !post.is_deleted && !locked;
  const showDelete = isOwn && !post.is_deleted;
  const showReport = me !== null && !isOwn && bodyVisible;

  async function remove() {
    setDeleting(true);
    setError(null);
    try {
      await call(api.DELETE("/api/v1/posts/{post_id}", { params: { path: { post_id: post.id } } }));
      setConfirmingDelete(false);
      onChange({ ...post, is_deleted: true, body: "", body_html: "" });
      setFocusRequest((count) => count + 1);
    } catch (caught) {
      setConfirmingDelete(false);
      setError(caught);
    } finally {
      setDeleting(false);
    }
  }

  async function saveEdit(body: string) {
    const updated = await call(
      api.PATCH("/api/v1/posts/{post_id}", { params: { path: { post_id: post.id } }, body: { body } }),
    );
    onChange(updated);
    setEditing(false);
  }

  return (
    <article
      ref={articleRef}
      id={`post-${post.number}`}
      className={`post member-post${isTarget ? " is-target" : ""}${post.is_deleted ? " is-deleted" : ""}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="post-head">
        <h2 id={headingId} className="post-author">
          {post.author ? (
            <Link to={`/u/${post.author.username}`}>{post.author.display_name}</Link>
          ) : (
            <span className="anonymous-name">Anonymous</span>
          )}
        </h2>
        {post.author && post.author.role !== "member" && (
          <span className="badge role-badge">{post.author.role}</span>
        )}
        {post.anonymous && post.author && (
          <span className="badge" title="Other members see “Anonymous”">
            posted anonymously
          </span>
        )}
        <span className="meta post-meta">
          <a href={`#post-${post.number}`} className="post-number" aria-label={`Post #${post.number}, link`}>
            #{post.number}
          </a>{" "}
          · <time dateTime={post.created_at} title={fullDate(post.created_at)}>{timeAgo(post.created_at)}</time>
          {post.edited_at && !post.is_deleted && (
            <>
              {" "}
              ·{" "}
              <span className="edited" title={`Edited ${fullDate(post.edited_at)}`}>
                edited
              </span>
            </>
          )}
        </span>
      </header>

      {post.reply_to && (
        <p className="meta reply-ref">
          In reply to <a href={`#post-${post.reply_to.number}`}>post #{post.reply_to.number}</a>
        </p>
      )}

      {post.is_deleted ? (
        <p className="post-notice deleted-notice">This post was deleted.</p>
      ) : (
        <>
          {post.is_hidden && (
            <div className="notice post-notice hidden-notice" role="note">
              <p>This post is hidden pending review by the moderators.</p>
              {post.hidden_reason && <p>Reason: {post.hidden_reason}</p>}
              {bodyVisible && (
                <p className="hint">
                  {isOwn
                    ? "You can still see it because you wrote it."
                    : "You can see it because you are a moderator."}
                </p>
              )}
            </div>
          )}
          {editing ? (
            <Composer
              draftKey={draftKeys.edit(me?.id ?? 0, post.id)}
              label={`Edit post #${post.number}`}
              submitLabel="Save changes"
              busyLabel="Saving…"
              initial={{ body: post.body }}
              anonymousOption={false}
              onSubmit={(draft) => saveEdit(draft.body)}
              onCancel={() => setEditing(false)}
            />
          ) : (
            bodyVisible && (
              // Server-rendered, sanitised HTML: the only HTML this app inserts.
              <div className="post-body" dangerouslySetInnerHTML={{ __html: post.body_html }} />
            )
          )}
        </>
      )}

      {post.edited_at && !post.is_deleted && (isOwn || isModerator) && (
        <RevisionHistory key={post.edited_at} postId={post.id} postNumber={post.number} />
      )}

      {!post.is_deleted && bodyVisible && (
        <Reactions post={post} canReact={me !== null} onChange={onChange} />
      )}

      {!editing && (showReply || showEdit || showDelete || showReport) && (
        <div className="post-actions" role="group" aria-label={`Actions for post #${post.number}`}>
          {showReply && (
            <button type="button" className="secondary small" onClick={() => onReply(post)}>
              Reply<span className="visually-hidden"> to post #{post.number}</span>
            </button>
          )}
          {showEdit && (
            <button type="button" className="secondary small" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> post #{post.number}</span>
            </button>
          )}
          {showDelete && (
            <button
              type="button"
              className="secondary small danger-text"
              onClick={() => setConfirmingDelete(true)}
            >
              Delete<span className="visually-hidden"> post #{post.number}</span>
            </button>
          )}
          {showReport && (
            <button
              type="button"
              className="secondary small"
              // aria-disabled, not disabled: the dialog hands focus back to this button when
              // it closes, and a disabled button cannot take it (focus would fall to <body>).
              onClick={() => {
                if (!reported) setReporting(true);
              }}
              aria-disabled={reported || undefined}
            >
              {reported ? "Reported" : "Report"}
              <span className="visually-hidden"> post #{post.number}</span>
            </button>
          )}
        </div>
      )}
      {isModerator && !editing && !post.is_deleted && (
        <div className="post-mod">
          <PostModActions post={post} onChange={onChange} />
        </div>
      )}

      <ErrorMessage error={error} />

      <Dialog
        open={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        labelledBy={`delete-title-${post.id}`}
      >
        <div className="dialog-body">
          <h2 id={`delete-title-${post.id}`}>Delete post #{post.number}?</h2>
          <p>It will show “This post was deleted” in its place. This cannot be undone.</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void remove()} disabled={deleting}>
              {deleting ? "Deleting…" : "Yes, delete it"}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmingDelete(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      </Dialog>

      {showReport && (
        <ReportDialog
          postId={post.id}
          postNumber={post.number}
          open={reporting}
          onClose={() => setReporting(false)}
          onReported={() => setReported(true)}
        />
      )}
    </article>
  );
}
