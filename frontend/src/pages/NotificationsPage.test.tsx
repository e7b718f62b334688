// The notifications page: one plain sentence per notification (anonymous authors by their
// label, moderation by "the moderators" with the reason), unread ones marked, following one
// marks it read, "Mark all as read", "Show unread only", and "Load more".
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../api/client";
import { createAppQueryClient } from "../api/query";
import { countKey } from "../components/notifications/queries";
import { notificationSentence } from "../components/notifications/sentences";
import { json, meAs, noContent, renderAt, userRef } from "./mod/testing";
import { NotificationsPage } from "./NotificationsPage";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

type Notification = Schemas["NotificationRead"];

const GRACE = meAs("member", 5, "grace_l");
const THREAD = { id: 7, title: "Sleep regressions" };

function notification(id: number, fields: Partial<Notification> = {}): Notification {
  return {
    id,
    kind: "reply",
    created_at: "2026-12-01T06:00:00Z",
    read_at: null,
    thread: THREAD,
    post: { id: 70 + id, number: id },
    actor: userRef(4, "priya_k"),
    anonymous_label: null,
    action: null,
    reason: null,
    meetup_id: null,
    ...fields,
  };
}

const REPLY = notification(9);
const MENTION = notification(8, { kind: "mention", actor: null, anonymous_label: "Anonymous 2" });
const HIDDEN = notification(7, {
  kind: "moderation",
  actor: null,
  action: "hidden",
  reason: "Please keep medical advice general.",
  read_at: "2026-12-01T05:00:00Z",
});

function show(path = "/notifications") {
  const client = createAppQueryClient();
  client.setQueryData(countKey(), { count: 2 });
  renderAt(fake, <NotificationsPage />, { path, route: "/notifications", me: GRACE, client });
  return client;
}

beforeEach(() => {
  fake.reset();
});

describe("notificationSentence", () => {
  test("each kind in plain words", () => {
    expect(notificationSentence(REPLY)).toBe("Priya replied to your post in “Sleep regressions”");
    expect(notificationSentence(notification(1, { kind: "quote" }))).toBe(
      "Priya quoted your post in “Sleep regressions”",
    );
    expect(notificationSentence(notification(1, { kind: "watching" }))).toBe("Priya posted in “Sleep regressions”");
  });

  test("an anonymous author is their label, and never anyone else", () => {
    expect(notificationSentence(MENTION)).toBe("Anonymous 2 mentioned you in “Sleep regressions”");
    expect(notificationSentence(notification(1, { actor: null }))).toBe(
      "Someone replied to your post in “Sleep regressions”",
    );
  });

  test("moderation: what was done, by the moderators, and why", () => {
    expect(notificationSentence(HIDDEN)).toBe(
      "Your post in “Sleep regressions” was hidden by the moderators: Please keep medical advice general.",
    );
    expect(notificationSentence({ ...HIDDEN, action: "deleted", reason: null })).toBe(
      "Your post in “Sleep regressions” was deleted by the moderators.",
    );
    expect(notificationSentence({ ...HIDDEN, action: "restored", reason: null })).toBe(
      "Your post in “Sleep regressions” was restored by the moderators.",
    );
    expect(notificationSentence({ ...HIDDEN, action: "flag_resolved", reason: null })).toBe(
      "The moderators looked at your report about a post in “Sleep regressions”.",
    );
  });
});

describe("NotificationsPage", () => {
  test("newest first, unread ones marked, each a link to its post", async () => {
    fake.on("GET", "/api/v1/notifications", () => json(200, { items: [REPLY, MENTION, HIDDEN], next_cursor: null }));
    show();

    const list = await screen.findByRole("list", { name: "Notifications" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector(".notification-text")?.textContent)).toEqual([
      "Unread: Priya replied to your post in “Sleep regressions”",
      "Unread: Anonymous 2 mentioned you in “Sleep regressions”",
      "Your post in “Sleep regressions” was hidden by the moderators: Please keep medical advice general.",
    ]);
    const link = within(list).getByRole("link", { name: "Priya replied to your post in “Sleep regressions”" });
    expect(link.getAttribute("href")).toBe("/t/7#post-9");
    expect(items[0]?.className).toContain("is-unread");
    expect(items[2]?.className).not.toContain("is-unread");
    expect(document.title).toBe("Notifications · Village");
  });

  test("following one marks it read, here and in the bell's count", async () => {
    fake.on("GET", "/api/v1/notifications", () => json(200, { items: [REPLY, MENTION], next_cursor: null }));
    fake.on("POST", "/api/v1/notifications/read", () => noContent());
    const client = show();

    await userEvent.click(await screen.findByRole("link", { name: /Priya replied/ }));
    await waitFor(() => expect(fake.calls("POST", "/api/v1/notifications/read")).toHaveLength(1));
    expect(fake.calls("POST", "/api/v1/notifications/read")[0]?.body).toEqual({ ids: [9] });
    expect(client.getQueryData(countKey())).toEqual({ count: 1 });
    expect(await screen.findByText("Elsewhere")).toBeTruthy();
  });

  test("Mark all as read", async () => {
    fake.on("GET", "/api/v1/notifications", () => json(200, { items: [REPLY, MENTION, HIDDEN], next_cursor: null }));
    fake.on("POST", "/api/v1/notifications/read", () => noContent());
    const client = show();

    await userEvent.click(await screen.findByRole("button", { name: "Mark all as read" }));
    await waitFor(() => expect(document.querySelectorAll(".notification.is-unread")).toHaveLength(0));
    expect(fake.calls("POST", "/api/v1/notifications/read")[0]?.body).toEqual({ all: true });
    expect(client.getQueryData(countKey())).toEqual({ count: 0 });
    expect(screen.getByRole("button", { name: "Mark all as read" })).toHaveProperty("disabled", true);
  });

  test("Show unread only asks for unread ones, and says when there are none", async () => {
    fake.on("GET", "/api/v1/notifications", (request) =>
      request.url.searchParams.get("unread") === "true"
        ? json(200, { items: [], next_cursor: null })
        : json(200, { items: [HIDDEN], next_cursor: null }),
    );
    show();
    await screen.findByText(/was hidden by the moderators/);

    await userEvent.click(screen.getByRole("checkbox", { name: "Show unread only" }));
    expect(await screen.findByText("Nothing unread. You are all caught up.")).toBeTruthy();
    const asked = fake.calls("GET", "/api/v1/notifications").map((request) => request.url.searchParams.get("unread"));
    expect(asked).toEqual([null, "true"]);
  });

  test("Load more follows the cursor", async () => {
    fake.on("GET", "/api/v1/notifications", (request) =>
      request.url.searchParams.get("cursor") === "c2"
        ? json(200, { items: [HIDDEN], next_cursor: null })
        : json(200, { items: [REPLY, MENTION], next_cursor: "c2" }),
    );
    show();
    await userEvent.click(await screen.findByRole("button", { name: "Load older notifications" }));
    expect(await screen.findByText(/was hidden by the moderators/)).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "Load older notifications" })).toBeNull();
  });

  test("visitors are sent to sign in", async () => {
    renderAt(fake, <NotificationsPage />, { path: "/notifications", route: "/notifications", me: null });
    expect(await screen.findByText("Elsewhere")).toBeTruthy();
  });
});
