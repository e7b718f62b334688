// What a reader may do with a post: one place for the rules the post's buttons follow.
import type { Schemas } from "../../api/client";
import type { Me } from "../../auth/AuthContext";

export interface PostPermissions {
  isOwn: boolean;
  /** A hidden post's body reaches only its author and the moderators. */
  bodyVisible: boolean;
  reply: boolean;
  edit: boolean;
  remove: boolean;
  report: boolean;
  react: boolean;
  /**
   * The reader may not write for now (suspended): the buttons above stay in their place but
   * disabled, described by the suspension notice, instead of failing when pressed.
   */
  blocked: boolean;
  /** The reader's own report on it (my_flag): "Reported", never a second report. */
  reported: boolean;
}

export function postPermissions(
  post: Schemas["PostRead"],
  me: Me | null,
  canReply: boolean,
  locked: boolean,
  suspended = false,
): PostPermissions {
  const isOwn = me !== null && (post.is_mine || post.author?.id === me.id);
  const bodyVisible = !post.is_deleted && (!post.is_hidden || post.body !== "");
  return {
    isOwn,
    bodyVisible,
    // Never quote a hidden post into a public reply.
    reply: canReply && bodyVisible && !post.is_hidden,
    // Edits are refused in a locked thread (moderators excepted).
    edit: isOwn && !post.is_deleted && !locked,
    remove: isOwn && !post.is_deleted,
    report: me !== null && !isOwn && bodyVisible,
    react: me !== null && bodyVisible,
    blocked: me !== null && suspended,
    reported: post.my_flag !== null,
  };
}
