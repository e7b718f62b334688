// One post in a thread: author, time, body (or the notice that replaces it), reactions and
// what the reader may do with it (reply, edit, delete, report, moderate).
import { useEffect, useRef, useState } from "react";

import { api, call, type Schemas } from "../api/client";
import type { Me } from "../auth/AuthContext";
import { useActiveSuspension } from "../auth/suspension";
import { draftKeys } from "../drafts";
import { BlockedPost } from "./blocking/BlockedPost";
import { PostMoreActions } from "./blocking/PostMoreActions";
import { Composer } from "./Composer";
import { PostModActions } from "./mod/PostModActions";
import { DeletePostDialog } from "./post/DeletePostDialog";
import { PostActions } from "./post/PostActions";
import { PostBody } from "./post/PostBody";
import { PostHeader } from "./post/PostHeader";
import { postPermissions } from "./post/permissions";
import { Reactions } from "./Reactions";
import { ReportDialog } from "./ReportDialog";
import { RevisionHistory } from "./RevisionHistory";
import { ErrorMessage } from "./Status";
import { SUSPENSION_NOTICE_ID } from "./SuspensionNotice";
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
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const articleRef = useRef<HTMLElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  // A post by someone the reader blocked stays folded until they ask to see it.
  const [showBlocked, setShowBlocked] = useState(false);

  // After a delete the buttons are gone with the body: keep the reader's place on the post.
  useEffect(() => {
    if (focusRequest) articleRef.current?.focus();
  }, [focusRequest]);

  const suspended = useActiveSuspension(me) !== null;
  const can = postPermissions(post, me, canReply, locked, suspended);
  const headingId = `post-${post.number}-by`;

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

  if (post.is_blocked_author && !showBlocked && !post.is_deleted) {
    return <BlockedPost number={post.number} onShow={() => setShowBlocked(true)} />;
  }

  return (
    <article
      ref={articleRef}
      id={`post-${post.number}`}
      className={`post member-post${isTarget ? " is-target" : ""}${post.is_deleted ? " is-deleted" : ""}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <PostHeader post={post} headingId={headingId} />

      {post.reply_to && (
        <p className="meta reply-ref">
          In reply to <a href={`#post-${post.reply_to.number}`}>post #{post.reply_to.number}</a>
        </p>
      )}

      <PostBody post={post} isOwn={can.isOwn} bodyVisible={can.bodyVisible} showBody={!editing} />
      {editing && !post.is_deleted && (
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
      )}

      {post.edited_at && !post.is_deleted && (can.isOwn || isModerator) && (
        <RevisionHistory key={post.edited_at} postId={post.id} postNumber={post.number} />
      )}

      {!post.is_deleted && can.bodyVisible && (
        <Reactions
          post={post}
          canReact={can.react}
          blockedBy={can.blocked ? SUSPENSION_NOTICE_ID : undefined}
          onChange={onChange}
        />
      )}

      {!editing && (
        <PostActions
          number={post.number}
          can={can}
          onReply={() => onReply(post)}
          onEdit={() => setEditing(true)}
          onDelete={() => setConfirmingDelete(true)}
          onReport={() => setReporting(true)}
        />
      )}
      {!editing && <PostMoreActions post={post} me={me} can={can} />}
      {/* Moderators also restore a deleted post from here. */}
      {isModerator && !editing && (
        <div className="post-mod">
          <PostModActions post={post} onChange={onChange} />
        </div>
      )}

      <ErrorMessage error={error} />

      <DeletePostDialog
        postId={post.id}
        number={post.number}
        open={confirmingDelete}
        deleting={deleting}
        onConfirm={() => void remove()}
        onClose={() => setConfirmingDelete(false)}
      />

      {can.report && (
        <ReportDialog
          postId={post.id}
          postNumber={post.number}
          open={reporting}
          onClose={() => setReporting(false)}
          onReported={(flag) => onChange({ ...post, my_flag: flag })}
        />
      )}
    </article>
  );
}
