// Live updates on the thread page: events written into a real text/event-stream answer, read
// by the app's SSE client, land in the real query cache and on the screen.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../api/client";
import { createAppQueryClient } from "../api/query";
import { postsOf, type PostPages } from "../components/thread/postPages";
import { postsKey } from "../components/thread/threadQueries";
import { fakeEventStream, type FakeEventStream } from "../test/event-stream";
import { json, meAs, problem, renderAt, samplePost, sampleThread, userRef } from "./mod/testing";
import { ThreadPage } from "./ThreadPage";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

type PostData = Schemas["PostRead"];

const THREAD = sampleThread({ id: 7, title: "Up every two hours at night", post_count: 2 });
const GRACE = meAs("member", 5, "grace_l");

function post(number: number, body: string, fields: Partial<PostData> = {}): PostData {
  return samplePost({
    id: 100 + number,
    thread_id: THREAD.id,
    number,
    body,
    body_html: `<p>${body}</p>`,
    ...fields,
  });
}

const FIRST = [post(1, "Is this normal at four months?"), post(2, "Totally normal.")];

/** Serves the thread, its posts page by page (`pages[cursor ?? ""]`), and `stream`. */
function serve(
  stream: FakeEventStream,
  pages: Record<string, { items: PostData[]; next_cursor: string | null }> = {
    "": { items: FIRST, next_cursor: null },
  },
) {
  fake.on("GET", `/api/v1/threads/${THREAD.id}`, () => json(200, THREAD));
  fake.on("GET", `/api/v1/threads/${THREAD.id}/posts`, (request) => {
    const page = pages[request.url.searchParams.get("cursor") ?? ""];
    return page ? json(200, page) : json(500, { status: 500 });
  });
  fake.on("GET", "/api/v1/events", () => stream.response());
}

function eventRequests() {
  return fake.calls("GET", "/api/v1/events");
}

function postsRequested(): (string | null)[] {
  return fake
    .calls("GET", `/api/v1/threads/${THREAD.id}/posts`)
    .map((request) => request.url.searchParams.get("cursor"));
}

async function show(me: Schemas["MeRead"] | null = null) {
  const client = createAppQueryClient();
  renderAt(fake, <ThreadPage />, { path: `/t/${THREAD.id}`, route: "/t/:threadId", me, client });
  expect(await screen.findByText("Totally normal.")).toBeTruthy();
  // Live: the stream is open, so the fallback button is gone.
  await waitFor(() =>
    expect(screen.queryByRole("button", { name: "Check for new replies" })).toBeNull(),
  );
  return client;
}

function send(stream: FakeEventStream, event: string, data: unknown, id: number) {
  act(() => stream.send(event, data, id));
}

function bar() {
  return document.querySelector<HTMLElement>(".new-replies");
}

