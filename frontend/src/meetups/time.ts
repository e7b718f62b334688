// A meet-up's times: stored by the API in UTC, shown in the viewer's own time zone (named, so
// nobody wonders whose ten o'clock it is), and typed in the form as local date-times
// (<input type="datetime-local">) sent to the API with their UTC offset.

/** The viewer's time zone, as the browser knows it ("Europe/London"). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function parts(date: Date, options: Intl.DateTimeFormatOptions, timeZone?: string) {
  return new Intl.DateTimeFormat(undefined, { ...options, ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** The zone's short name at that instant ("GMT", "BST", "GMT+1"). */
function zoneName(date: Date, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(undefined, {
    timeZoneName: "short",
    ...(timeZone ? { timeZone } : {}),
  });
  return format.formatToParts(date).find((part) => part.type === "timeZoneName")?.value ?? "";
}

function sameDay(a: Date, b: Date, timeZone?: string): boolean {
  const day: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };
  return parts(a, day, timeZone) === parts(b, day, timeZone);
}

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };
const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };

export interface When {
  /** "Thursday, 3 December 2026" */
  day: string;
  /** "10:00 – 11:30" (or "10:00", or "10:00 – Fri 4 Dec, 09:00" across days) */
  time: string;
  /** "GMT" */
  zone: string;
  /** "Europe/London" */
  zoneId: string;
}

/** When a meet-up is, in the viewer's time zone (or `timeZone`), in words. */
export function meetupWhen(startsAt: string, endsAt: string | null, timeZone?: string): When {
  const starts = new Date(startsAt);
  const ends = endsAt ? new Date(endsAt) : null;
  let time = parts(starts, TIME, timeZone);
  if (ends) {
    time += sameDay(starts, ends, timeZone)
      ? ` – ${parts(ends, TIME, timeZone)}`
      : ` – ${parts(ends, SHORT_DAY, timeZone)}, ${parts(ends, TIME, timeZone)}`;
  }
  return {
    day: parts(starts, DAY, timeZone),
    time,
    zone: zoneName(starts, timeZone),
    zoneId: timeZone ?? viewerTimeZone(),
  };
}

/** One line for a list: "Thu 3 Dec, 10:00 – 11:30 GMT". */
export function meetupWhenShort(startsAt: string, endsAt: string | null, timeZone?: string): string {
  const when = meetupWhen(startsAt, endsAt, timeZone);
  return `${parts(new Date(startsAt), SHORT_DAY, timeZone)}, ${when.time} ${when.zone}`.trim();
}

const pad = (value: number, size = 2) => String(Math.abs(value)).padStart(size, "0");

/** An instant as a datetime-local input shows it in this browser's zone: "2026-12-03T10:00". */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A datetime-local value, read in this browser's zone, as ISO 8601 with its UTC offset
 * ("2026-07-03T10:00:00+01:00"): the instant the person meant, and the API refuses a time
 * without an offset. null when the value is not a date-time. A time that the clocks skip
 * (spring forward) becomes the time the clock shows an hour later, as the browser reads it.
 */
export function fromLocalInput(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year!, month! - 1, day!, hour!, minute!, second!);
  if (Number.isNaN(date.getTime()) || date.getDate() !== day) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** The week ahead from `now`, for the "This week" filter: {from, to} as ISO instants. */
export function thisWeek(now: Date = new Date()): { from: string; to: string } {
  return { from: now.toISOString(), to: new Date(now.getTime() + 7 * 24 * 3600 * 1000).toISOString() };
}
