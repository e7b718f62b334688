// The thread page in a long thread: a #post-N link beyond the first page loads from N (and
// earlier posts on asking), "Jump to first unread" for a member who opened it with posts to
// catch up on, "Jump to latest", the watch control for members only.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../api/client";
import { json, meAs, renderAt, samplePost, sampleThread } from "./mod/testing";
import { ThreadPage } from "./ThreadPage";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

type PostData = Schemas["PostRead"];
type Thread = Schemas["ThreadRead"];

const LAST = 60;
const GRACE = meAs("member", 5, "grace_l");

function thread(reading: Partial<Thread> = {}): Thread {
  return {
    ...sampleThread({ id: 7, title: "Sleep regressions, the long thread", post_count: LAST }),
    last_read_number: null,
    unread_count: null,
    subscription: null,
    ...reading,
  };
}

function post(number: number): PostData {
  return samplePost({ id: 100 + number, thread_id: 7, number, body: `Post ${number}`, body_html: `<p>Post ${number}</p>` });
}

/** Posts 1..LAST except `missing`, served as the API pages them (20 a page). */
function servePosts(missing: number[] = []) {
  const all = Array.from({ length: LAST }, (_, index) => post(index + 1)).filter(
    (item) => !missing.includes(item.number),
  );
  fake.on("GET", "/api/v1/threads/7/posts", (request) => {
    const query = request.url.searchParams;
    const limit = Number(query.get("limit") ?? 20);
    const before = query.get("before_number");
    if (before) {
      const items = all.filter((item) => item.number < Number(before)).slice(-limit);
      return json(200, { items, next_cursor: null });
    }
    const from = Number(query.get("cursor") ?? query.get("from_number") ?? 1);
    const rest = all.filter((item) => item.number >= from);
    const items = rest.slice(0, limit);
    const next = rest[limit];
    return json(200, { items, next_cursor: next ? String(next.number) : null });
  });
  fake.on("GET", "/api/v1/events", () => json(503, { type: "/problems/unavailable", title: "x", status: 503 }));
}

function postsAsked(): Record<string, string>[] {
  return fake
    .calls("GET", "/api/v1/threads/7/posts")
    .map((request) => Object.fromEntries(request.url.searchParams));
}

function shown(): number[] {
  return [...document.querySelectorAll("article[id^='post-']")].map((article) =>
    Number(article.id.replace("post-", "")),
  );
}

function show(path: string, data: Thread, me: Schemas["MeRead"] | null) {
  fake.on("GET", "/api/v1/threads/7", () => json(200, data));
  renderAt(fake, <ThreadPage />, { path, route: "/t/:threadId", me });
}

describe("ThreadPage: long threads", () => {
  beforeEach(() => {
    fake.reset();
    localStorage.clear();
    window.scrollTo = vi.fn();
  });

  test("a link to a post beyond the first page loads from it, and earlier posts on asking", async () => {
    servePosts();
    show("/t/7#post-45", thread(), null);
    expect(await screen.findByText("Post 45")).toBeTruthy();
    expect(shown()[0]).toBe(45);
    expect(postsAsked()).toEqual([{ limit: "20", from_number: "45" }]);

    await userEvent.click(screen.getByRole("button", { name: "Show earlier posts" }));
    expect(await screen.findByText("Post 25")).toBeTruthy();
    expect(shown().slice(0, 2)).toEqual([25, 26]);
    await userEvent.click(screen.getByRole("button", { name: "Show earlier posts" }));
    expect(await screen.findByText("Post 5")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Show earlier posts" }));
    expect(await screen.findByText("Post 1")).toBeTruthy();
    // The start is loaded: nothing earlier to offer.
    expect(screen.queryByRole("button", { name: "Show earlier posts" })).toBeNull();
    expect(postsAsked().slice(1)).toEqual([
      { limit: "20", before_number: "45" },
      { limit: "20", before_number: "25" },
      { limit: "20", before_number: "5" },
    ]);
  });

  test("a link to a post this reader cannot see lands on the next one", async () => {
    servePosts([45]);
    show("/t/7#post-45", thread(), null);
    await screen.findByText("Post 46");
    await waitFor(() => expect(document.getElementById("post-46")?.className).toContain("is-target"));
  });

  test("a member with posts to catch up on is offered the first unread, loaded from there", async () => {
    servePosts();
    show("/t/7", thread({ last_read_number: 40, unread_count: 20, subscription: "watching" }), GRACE);
    expect(await screen.findByText("20 new posts since you last read.")).toBeTruthy();
    expect(shown()[0]).toBe(1);
    await userEvent.click(screen.getByRole("button", { name: "Jump to first unread" }));
    expect(await screen.findByText("Post 41")).toBeTruthy();
    expect(shown()[0]).toBe(41);
    expect(postsAsked().at(-1)).toEqual({ limit: "20", from_number: "41" });
    expect(screen.queryByText(/since you last read/)).toBeNull();
    await waitFor(() => expect(window.scrollTo).toHaveBeenCalled());
  });

  test("the first unread already on the page is reached without a request", async () => {
    servePosts();
    show("/t/7", thread({ last_read_number: 4, unread_count: 56 }), GRACE);
    await userEvent.click(await screen.findByRole("button", { name: "Jump to first unread" }));
    await waitFor(() => expect(document.getElementById("post-5")?.className).toContain("is-target"));
    expect(postsAsked()).toHaveLength(1);
  });

  test("Jump to latest loads the last page", async () => {
    servePosts();
    show("/t/7", thread(), null);
    await userEvent.click(await screen.findByRole("button", { name: "Jump to latest" }));
    expect(await screen.findByText(`Post ${LAST}`)).toBeTruthy();
    expect(shown()).toEqual(Array.from({ length: 20 }, (_, index) => LAST - 19 + index));
    expect(postsAsked().at(-1)).toEqual({ limit: "20", before_number: "2147483647" });
    await waitFor(() => expect(document.getElementById(`post-${LAST}`)?.className).toContain("is-target"));
    // A visitor is offered no unread jump and no watch control.
    expect(screen.queryByText(/since you last read/)).toBeNull();
    expect(screen.queryByText(/^Notifications:/)).toBeNull();
  });

  test("a member sees their watch level", async () => {
    servePosts();
    show("/t/7", thread({ last_read_number: 60, unread_count: 0, subscription: "muted" }), GRACE);
    expect((await screen.findByText(/^Notifications:/)).textContent).toBe("Notifications: Muted");
    expect(screen.queryByText(/since you last read/)).toBeNull();
  });
});
