// Home: the latest threads across the forum, with what is new for a member, beside the
// categories.
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { HomePage } from "./HomePage";
import { json, meAs, renderAt, sampleThread } from "./mod/testing";

const SLEEP = {
  id: 1,
  slug: "sleep",
  name: "Sleep",
  description: "Naps",
  description_html: "<p>Naps</p>",
  position: 0,
  thread_count: 4,
  post_count: 12,
  last_post_at: null,
};

beforeEach(() => {
  fake.reset();
});

describe("HomePage", () => {
  it("shows the latest threads across the forum beside the categories", async () => {
    fake.on("GET", "/api/v1/categories", () => json(200, [SLEEP]));
    fake.on("GET", "/api/v1/threads", (request) => {
      expect(Object.fromEntries(request.url.searchParams)).toEqual({ sort: "active", limit: "10" });
      return json(200, {
        items: [
          {
            ...sampleThread({ id: 3, title: "Four month regression", category: { id: 1, slug: "sleep", name: "Sleep", kind: "forum" } }),
            last_read_number: 2,
            unread_count: 2,
            subscription: "watching",
          },
        ],
        next_cursor: "more",
      });
    });
    renderAt(fake, <HomePage />, { path: "/", route: "/", me: meAs("member", 5, "grace_l") });

    const latest = await screen.findByRole("list", { name: "Latest threads" });
    const card = within(latest).getByRole("listitem");
    expect(within(card).getByRole("link", { name: "Four month regression" }).getAttribute("href")).toBe("/t/3#post-3");
    expect(card.textContent).toContain("2 new posts");
    expect(card.textContent).toContain("Sleep ·");
    expect(screen.getByRole("button", { name: "Load more threads" })).toBeTruthy();

    const categories = await screen.findByRole("list", { name: "Categories" });
    expect(within(categories).getByRole("link", { name: "Sleep" }).getAttribute("href")).toBe("/c/sleep");
    expect(screen.getByRole("heading", { level: 2, name: "Latest threads" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Categories" })).toBeTruthy();
  });

  it("says what to do when the forum has no threads yet", async () => {
    fake.on("GET", "/api/v1/categories", () => json(200, [SLEEP]));
    fake.on("GET", "/api/v1/threads", () => json(200, { items: [], next_cursor: null }));
    renderAt(fake, <HomePage />, { path: "/", route: "/", me: null });
    expect(await screen.findByText(/Nothing here yet: pick a category/)).toBeTruthy();
  });
});
