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

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A meet-up's news: its discussion thread's title is the meet-up's own. */
function meetupSentence(notification: Notification): string {
  const title = notification.thread ? `“${notification.thread.title}”` : "a meet-up you answered";
  switch (notification.action) {
    case "changed":
      return notification.actor
        ? `${notification.actor.display_name} changed the details of ${title}: check the time and place.`
        : `The details of ${title} changed: check the time and place.`;
    case "cancelled":
      return withReason(`${capitalised(title)} was cancelled`, notification.reason);
    case "promoted":
      return `You have a place at ${title}: someone made room, you’re going.`;
    case "approved":
      return `The host said yes: you have a place at ${title}.`;
    case "reminder":
      return `${capitalised(title)} is tomorrow.`;
    default:
      return `There is news about ${title}.`;
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
      return meetupSentence(notification);
    default:
      return `Something new${where}`;
  }
}

/**
 * Where the notification leads: a meet-up's page, the post in its thread, or the thread;
 * null if none.
 */
export function notificationHref(notification: Notification): string | null {
  if (notification.kind === "meetup" && notification.meetup_id !== null) {
    return `/meetups/${notification.meetup_id}`;
  }
  if (!notification.thread) return null;
  const base = `/t/${notification.thread.id}`;
  return notification.post ? `${base}#post-${notification.post.number}` : base;
}
