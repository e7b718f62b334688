// A member's current suspension, as the moderation log tells it, and the suspension form's
// time helpers.
import { api, call, type Schemas } from "../../../api/client";

export interface Suspension {
  until: string;
  reason: string;
  by: Schemas["UserRef"] | null;
}

/** "unknown" when the log could not be read. */
export type SuspensionState = Suspension | null | "unknown";

/** The cache entry of a member's current suspension, as read from the log. */
export function suspensionKey(userId: number) {
  return ["moderation", "suspension", userId] as const;
}

const SUSPENSION_ACTIONS: Schemas["AuditAction"][] = [
  "user.suspend",
  "user.unsuspend",
  "user.suspension_expired",
];

/**
 * The API does not say whether another member is suspended (User has no `suspended_until`),
 * so the latest suspension entry of the moderation log is the source: a `user.suspend`
 * entry's note reads "until <ISO time>: <reason>".
 */
export async function suspensionFromLog(userId: number): Promise<Suspension | null> {
  const pages = await Promise.all(
    SUSPENSION_ACTIONS.map((action) =>
      call(
        api.GET("/api/v1/moderation/log", {
          params: { query: { action, target_type: "user", limit: 100 } },
        }),
      ),
    ),
  );
  const latest = pages
    .flatMap((page) => page.items)
    .filter((entry) => entry.target_id === userId)
    .sort((a, b) => b.id - a.id)[0];
  if (!latest || latest.action !== "user.suspend") return null;
  const match = /^until (\S+): ([\s\S]*)$/.exec(latest.note ?? "");
  if (!match?.[1]) return null;
  if (new Date(match[1]).getTime() <= Date.now()) return null;
  return { until: match[1], reason: match[2] ?? "", by: latest.actor };
}

/** A `datetime-local` value `days` from now. */
export function daysFromNow(days: number): string {
  return localInput(new Date(Date.now() + days * 24 * 3600 * 1000));
}

function localInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

export const PRESETS: [string, number][] = [
  ["1 day", 1],
  ["1 week", 7],
  ["30 days", 30],
];
