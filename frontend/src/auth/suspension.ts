// A suspended member: whether they are suspended now, until when and why, and the words the
// app says it in — the same in the notice and when the server refuses a write (403
// /problems/suspended), always in the reader's own time zone, never as an ISO timestamp.
import { useEffect, useState } from "react";

import type { Me } from "./AuthContext";

export interface ActiveSuspension {
  until: string;
  reason: string | null;
}

/** The suspension in force at `now`, or null (none, or it has run out). */
export function activeSuspension(me: Me | null, now: number): ActiveSuspension | null {
  const until = me?.suspension?.until ?? me?.suspended_until ?? null;
  if (!until || !(Date.parse(until) > now)) return null;
  return { until, reason: me?.suspension?.reason ?? null };
}

// setTimeout waits at most 2^31-1 ms (about 24 days); a longer suspension is re-checked on
// the next render that comes sooner anyway.
const LONGEST_TIMER = 2 ** 31 - 1;

/** The suspension in force now; the screen renders again when it runs out. */
export function useActiveSuspension(me: Me | null): ActiveSuspension | null {
  const [now, setNow] = useState(Date.now);
  const active = activeSuspension(me, now);
  const until = active?.until;
  useEffect(() => {
    if (!until) return;
    const wait = Date.parse(until) - Date.now();
    if (wait > LONGEST_TIMER) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, wait) + 1000);
    return () => clearTimeout(timer);
  }, [until]);
  return active;
}

/** "Monday 7 December 2026 at 18:42 GMT" in the reader's language and time zone. */
export function localDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

export const WHILE_SUSPENDED = "You can still read, but not post, reply, react or report until then.";

export function suspendedUntil(until: string): string {
  return `Your account is suspended until ${localDateTime(until)}.`;
}

// An ISO 8601 timestamp with a time zone, as the server writes one into a problem's detail.
const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/;

/** The words for a 403 /problems/suspended: the notice's, with the end found in its detail. */
export function describeSuspended(detail: string | null | undefined): string {
  const until = detail ? ISO_TIMESTAMP.exec(detail)?.[0] : undefined;
  if (until && !Number.isNaN(Date.parse(until))) return `${suspendedUntil(until)} ${WHILE_SUSPENDED}`;
  return "Your account is suspended. You can still read, but not post, reply, react or report.";
}

/** Any ISO timestamp in a problem's detail, written out in local time. */
export function localiseTimestamps(text: string): string {
  return text.replace(new RegExp(ISO_TIMESTAMP.source, "g"), (iso) =>
    Number.isNaN(Date.parse(iso)) ? iso : localDateTime(iso),
  );
}
