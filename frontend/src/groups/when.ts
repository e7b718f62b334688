// A meet-up's time as the viewer reads it: in her own time zone, the day first.
export function meetupWhen(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(new Date(iso));
}

const KINDS: Record<string, string> = {
  playgroup: "Playgroup",
  coffee: "Coffee",
  park: "Park",
  class: "Class",
  online: "Online",
  other: "Meet-up",
};

/** "Playgroup", "Coffee", … for a meet-up's kind. */
export function kindLabel(kind: string): string {
  return KINDS[kind] ?? "Meet-up";
}
