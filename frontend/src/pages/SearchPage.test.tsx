// Search: the request the filters make, results with the highlighted excerpt (only <mark>
// from the server), anonymous authors by their label, paging, the empty state and its hint,
// and a 429 in plain words. The header's box leads here.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { jsonResponse } from "../test/page-request";
import { HeaderSearch } from "../components/search/HeaderSearch";
import type { SearchHit } from "../components/search/searchTypes";
import { json, renderAt, samplePost, userRef } from "./mod/testing";
import { SearchPage } from "./SearchPage";

const CATEGORIES = [
  { id: 1, slug: "sleep", name: "Sleep", description: "", description_html: "", position: 0, thread_count: 1, post_count: 1, last_post_at: null },
  { id: 2, slug: "feeding", name: "Feeding", description: "", description_html: "", position: 1, thread_count: 1, post_count: 1, last_post_at: null },
];

function hit(id: number, title: string, snippet: string, fields: Partial<SearchHit["post"]> = {}): SearchHit {
  return {
    post: samplePost({ id, thread_id: id + 1000, number: 3, author: userRef(4, "priya_k"), ...fields }),
    thread: { id: id + 1000, title },
    snippet_html: snippet,
  };
}

function show(path: string) {
  fake.on("GET", "/api/v1/categories", () => json(200, CATEGORIES));
  renderAt(fake, <SearchPage />, { path, route: "/search", me: null });
}

function searches() {
  return fake.calls("GET", "/api/v1/search").map((request) => Object.fromEntries(request.url.searchParams));
}

beforeEach(() => {
  fake.reset();
});

describe("SearchPage", () => {
  it("shows each match: its thread, author, post and the excerpt with the words highlighted", async () => {
    fake.on("GET", "/api/v1/search", () =>
      json(200, {
        items: [
          hit(1, "Reflux at night", "…she had <mark>reflux</mark> &amp; woke…"),
          hit(2, "Anyone else?", "…<mark>reflux</mark> meds…", {
            author: null,
            anonymous: true,
            anonymous_label: "Anonymous 2",
          }),
        ],
        next_cursor: null,
      }),
    );
    show("/search?q=reflux");
    const results = await screen.findByRole("list", { name: "Search results" });
    const items = within(results).getAllByRole("listitem");
    expect(within(items[0]!).getByRole("link", { name: "Reflux at night" }).getAttribute("href")).toBe("/t/1001#post-3");
    expect(items[0]!.textContent).toContain("Priya · post #3");
    const marks = items[0]!.querySelectorAll(".search-snippet mark");
    expect([...marks].map((mark) => mark.textContent)).toEqual(["reflux"]);
    expect(items[0]!.querySelector(".search-snippet")!.textContent).toBe("…she had reflux & woke…");
    expect(items[1]!.textContent).toContain("Anonymous 2 · post #3");
    expect(screen.getByText("2 matches.")).toBeTruthy();
    expect(searches()).toEqual([{ q: "reflux", limit: "20" }]);
    expect(document.title).toBe("Search: reflux · Village");
  });

  it("sends the category and author filters, and pages on with the cursor", async () => {
    fake.on("GET", "/api/v1/search", (request) =>
      request.url.searchParams.get("cursor")
        ? json(200, { items: [hit(2, "Second", "two")], next_cursor: null })
        : json(200, { items: [hit(1, "First", "one")], next_cursor: "c1" }),
    );
    show("/search?q=%22night+feeds%22+-bottle");
    await screen.findByRole("link", { name: "First" });
    await userEvent.selectOptions(screen.getByLabelText("Category"), "feeding");
    await userEvent.type(screen.getByLabelText("Written by (username, optional)"), "@priya_k");
    await userEvent.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(searches()).toHaveLength(2));
    // The form starts again from the address: the filters stay chosen.
    expect((screen.getByLabelText("Category") as HTMLSelectElement).value).toBe("feeding");
    await userEvent.click(await screen.findByRole("button", { name: "Load more results" }));
    expect(await screen.findByRole("link", { name: "Second" })).toBeTruthy();
    expect(searches()).toEqual([
      { q: '"night feeds" -bottle', limit: "20" },
      { q: '"night feeds" -bottle', limit: "20", category: "feeding", author: "priya_k" },
      { q: '"night feeds" -bottle', limit: "20", category: "feeding", author: "priya_k", cursor: "c1" },
    ]);
  });

  it("says plainly when nothing matched, and how to widen the search", async () => {
    fake.on("GET", "/api/v1/search", () => json(200, { items: [], next_cursor: null }));
    show("/search?q=colic&category=sleep");
    expect((await screen.findByText(/Nothing matched/)).textContent).toContain(
      "Nothing matched “colic” with these filters.",
    );
    expect(screen.getByRole("link", { name: "all categories and authors" }).getAttribute("href")).toBe(
      "/search?q=colic",
    );
    expect(screen.getByText(/Use quotes for a phrase/).textContent).toBe(
      'Use quotes for a phrase ("night feeds"), -word to exclude.',
    );
  });

  it("says when to try again after searching too often", async () => {
    fake.on("GET", "/api/v1/search", () =>
      jsonResponse(
        429,
        { type: "/problems/rate-limited", title: "Too many requests", status: 429, detail: "Slow down." },
        { "Retry-After": "12" },
      ),
    );
    show("/search?q=teething");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Too many tries in a short time — try again in 12 seconds.",
    );
  });

  it("with nothing to search for yet, asks nothing of the server and the box is ready", async () => {
    show("/search");
    expect(await screen.findByText(/Type a few words/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("searchbox", { name: "Search for" }));
    expect(searches()).toEqual([]);
  });
});

describe("HeaderSearch", () => {
  it("takes the words to the search page", async () => {
    fake.on("GET", "/api/v1/categories", () => json(200, CATEGORIES));
    fake.on("GET", "/api/v1/search", () => json(200, { items: [], next_cursor: null }));
    renderAt(fake, <><HeaderSearch /><SearchPage /></>, { path: "/search", route: "/search", me: null });
    const box = screen.getByRole("search", { name: "Search Village" });
    await userEvent.type(within(box).getByRole("searchbox", { name: "Search" }), "sleep regression");
    await userEvent.click(within(box).getByRole("button", { name: "Search" }));
    expect(await screen.findByText(/Nothing matched “sleep regression”/)).toBeTruthy();
  });
});
