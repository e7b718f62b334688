import { focusManager } from "@tanstack/react-query";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "./api/client";
import { App } from "./App";
import { QUEUE_COUNT_POLL_MS } from "./components/mod/queueCount";
import { json, meAs, renderAt, samplePost, userRef } from "./pages/mod/testing";

const fake = await vi.hoisted(async () => (await import("./test/fake-api")).installFakeApi());

const COUNT = "/api/v1/moderation/queue/count";

const ITEM: Schemas["QueueItemRead"] = {
  id: 17,
  post: samplePost({ id: 17, thread_id: 5, number: 2, author: userRef(4, "priya_k") }),
  thread: { id: 5, title: "Bedtime battles" },
  flags: [],
  flag_count: 1,
  first_flagged_at: "2026-11-25T11:05:00Z",
  claimed_by: null,
};

let waiting = 3;

function show(me: Schemas["MeRead"] | null, path = "/") {
  return renderAt(fake, <App />, { path, route: "/*", me });
}

function nav() {
  return screen.getByRole("navigation", { name: "Main" });
}

beforeEach(() => {
  fake.reset();
  waiting = 3;
  fake.on("GET", COUNT, () => json(200, { open: waiting }));
  fake.on("GET", "/api/v1/categories", () => json(200, []));
});

afterEach(() => {
  vi.useRealTimers();
  focusManager.setFocused(undefined);
});

describe("Header: the review queue's count", () => {
  test("a moderator sees how many wait, in words for screen readers too", async () => {
    show(meAs("moderator"));

    const link = await within(nav()).findByRole("link", { name: "Review queue, 3 waiting" });
    expect(link.getAttribute("href")).toBe("/mod/queue");
    // The number shows once, visibly, and is not read twice.
    expect(within(link).getByText("3").getAttribute("aria-hidden")).toBe("true");
    // The folded menu's button carries it too, for phones.
    expect(
      within(nav()).getByRole("button", { name: "Menu, 3 waiting in the review queue" }),
    ).toBeTruthy();
  });

  test("nothing waiting: no badge", async () => {
    waiting = 0;
    show(meAs("moderator"));
    await waitFor(() => expect(fake.calls("GET", COUNT)).toHaveLength(1));
    const link = await within(nav()).findByRole("link", { name: "Review queue" });
    await waitFor(() => expect(link.textContent).toBe("Review queue"));
    expect(within(nav()).getByRole("button", { name: "Menu" })).toBeTruthy();
  });

  test("a member is never asked for the count and sees no queue link", async () => {
    show(meAs("member", 4, "priya_k"));
    expect(await within(nav()).findByRole("link", { name: "Priya" })).toBeTruthy();
    expect(within(nav()).queryByRole("link", { name: /Review queue/ })).toBeNull();
    expect(fake.calls("GET", COUNT)).toHaveLength(0);
  });

  test("polled every 30 seconds and when the window regains focus", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    show(meAs("moderator"));
    await within(nav()).findByRole("link", { name: "Review queue, 3 waiting" });
    expect(fake.calls("GET", COUNT)).toHaveLength(1);

    waiting = 4;
    await act(() => vi.advanceTimersByTimeAsync(QUEUE_COUNT_POLL_MS));
    expect(await within(nav()).findByRole("link", { name: "Review queue, 4 waiting" })).toBeTruthy();
    expect(fake.calls("GET", COUNT)).toHaveLength(2);

    waiting = 5;
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    expect(await within(nav()).findByRole("link", { name: "Review queue, 5 waiting" })).toBeTruthy();
  });

  test("asked again at once after a moderation action", async () => {
    fake.on("GET", "/api/v1/moderation/queue", () => json(200, { items: [ITEM], next_cursor: null }));
    fake.on("POST", "/api/v1/moderation/posts/17/resolve", () => {
      waiting = 2;
      return json(200, ITEM.post);
    });
    show(meAs("moderator"), "/mod/queue");
    const user = userEvent.setup();

    await within(nav()).findByRole("link", { name: "Review queue, 3 waiting" });
    await user.click(await screen.findByRole("button", { name: "Dismiss reports" }));
    expect(await within(nav()).findByRole("link", { name: "Review queue, 2 waiting" })).toBeTruthy();
    expect(fake.calls("GET", COUNT)).toHaveLength(2);
  });
});

describe("Header: the menu on small screens", () => {
  test("a disclosure button: expands, collapses with Escape back to itself", async () => {
    show(meAs("moderator"));
    const user = userEvent.setup();
    const button = await within(nav()).findByRole("button", { name: /^Menu/ });
    const menu = document.getElementById(button.getAttribute("aria-controls") ?? "");
    expect(menu?.className).toBe("site-menu");
    expect(button.getAttribute("aria-expanded")).toBe("false");

    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(menu?.className).toBe("site-menu is-open");

    within(menu as HTMLElement).getByRole("link", { name: "Settings" }).focus();
    await user.keyboard("{Escape}");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });

  test("following a link closes it", async () => {
    fake.on("GET", "/api/v1/moderation/log", () => json(200, { items: [], next_cursor: null }));
    show(meAs("moderator"));
    const user = userEvent.setup();
    const button = await within(nav()).findByRole("button", { name: /^Menu/ });

    await user.click(button);
    await user.click(within(nav()).getByRole("link", { name: "Log" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Moderation log" })).toBeTruthy();
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });
});
