// What the meet-up screens share: the API's types and paths, the kinds in words, and the
// rules a screen needs to say what a member can do (the server decides; this only explains).
import type { QueryClient } from "@tanstack/react-query";

import type { Schemas } from "../api/client";

export type Meetup = Schemas["MeetupRead"];
export type MyRsvp = Schemas["MyRsvp"];
export type MeetupKind = Meetup["kind"];
export type RsvpAnswer = Schemas["RsvpUpdate"]["status"];

export const MEETUPS_PATH = "/api/v1/meetups";
export const MEETUP_PATH = "/api/v1/meetups/{meetup_id}";

export const KINDS: { value: MeetupKind; label: string }[] = [
  { value: "playgroup", label: "Playgroup" },
  { value: "coffee", label: "Coffee" },
  { value: "park", label: "Park" },
  { value: "class", label: "Class" },
  { value: "online", label: "Online" },
  { value: "other", label: "Other" },
];

export function kindLabel(kind: MeetupKind): string {
  return KINDS.find((item) => item.value === kind)?.label ?? kind;
}

export function meetupInit(meetupId: number) {
  return { params: { path: { meetup_id: meetupId } } } as const;
}

/** The cache key of one meet-up (GET /meetups/{id}), as $api.useQuery makes it. */
export function meetupKey(meetupId: number) {
  return ["get", MEETUP_PATH, meetupInit(meetupId)] as const;
}

/** After a change: the meet-up and every list that may show it are read again. */
export function refreshMeetup(client: QueryClient, meetupId: number) {
  void client.invalidateQueries({ queryKey: meetupKey(meetupId) });
  void client.invalidateQueries({ queryKey: ["get", MEETUPS_PATH] });
}

/** Every place is taken (a meet-up without a capacity never is). */
export function isFull(meetup: Pick<Meetup, "capacity" | "going_count">): boolean {
  return meetup.capacity !== null && meetup.going_count >= meetup.capacity;
}

/** It has started (or is over): answers are closed. */
export function hasStarted(meetup: Pick<Meetup, "starts_at">, now: number = Date.now()): boolean {
  return new Date(meetup.starts_at).getTime() <= now;
}

/** "3 going of 10 places", "3 going". */
export function placesText(meetup: Pick<Meetup, "capacity" | "going_count">): string {
  return meetup.capacity === null
    ? `${meetup.going_count} going`
    : `${meetup.going_count} going of ${meetup.capacity} ${meetup.capacity === 1 ? "place" : "places"}`;
}

/** The member's own answer in words, or null when she has none. */
export function rsvpSentence(rsvp: MyRsvp | null | undefined): string | null {
  if (!rsvp) return null;
  if (rsvp.status === "pending") return "Waiting for the host's yes.";
  if (rsvp.status === "going" && rsvp.waitlisted) {
    return rsvp.position
      ? `You're number ${rsvp.position} on the waitlist. If a place frees up, it's yours and we'll tell you.`
      : "You're on the waitlist. If a place frees up, we'll tell you.";
  }
  if (rsvp.status === "going") return "You're going. See you there!";
  if (rsvp.status === "maybe") return "You said maybe.";
  return "You said you can't go.";
}

/** A short badge for lists: "Going", "Waitlist #2", "Waiting for the host". */
export function rsvpBadge(rsvp: MyRsvp | null | undefined): string | null {
  if (!rsvp) return null;
  if (rsvp.status === "pending") return "Waiting for the host";
  if (rsvp.status === "going") return rsvp.waitlisted ? `Waitlist${rsvp.position ? ` #${rsvp.position}` : ""}` : "You're going";
  if (rsvp.status === "maybe") return "Maybe";
  return null;
}
