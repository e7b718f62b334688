// Replying in a thread you started anonymously: the reply is anonymous unless you untick the
// box, the request says so explicitly, and posting under your name is asked about first.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Schemas } from "../api/client";
import { json, meAs, renderAt, samplePost, sampleThread, userRef } from "./mod/testing";
import { ThreadPage } from "./ThreadPage";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

const JESS = { ...meAs("member", 9, "jess_tired"), display_name: "Jess (tired)" };
const THREAD = sampleThread({
  id: 12,
  title: "I haven't told anyone this",
  anonymous: true,
  author: userRef(9, "jess_tired"),
  is_mine: true,
  post_count: 1,
});
const FIRST = samplePost({
  id: 120,
  thread_id: 12,
  number: 1,
  author: userRef(9, "jess_tired"),
  anonymous: true,
  anonymous_label: "Anonymous (original poster)",
  is_mine: true,
  body: "I haven't told anyone this…",
  body_html: "<p>I haven't told anyone this…</p>",
});

function serve(thread: Schemas["ThreadRead"] = THREAD) {
  fake.on("GET", `/api/v1/threads/${thread.id}`, () => json(200, thread));
  fake.on("GET", `/api/v1/threads/${thread.id}/posts`, () => json(200, { items: [FIRST], next_cursor: null }));
  fake.on("GET", "/api/v1/events", () => json(503, { type: "/problems/unavailable", title: "x", status: 503 }));
  fake.on("POST", `/api/v1/threads/${thread.id}/posts`, (request) => {
    const body = request.body as { body: string; anonymous: boolean };
    return json(201, {
      ...FIRST,
      id: 121,
      number: 2,
      body: body.body,
      body_html: `<p>${body.body}</p>`,
      anonymous: body.anonymous,
      anonymous_label: body.anonymous ? "Anonymous (original poster)" : null,
    });
  });
}

async function show(me: Schemas["MeRead"] = JESS) {
  renderAt(fake, <ThreadPage />, { path: `/t/${THREAD.id}`, route: "/t/:threadId", me });
  return screen.findByRole("textbox", { name: "Your reply" });
}

function sentReplies() {
  return fake.calls("POST", `/api/v1/threads/${THREAD.id}/posts`).map((request) => request.body);
}

beforeEach(() => {
  fake.reset();
  localStorage.clear();
});

describe("ThreadPage: your own anonymous thread", () => {
  it("says who you are to others, and replies anonymously by default", async () => {
    serve();
    const user = userEvent.setup();
    const text = await show();
    expect(screen.getByText(/Started by/).textContent).toContain("You — others see Anonymous (original poster)");
    expect(within(document.getElementById("post-1")!).getByRole("heading").textContent).toBe(
      "You — others see Anonymous (original poster)",
    );
    expect(screen.getByRole("checkbox", { name: "Post anonymously" })).toHaveProperty("checked", true);

    fireEvent.change(text, { target: { value: "Thank you all" } });
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    await waitFor(() => expect(sentReplies()).toHaveLength(1));
    expect(sentReplies()[0]).toEqual({ body: "Thank you all", anonymous: true, reply_to: null });
    expect(screen.queryByText(/Jess/)).toBeNull();
  });

  it("asks before posting under your name; keeping it anonymous sends nothing", async () => {
    serve();
    const user = userEvent.setup();
    const text = await show();
    fireEvent.change(text, { target: { value: "It's me, Jess" } });
    await user.click(screen.getByRole("checkbox", { name: "Post anonymously" }));
    await user.click(screen.getByRole("button", { name: "Post reply" }));

    const dialog = screen.getByRole("dialog", { name: "Post under your name?" });
    expect(dialog.textContent).toContain(
      "Everyone will see this reply is from Jess (tired), in a thread you started anonymously.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Keep it anonymous" }));
    expect(sentReplies()).toHaveLength(0);
    expect(screen.getByRole("checkbox", { name: "Post anonymously" })).toHaveProperty("checked", true);

    await user.click(screen.getByRole("checkbox", { name: "Post anonymously" }));
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    await user.click(screen.getByRole("button", { name: "Post under my name" }));
    await waitFor(() => expect(sentReplies()).toHaveLength(1));
    expect(sentReplies()[0]).toEqual({ body: "It's me, Jess", anonymous: false, reply_to: null });
  });

  it("in someone else's thread, replies under your name unless you tick the box, without asking", async () => {
    const theirs = { ...THREAD, author: null, is_mine: false };
    serve(theirs);
    const user = userEvent.setup();
    const text = await show(meAs("member", 4, "priya_k"));
    expect(screen.getByRole("checkbox", { name: "Post anonymously" })).toHaveProperty("checked", false);
    fireEvent.change(text, { target: { value: "Sending a hug" } });
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    await waitFor(() => expect(sentReplies()).toHaveLength(1));
    expect(sentReplies()[0]).toEqual({ body: "Sending a hug", anonymous: false, reply_to: null });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("shows a new member's limits above the reply box", async () => {
    serve();
    await show({
      ...JESS,
      new_member: { until: "2026-12-08T18:00:00Z", max_threads: 3, max_replies: 10, max_links: 2 },
    });
    expect(screen.getByText(/as a new member you can start up to 3 threads and post up to 10 replies/)).toBeTruthy();
  });
});
