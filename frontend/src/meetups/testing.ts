// Test support for the meet-up screens: a meet-up as the API returns it. Imported by
// *.test.tsx only.
import type { Meetup } from "./meetups";

export function sampleMeetup(fields: Partial<Meetup> = {}): Meetup {
  return {
    id: 41,
    group: null,
    title: "Thursday playgroup",
    description: "Bring a snack.\n\nWe sit by the <b>big</b> window.",
    kind: "playgroup",
    starts_at: "2099-12-03T10:00:00Z",
    ends_at: "2099-12-03T11:30:00Z",
    venue: "Chapel Allerton library, children's corner",
    area: "Leeds North",
    capacity: 2,
    going_count: 1,
    waitlist_count: 0,
    maybe_count: 0,
    pending_count: 0,
    my_rsvp: null,
    host: { id: 9, username: "hana_host", display_name: "Hana", role: "member" },
    is_cancelled: false,
    requires_approval: false,
    thread_id: 300,
    created_at: "2026-11-30T10:00:00Z",
    updated_at: "2026-11-30T10:00:00Z",
    ...fields,
  };
}
