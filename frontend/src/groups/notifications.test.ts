// Meet-up notifications: one plain sentence per action, each leading to the meet-up's page.
import { describe, expect, test } from "vitest";

import type { Schemas } from "../api/client";
import { notificationHref, notificationSentence } from "../components/notifications/sentences";

type Notification = Schemas["NotificationRead"];

function meetup(action: Notification["action"], fields: Partial<Notification> = {}): Notification {
  return {
    id: 1,
    kind: "meetup",
    created_at: "2026-12-01T06:00:00Z",
    read_at: null,
    thread: { id: 40, title: "Thursday playgroup" },
    post: null,
    actor: null,
    anonymous_label: null,
    action,
    reason: null,
    meetup_id: 12,
    ...fields,
  };
}

describe("meet-up notifications", () => {
  test("say what happened, by action", () => {
    expect(notificationSentence(meetup("promoted"))).toBe(
      "You have a place at “Thursday playgroup”: someone made room, you’re going.",
    );
    expect(notificationSentence(meetup("approved"))).toBe("The host said yes: you have a place at “Thursday playgroup”.");
    expect(notificationSentence(meetup("reminder"))).toBe("“Thursday playgroup” is tomorrow.");
    expect(notificationSentence(meetup("cancelled", { reason: "The hall flooded" }))).toBe(
      "“Thursday playgroup” was cancelled: The hall flooded",
    );
    expect(notificationSentence(meetup("cancelled"))).toBe("“Thursday playgroup” was cancelled.");
    expect(
      notificationSentence(
        meetup("changed", { actor: { id: 3, username: "priya_k", display_name: "Priya", role: "member" } }),
      ),
    ).toBe("Priya changed the details of “Thursday playgroup”: check the time and place.");
    expect(notificationSentence(meetup("changed"))).toBe(
      "The details of “Thursday playgroup” changed: check the time and place.",
    );
    expect(notificationSentence(meetup("reminder", { thread: null }))).toBe("A meet-up you answered is tomorrow.");
  });

  test("lead to the meet-up's page", () => {
    expect(notificationHref(meetup("promoted"))).toBe("/meetups/12");
    expect(notificationHref(meetup("reminder", { thread: null }))).toBe("/meetups/12");
    // Without a meet-up, its thread as before.
    expect(notificationHref(meetup("changed", { meetup_id: null }))).toBe("/t/40");
  });
});
