// The header's bell: the unread count in its accessible name, kept live by the member's
// notification stream (a real text/event-stream answer read by the app's SSE client).
import { focusManager } from "@tanstack/react-query";
import { act, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../../api/client";
import { fakeEventStream, type FakeEventStream } from "../../test/event-stream";
import { json, meAs, problem, renderAt, userRef } from "../../pages/mod/testing";
import { NotificationBell } from "./NotificationBell";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

const COUNT = "/api/v1/notifications/unread-count";
const GRACE = meAs("member", 5, "grace_l");

function notification(id: number, fields: Partial<Schemas["NotificationRead"]> = {}): Schemas["NotificationRead"] {
  return {
    id,
    kind: "reply",
    created_at: "2026-12-01T06:00:00Z",
    read_at: null,
    thread: { id: 7, title: "Sleep regressions" },
    post: { id: 70, number: 3 },
    actor: userRef(4, "priya_k"),
    anonymous_label: null,
    action: null,
    reason: null,
    meetup_id: null,
    ...fields,
  };
}

let unread = 3;

function show(stream: FakeEventStream | null) {
  fake.on("GET", COUNT, () => json(200, { count: unread }));
  fake.on("GET", "/api/v1/events", () =>
    stream ? stream.response() : problem(404, "No such stream.", "/problems/not-found"),
  );
  renderAt(fake, <NotificationBell viewerId={GRACE.id} />, { path: "/", route: "/", me: GRACE });
}

function streamRequests() {
  return fake.calls("GET", "/api/v1/events");
}

beforeEach(() => {
  fake.reset();
  unread = 3;
});

afterEach(() => {
  focusManager.setFocused(undefined);
});

describe("NotificationBell", () => {
  test("links to the notifications page and says how many are unread", async () => {
    show(fakeEventStream());
    const bell = await screen.findByRole("link", { name: "Notifications, 3 unread" });
    expect(bell.getAttribute("href")).toBe("/notifications");
    // The number shows once, visibly, and is not read twice.
    expect(bell.querySelector(".bell-count")?.textContent).toBe("3");
    expect(bell.querySelector(".bell-count")?.getAttribute("aria-hidden")).toBe("true");
  });

  test("nothing unread: just “Notifications”, the badge's place kept empty", async () => {
    unread = 0;
    show(fakeEventStream());
    await waitFor(() => expect(fake.calls("GET", COUNT)).toHaveLength(1));
    const bell = await screen.findByRole("link", { name: "Notifications" });
    expect(bell.querySelector(".bell-count")?.textContent).toBe("");
  });

  test("a notification that arrives live adds one at once, without asking the server again", async () => {
    const stream = fakeEventStream();
    show(stream);
    await screen.findByRole("link", { name: "Notifications, 3 unread" });
    await waitFor(() => expect(streamRequests()).toHaveLength(1));
    const [request] = streamRequests();
    expect(request?.url.searchParams.get("notifications")).toBe("true");
    expect(request?.headers.get("Authorization")).toBe("Bearer access");

    // Nothing said on loading the count; said politely when it goes up.
    const news = document.querySelector('.visually-hidden[role="status"]');
    expect(news?.getAttribute("aria-live")).toBe("polite");
    expect(news?.textContent).toBe("");
    act(() => stream.send("notification.created", notification(11), 11));
    expect(await screen.findByRole("link", { name: "Notifications, 4 unread" })).toBeTruthy();
    expect(news?.textContent).toBe("4 unread notifications");
    // The same event replayed after a reconnect is counted once.
    act(() => stream.send("notification.created", notification(11), 11));
    act(() => stream.send("notification.created", notification(12, { read_at: "2026-12-01T06:01:00Z" }), 12));
    act(() => stream.send("notification.created", notification(13, { kind: "mention" }), 13));
    expect(await screen.findByRole("link", { name: "Notifications, 5 unread" })).toBeTruthy();
    expect(fake.calls("GET", COUNT)).toHaveLength(1);
  });

  test("more than 99 shows 99+, the name keeps the number", async () => {
    unread = 120;
    show(fakeEventStream());
    const bell = await screen.findByRole("link", { name: "Notifications, 120 unread" });
    expect(bell.querySelector(".bell-count")?.textContent).toBe("99+");
  });

  test("a refused stream is not asked again; the count is read again when the window regains focus", async () => {
    show(null);
    await screen.findByRole("link", { name: "Notifications, 3 unread" });
    await waitFor(() => expect(streamRequests()).toHaveLength(1));

    unread = 6;
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    expect(await screen.findByRole("link", { name: "Notifications, 6 unread" })).toBeTruthy();
    expect(streamRequests()).toHaveLength(1);
  });

  test("with the stream open, focus alone does not ask for the count", async () => {
    show(fakeEventStream());
    await screen.findByRole("link", { name: "Notifications, 3 unread" });
    await waitFor(() => expect(streamRequests()).toHaveLength(1));
    // Open: the first bytes are only written once the test sends something.
    await new Promise((resolve) => setTimeout(resolve, 50));
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls("GET", COUNT)).toHaveLength(1);
  });
});