describe("ThreadPage: live updates", () => {
  beforeEach(() => {
    fake.reset();
    localStorage.clear();
  });

  test("subscribes to the thread's events", async () => {
    serve(fakeEventStream());
    await show();
    const [request] = eventRequests();
    expect(request?.url.searchParams.get("thread")).toBe(String(THREAD.id));
    expect(request?.headers.get("Accept")).toBe("text/event-stream");
    expect(request?.headers.get("Authorization")).toBeNull();
  });

  test("a new reply waits behind a polite bar, and clicking it shows it and takes focus there", async () => {
    const stream = fakeEventStream();
    serve(stream);
    const client = await show();

    send(stream, "post.created", post(3, "Same here, hang in there."), 41);

    const button = await screen.findByRole("button", { name: "1 new reply" });
    expect(bar()?.getAttribute("role")).toBe("status");
    expect(bar()?.getAttribute("aria-live")).toBe("polite");
    // Not on the page, nor in the cached pages, until the reader asks.
    expect(screen.queryByText("Same here, hang in there.")).toBeNull();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(postsOf(client.getQueryData<PostPages>(postsKey(THREAD.id)))).toHaveLength(2);

    send(stream, "post.created", post(4, "We had the same."), 42);
    await screen.findByRole("button", { name: "2 new replies" });

    await userEvent.click(screen.getByRole("button", { name: "2 new replies" }));
    expect(await screen.findByText("Same here, hang in there.")).toBeTruthy();
    expect(screen.getByText("We had the same.")).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(4);
    expect(button.isConnected).toBe(false);
    await waitFor(() => expect(document.activeElement?.id).toBe("post-3"));
    // They followed the last loaded post: appended to the cache without a fetch; the
    // thread (its count of posts) is read again.
    expect(postsRequested()).toEqual([null]);
    await waitFor(() => expect(fake.calls("GET", `/api/v1/threads/${THREAD.id}`)).toHaveLength(2));
    const cached = postsOf(client.getQueryData<PostPages>(postsKey(THREAD.id)));
    expect(cached.map((item) => item.number)).toEqual([1, 2, 3, 4]);
  });

  test("replies beyond the loaded pages are fetched through when the reader asks", async () => {
    const stream = fakeEventStream();
    serve(stream, {
      "": { items: FIRST, next_cursor: "after-2" },
      "after-2": { items: [post(3, "Third"), post(4, "Fourth")], next_cursor: null },
    });
    await show();

    send(stream, "post.created", post(4, "Fourth"), 50);
    await userEvent.click(await screen.findByRole("button", { name: "1 new reply" }));

    expect(await screen.findByText("Third")).toBeTruthy();
    expect(screen.getByText("Fourth")).toBeTruthy();
    expect(postsRequested()).toEqual([null, "after-2"]);
    await waitFor(() => expect(document.activeElement?.id).toBe("post-4"));
  });

  test("edits and hides patch the post in place; a thread change updates the header", async () => {
    const stream = fakeEventStream();
    serve(stream);
    const client = await show();

    send(stream, "post.updated", { ...FIRST[1], body: "Edited", body_html: "<p>Edited: normal.</p>" }, 60);
    expect(await screen.findByText("Edited: normal.")).toBeTruthy();
    expect(screen.queryByText("Totally normal.")).toBeNull();

    send(stream, "post.hidden", { ...FIRST[0], is_hidden: true, body: "", body_html: "" }, 61);
    const first = document.getElementById("post-1")!;
    await waitFor(() =>
      expect(first.textContent).toContain("This post is hidden pending review by the moderators."),
    );
    expect(screen.queryByText("Is this normal at four months?")).toBeNull();
    const cached = postsOf(client.getQueryData<PostPages>(postsKey(THREAD.id)));
    expect(cached[0]?.is_hidden).toBe(true);
    expect(cached[1]?.body).toBe("Edited");

    send(stream, "thread.updated", { ...THREAD, title: "Up every hour now", is_locked: true }, 62);
    expect(await screen.findByRole("heading", { level: 1, name: "Up every hour now" })).toBeTruthy();
    expect(document.querySelector(".locked-banner")?.textContent).toContain("This thread is locked");
    // Neither counted as a new reply.
    expect(screen.queryByRole("button", { name: /new repl/ })).toBeNull();
  });

  test("a lock that arrives while you write keeps your reply box and what is in it", async () => {
    const stream = fakeEventStream();
    serve(stream);
    await show(GRACE);
    const reply = screen.getByRole("textbox", { name: "Your reply" });
    await userEvent.type(reply, "Half a thought");

    send(stream, "thread.updated", { ...THREAD, is_locked: true }, 65);
    await waitFor(() =>
      expect(document.querySelector(".locked-banner")?.textContent).toContain("locked"),
    );
    expect(screen.getByRole("textbox", { name: "Your reply" })).toHaveProperty("value", "Half a thought");
    // Replying to a post is no longer offered.
    expect(screen.queryByRole("button", { name: "Reply to post #1" })).toBeNull();
  });

  test("your own reply shows at once, and its event does not count as new", async () => {
    const stream = fakeEventStream();
    serve(stream);
    const mine = post(3, "Mine, just posted.", { author: userRef(GRACE.id, GRACE.username) });
    fake.on("POST", `/api/v1/threads/${THREAD.id}/posts`, () => {
      // The server's event may arrive before the answer to the POST.
      stream.send("post.created", mine, 70);
      return json(201, mine);
    });
    await show(GRACE);

    await userEvent.type(screen.getByRole("textbox", { name: "Your reply" }), "Mine, just posted.");
    await userEvent.click(screen.getByRole("button", { name: "Post reply" }));

    expect(await screen.findByText("Mine, just posted.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe("post-3"));
    send(stream, "post.updated", mine, 71);
    expect(screen.queryByRole("button", { name: /new repl/ })).toBeNull();
    expect(within(bar()!).queryByRole("button")).toBeNull();
  });

  test("a 401 refreshes the session and connects again with the new token", async () => {
    const stream = fakeEventStream();
    serve(stream);
    let first = true;
    fake.on("GET", "/api/v1/events", () => {
      if (!first) return stream.response();
      first = false;
      return problem(401, "The access token has expired.", "/problems/unauthorized");
    });
    fake.on("POST", "/api/v1/auth/refresh", () =>
      json(200, { access_token: "fresh", refresh_token: "fresh-refresh", token_type: "bearer" }),
    );
    await show(GRACE);

    const [expired, renewed] = eventRequests();
    expect(expired?.headers.get("Authorization")).toBe("Bearer access");
    expect(renewed?.headers.get("Authorization")).toBe("Bearer fresh");
    expect(fake.calls("POST", "/api/v1/auth/refresh")).toHaveLength(1);
  });

  test("after a dropped connection it reconnects with Last-Event-ID", async () => {
    const stream = fakeEventStream();
    serve(stream);
    await show();
    act(() => stream.raw("retry: 10"));
    send(stream, "post.created", post(3, "Before the drop"), 80);
    await screen.findByRole("button", { name: "1 new reply" });

    act(() => stream.end());
    // The library reconnects (after the server's retry: 10 ms) and says where it left off.
    await waitFor(() => expect(eventRequests()).toHaveLength(2));
    expect(eventRequests()[1]?.headers.get("Last-Event-ID")).toBe("80");
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Check for new replies" })).toBeNull(),
    );
    send(stream, "post.created", post(4, "After the drop"), 81);
    await screen.findByRole("button", { name: "2 new replies" });
  });

  test("refused for now (503), it falls back, then opens again later from the last event", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const stream = fakeEventStream();
      serve(stream);
      let refuse = false;
      fake.on("GET", "/api/v1/events", () =>
        refuse ? problem(503, "Too many live streams.") : stream.response(),
      );
      await show();
      act(() => stream.raw("retry: 10"));
      send(stream, "post.created", post(3, "Before the refusal"), 90);
      await screen.findByRole("button", { name: "1 new reply" });

      refuse = true;
      act(() => stream.end());
      expect(await screen.findByRole("button", { name: "Check for new replies" })).toBeTruthy();
      const refused = eventRequests().length;

      refuse = false;
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      await waitFor(() => expect(eventRequests()).toHaveLength(refused + 1));
      expect(eventRequests().at(-1)?.headers.get("Last-Event-ID")).toBe("90");
      await waitFor(() =>
        expect(screen.queryByRole("button", { name: "Check for new replies" })).toBeNull(),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  test("when the stream is refused, the page falls back to its button", async () => {
    serve(fakeEventStream());
    fake.on("GET", "/api/v1/events", () => problem(503, "Live updates are resting."));
    renderAt(fake, <ThreadPage />, { path: `/t/${THREAD.id}`, route: "/t/:threadId", me: null });
    expect(await screen.findByText("Totally normal.")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Check for new replies" })).toBeTruthy();
    expect(bar()).toBeNull();
  });
});
