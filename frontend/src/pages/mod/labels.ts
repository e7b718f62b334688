// Words for the moderation codes the API speaks: flag reasons, audit actions, target types.
import type { Schemas } from "../../api/client";
import { fullDate } from "../../components/format";

type FlagReason = Schemas["FlagReason"];
type Role = Schemas["Role"];
type AuditAction = Schemas["AuditAction"];
type AuditTarget = Schemas["AuditTarget"];

export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  safety: "Someone may be at risk",
  abusive: "Abusive or unkind",
  spam: "Spam or advertising",
  off_topic: "Off topic",
  other: "Something else",
};

export function flagReasonLabel(reason: string): string {
  return FLAG_REASON_LABELS[reason as FlagReason] ?? reason;
}

/** Every action the audit log records (the API's AuditAction), in the order of the select. */
export const AUDIT_ACTIONS = [
  ["post.hide", "Post hidden"],
  ["post.unhide", "Post unhidden"],
  ["post.auto_hide", "Post hidden by reports"],
  ["post.edit", "Post edited"],
  ["post.delete", "Post deleted"],
  ["post.restore", "Post restored"],
  ["post.resolve", "Reports resolved"],
  ["flag.upheld", "Report upheld"],
  ["flag.dismissed", "Report dismissed"],
  ["queue.claim", "Report claimed"],
  ["queue.release", "Report released"],
  ["thread.rename", "Thread renamed"],
  ["thread.lock", "Thread locked"],
  ["thread.unlock", "Thread unlocked"],
  ["thread.pin", "Thread pinned"],
  ["thread.unpin", "Thread unpinned"],
  ["thread.move", "Thread moved"],
  ["thread.delete", "Thread deleted"],
  ["thread.restore", "Thread restored"],
  ["user.suspend", "Member suspended"],
  ["user.unsuspend", "Suspension lifted"],
  ["user.suspension_expired", "Suspension ended"],
  ["user.warn", "Member warned"],
  ["user.note", "Moderator note added"],
  ["user.role", "Role changed"],
  ["user.leave", "Member left"],
  ["category.create", "Category created"],
  ["category.update", "Category updated"],
  ["meetup.cancel", "Meet-up cancelled"],
  ["meetup.edit", "Meet-up edited"],
  ["rsvp.approve", "Answer approved"],
  ["webhook.create", "Webhook created"],
  ["webhook.delete", "Webhook deleted"],
] as const satisfies readonly (readonly [AuditAction, string])[];

const ACTION_LABELS = new Map<string, string>(AUDIT_ACTIONS);

/** Whether `value` (e.g. from the address bar) is an action the log can be filtered by. */
export function isAuditAction(value: string): value is AuditAction {
  return ACTION_LABELS.has(value);
}

export function actionLabel(action: string): string {
  return ACTION_LABELS.get(action) ?? action;
}

export const TARGET_TYPES = [
  ["post", "Post"],
  ["flag", "Report"],
  ["thread", "Thread"],
  ["user", "Member"],
  ["category", "Category"],
  ["webhook", "Webhook"],
  ["meetup", "Meet-up"],
] as const satisfies readonly (readonly [AuditTarget, string])[];

const TARGET_LABELS = new Map<string, string>(TARGET_TYPES);

/** Whether `value` is a kind of target the log can be filtered by. */
export function isAuditTarget(value: string): value is AuditTarget {
  return TARGET_LABELS.has(value);
}

/** A username, as opposed to the "Deleted member" a member who left is shown as. */
export const USERNAME = /^[A-Za-z0-9_]{3,30}$/;

/** An ISO 8601 time with its offset, as the server writes one into a note. */
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * The server's name for a target, written as the rest of the app writes it: a capital first
 * letter and post numbers as "#12" (the queue's "Post #12 in “Title”").
 */
export function targetName(label: string): string {
  // Only the label's own head: a title quoted after it is left as it was written.
  const numbered = label.replace(/^((?:report \d+ on )?post )(\d+) in “/, "$1#$2 in “");
  return numbered.charAt(0).toUpperCase() + numbered.slice(1);
}

/** A note with the times it quotes (a suspension's end) in the reader's own time. */
export function localNote(note: string): string {
  return note.replace(ISO_TIME, (iso) => fullDate(iso));
}

export const ROLE_LABELS: Record<Role, string> = {
  member: "Member",
  moderator: "Moderator",
  admin: "Administrator",
};

export const ROLES: Role[] = ["member", "moderator", "admin"];

const RANK: Record<Role, number> = { member: 0, moderator: 1, admin: 2 };

/** Mirrors the server's rule: moderators act on members, admins on moderators too. */
export function outranks(actor: { id: number; role: Role }, target: { id: number; role: Role }) {
  return actor.id !== target.id && RANK[actor.role] > RANK[target.role];
}
