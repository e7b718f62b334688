// What a notification says, in one plain sentence, and where it takes the reader.
//
// Who did it: the member's name; an anonymous post's label ("Anonymous 2"), never more; and
// for moderation "The moderators" (they act together, never as one named person).
import type { Notification } from "./queries";

function actorName(notification: Notification): string {
  if (notification.actor) return notification.actor.display_name;
  if (notification.anonymous_label) return notification.anonymous_label;
  return notification.kind === "moderation" ? "The moderators" : "Someone";
}

function inThread(notification: Notification): string {
  return notification.thread ? ` in “${notification.thread.title}”` : "";
}

function withReason(sentence: string, reason: string | null): string {
  return reason?.trim() ? `${sentence}: ${reason.trim()}` : `${sentence}.`;
}

function moderationSentence(notification: Notification): string {
  const where = inThread(notification);
  switch (notification.action) {
    case "hidden":
      return withReason(`Your post${where} was hidden by the moderators`, notification.reason);
    case "deleted":
      return withReason(`Your post${where} was deleted by the moderators`, notification.reason);
    case "restored":
      return `Your post${where} was restored by the moderators.`;
    case "flag_resolved":
      return withReason(`The moderators looked at your report about a post${where}`, notification.reason);
    default:
      return withReason(`The moderators acted on your post${where}`, notification.reason);
  }
}

/** The notification as a sentence: "Priya replied to your post in “Sleep regressions”". */
export function notificationSentence(notification: Notification): string {
  const who = actorName(notification);
  const where = inThread(notification);
  switch (notification.kind) {
    case "reply":
      return `${who} replied to your post${where}`;
    case "mention":
      return `${who} mentioned you${where}`;
    case "quote":
      return `${who} quoted your post${where}`;
    case "watching":
      return `${who} posted${where}`;
    case "moderation":
      return moderationSentence(notification);
    case "meetup":
      return `A meet-up you answered changed${where}`;
    default:
      return `Something new${where}`;
  }
}

/** Where the notification leads: the post in its thread, or the thread; null if neither. */
export function notificationHref(notification: Notification): string | null {
  if (!notification.thread) return null;
  const base = `/t/${notification.thread.id}`;
  return notification.post ? `${base}#post-${notification.post.number}` : base;
}
