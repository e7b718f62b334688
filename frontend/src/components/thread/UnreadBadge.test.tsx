// What is new in thread lists: "2 new" and "New" in words, bold titles, links that land on
// the first unread post; nothing for visitors (null reading state) or threads read through.
import { screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

import type { Schemas } from "../../api/client";
import { json, sampleThread } from "../../pages/mod/testing";
import { renderWithQuery } from "../../test/query";
import { ThreadList } from "../category/ThreadList";
import { threadHref, UnreadBadge } from "./UnreadBadge";

function thread(id: number, title: string, reading: Partial<Schemas["ThreadRead"]>): Schemas["ThreadRead"] {
  return {
    ...sampleThread({ id, title }),
    last_read_number: null,
    unread_count: null,
    subscription: null,
    ...reading,
  };
}

const READ_SOME = thread(1, "Teething at 5 months", { last_read_number: 4, unread_count: 2 });
const NEVER_OPENED = thread(2, "Reflux and sleep", { last_read_number: 0, unread_count: 3 });
const READ_ALL = thread(3, "Car seats", { last_read_number: 7, unread_count: 0 });
const VISITOR = thread(4, "Weaning", {});

beforeEach(() => {
  fake.reset();
});

describe("UnreadBadge", () => {
  it("says how many posts are new since the member last read", () => {
    renderWithQuery(<UnreadBadge thread={READ_SOME} />);
    expect(screen.getByText(/2 new/).textContent).toBe("2 new posts");
  });

  it("says New for a thread never opened", () => {
    renderWithQuery(<UnreadBadge thread={NEVER_OPENED} />);
    expect(screen.getByText(/^New/).textContent).toBe("New thread, not opened yet");
  });

  it("one post is one post", () => {
    renderWithQuery(<UnreadBadge thread={{ ...READ_SOME, unread_count: 1 }} />);
    expect(screen.getByText(/1 new/).textContent).toBe("1 new post");
  });

  it("shows nothing for a thread read through, or to a visitor", () => {
    const { container } = renderWithQuery(
      <>
        <UnreadBadge thread={READ_ALL} />
        <UnreadBadge thread={VISITOR} />
      </>,
    );
    expect(container.textContent).toBe("");
  });

  it("links to the first unread post once the member has read some", () => {
    expect(threadHref(READ_SOME)).toBe("/t/1#post-5");
    expect(threadHref(NEVER_OPENED)).toBe("/t/2");
    expect(threadHref(READ_ALL)).toBe("/t/3");
    expect(threadHref(VISITOR)).toBe("/t/4");
  });
});

describe("ThreadList with reading state", () => {
  it("marks unread threads in words and bold, and links to where to go on reading", async () => {
    fake.on("GET", "/api/v1/threads", () =>
      json(200, { items: [READ_SOME, NEVER_OPENED, READ_ALL], next_cursor: null }),
    );
    renderWithQuery(
      <MemoryRouter>
        <ThreadList slug="sleep" sort="active" empty="None" />
      </MemoryRouter>,
    );
    const cards = await screen.findAllByRole("listitem");
    expect(cards.map((card) => card.classList.contains("is-unread"))).toEqual([true, true, false]);
    expect(within(cards[0]!).getByRole("link", { name: "Teething at 5 months" }).getAttribute("href")).toBe(
      "/t/1#post-5",
    );
    expect(cards[0]!.textContent).toContain("2 new posts");
    expect(cards[1]!.textContent).toContain("New thread, not opened yet");
    expect(cards[2]!.textContent).not.toMatch(/new/i);
    // In a category, cards do not repeat its name.
    expect(cards[0]!.textContent).not.toContain("Toddlers");
  });

  it("across the forum, each card names its category", async () => {
    fake.on("GET", "/api/v1/threads", (request) => {
      expect(request.url.searchParams.get("category")).toBeNull();
      expect(request.url.searchParams.get("limit")).toBe("10");
      return json(200, { items: [VISITOR], next_cursor: null });
    });
    renderWithQuery(
      <MemoryRouter>
        <ThreadList sort="active" limit={10} label="Latest threads" empty="None" />
      </MemoryRouter>,
    );
    const list = await screen.findByRole("list", { name: "Latest threads" });
    expect(list.textContent).toContain("Toddlers ·");
    expect(list.textContent).not.toMatch(/new/i);
  });
});
