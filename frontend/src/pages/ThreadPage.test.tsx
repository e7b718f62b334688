import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../api/client";
import { json, renderAt, samplePost, sampleThread } from "./mod/testing";
import { ThreadPage } from "./ThreadPage";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

type PostData = Schemas["PostRead"];

const THREAD = sampleThread({ id: 7, title: "Up every two hours at night", post_count: 2 });

function post(number: number, body: string): PostData {
  const id = 100 + number;
  return samplePost({ id, thread_id: THREAD.id, number, body, body_html: `<p>${body}</p>` });
}

/** Serves the thread, and its posts page by page: `pages[cursor ?? ""]`. */
function serve(pages: Record<string, { items: PostData[]; next_cursor: string | null }>) {
  fake.on("GET", `/api/v1/threads/${THREAD.id}`, () => json(200, THREAD));
  fake.on("GET", `/api/v1/threads/${THREAD.id}/posts`, (request) => {
    const page = pages[request.url.searchParams.get("cursor") ?? ""];
    return page ? json(200, page) : json(500, { status: 500 });
  });
}

function postsRequested(): (string | null)[] {
  return fake
    .calls("GET", `/api/v1/threads/${THREAD.id}/posts`)
    .map((request) => request.url.searchParams.get("cursor"));
}

function show() {
  renderAt(fake, <ThreadPage />, { path: `/t/${THREAD.id}`, route: "/t/:threadId", me: null });
}

describe("ThreadPage: replies that arrive after the page loaded", () => {
  beforeEach(() => {
    fake.reset();
    localStorage.clear();
  });

  test("at the end of a short thread, checking again fetches the first page and adds what is new", async () => {
    const first = [post(1, "Is this normal at four months?"), post(2, "Totally normal.")];
    serve({ "": { items: first, next_cursor: null } });
    show();
    expect(await screen.findByText("Totally normal.")).toBeTruthy();

    serve({ "": { items: [...first, post(3, "Same here, hang in there.")], next_cursor: null } });
    await userEvent.click(screen.getByRole("button", { name: "Check for new replies" }));

    expect(await screen.findByText("Same here, hang in there.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("1 new reply.");
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(postsRequested()).toEqual([null, null]);

    await userEvent.click(screen.getByRole("button", { name: "Check for new replies" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("No new replies yet."));
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });

  test("after loading more, it asks again from the last page's cursor, and pages on if needed", async () => {
    serve({
      "": { items: [post(1, "First")], next_cursor: "after-1" },
      "after-1": { items: [post(2, "Second")], next_cursor: null },
    });
    show();
    await userEvent.click(await screen.findByRole("button", { name: "Load more posts" }));
    expect(await screen.findByText("Second")).toBeTruthy();

    // Two replies arrived: the last page now has one more, and a further page.
    serve({
      "": { items: [post(1, "First")], next_cursor: "after-1" },
      "after-1": { items: [post(2, "Second"), post(3, "Third")], next_cursor: "after-3" },
      "after-3": { items: [post(4, "Fourth")], next_cursor: null },
    });
    await userEvent.click(screen.getByRole("button", { name: "Check for new replies" }));
    expect(await screen.findByText("Third")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("1 new reply.");
    expect(screen.queryByText("Fourth")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Load more posts" }));
    expect(await screen.findByText("Fourth")).toBeTruthy();
    expect(postsRequested()).toEqual([null, "after-1", "after-1", "after-3"]);
  });
});
