// `@` autocomplete in the composer (the listbox under the text box: arrow keys, Enter/Tab,
// Escape, a tap), and "Quote" on a post, which puts a [quote] block into the reply box.
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

import type { Schemas } from "../../api/client";
import { json, meAs, noContent, problem, renderAt, samplePost, sampleThread, userRef } from "../../pages/mod/testing";
import { ThreadPage } from "../../pages/ThreadPage";
import { Composer } from "../Composer";
import { mentionAt } from "./MentionAutocomplete";
import { quoteBlock } from "./MentionQuote";

const MEMBERS = [userRef(4, "priya_k"), userRef(9, "priyanka"), userRef(12, "prince_t")];

function serveMembers() {
  fake.on("GET", "/api/v1/users", (request) => {
    const prefix = (request.url.searchParams.get("prefix") ?? "").toLowerCase();
    return json(
      200,
      MEMBERS.filter((member) => member.username.startsWith(prefix)),
    );
  });
}

function showComposer() {
  render(<Composer draftKey="draft:mention" label="Your reply" submitLabel="Post reply" onSubmit={vi.fn(async () => {})} />);
  return screen.getByRole("textbox", { name: "Your reply" }) as HTMLTextAreaElement;
}

beforeEach(() => {
  fake.reset();
});

describe("mentionAt", () => {
  test("an @name right before the caret, not inside a word or an email address", () => {
    expect(mentionAt("Hi @pri", 7)).toEqual({ start: 3, prefix: "pri" });
    expect(mentionAt("@pri", 4)).toEqual({ start: 0, prefix: "pri" });
    expect(mentionAt("mail me at a@pri", 16)).toBeNull();
    expect(mentionAt("Hi @pri there", 13)).toBeNull();
    expect(mentionAt("Hi @", 4)).toBeNull();
  });
});

describe("@ autocomplete", () => {
  test("lists members under the text box; arrows move, Enter inserts", async () => {
    serveMembers();
    const user = userEvent.setup();
    const text = showComposer();
    await user.type(text, "Thanks @pri");

    const list = await screen.findByRole("listbox", { name: "Members to mention" });
    const options = within(list).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "Priya @priya_k",
      "Priyanka @priyanka",
      "Prince @prince_t",
    ]);
    // The text box keeps the focus and points at the highlighted option.
    expect(document.activeElement).toBe(text);
    expect(text.getAttribute("aria-autocomplete")).toBe("list");
    expect(text.getAttribute("aria-controls")).toBe(list.id);
    expect(text.getAttribute("aria-activedescendant")).toBe(options[0]?.id);
    expect(options[0]?.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText(/3 members to mention/)).toBeTruthy();

    await user.keyboard("{ArrowDown}");
    expect(text.getAttribute("aria-activedescendant")).toBe(options[1]?.id);
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(text.getAttribute("aria-activedescendant")).toBe(options[2]?.id);
    await user.keyboard("{Enter}");

    expect(text.value).toBe("Thanks @prince_t ");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(text.getAttribute("aria-activedescendant")).toBeNull();
    await waitFor(() => expect(text.selectionStart).toBe("Thanks @prince_t ".length));
    // Asked once typing paused, not on every key.
    expect(fake.calls("GET", "/api/v1/users").length).toBeLessThanOrEqual(2);
    expect(fake.calls("GET", "/api/v1/users").at(-1)?.url.searchParams.get("limit")).toBe("8");
  });

  test("typing narrows the list; Tab inserts; Escape closes it and keeps the text", async () => {
    serveMembers();
    const user = userEvent.setup();
    const text = showComposer();
    await user.type(text, "@priy");
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(2));
    await user.type(text, "an");
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(1));
    await user.keyboard("{Tab}");
    expect(text.value).toBe("@priyanka ");
    // Tab was the list's: the focus stayed.
    expect(document.activeElement).toBe(text);

    await user.type(text, "and @pri");
    await screen.findByRole("listbox");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(text.value).toBe("@priyanka and @pri");
    // Enter is a new line again while the list is closed.
    await user.keyboard("{Enter}");
    expect(text.value).toBe("@priyanka and @pri\n");
  });

  test("a tap on an option inserts it (phones)", async () => {
    serveMembers();
    const user = userEvent.setup();
    const text = showComposer();
    await user.type(text, "Hi @prin");
    await user.click(await screen.findByRole("option", { name: "Prince @prince_t" }));
    expect(text.value).toBe("Hi @prince_t ");
  });

  test("no members, or the lookup failing: no list, and typing goes on", async () => {
    fake.on("GET", "/api/v1/users", () => problem(429, "Slow down.", "/problems/rate-limited"));
    const user = userEvent.setup();
    const text = showComposer();
    await user.type(text, "@zz");
    await waitFor(() => expect(fake.calls("GET", "/api/v1/users")).toHaveLength(1));
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("Quote", () => {
  const GRACE = meAs("member", 5, "grace_l");
  const THREAD = sampleThread({ id: 7, title: "Sleep regressions", post_count: 2 });
  const POSTS: Schemas["PostRead"][] = [
    samplePost({ id: 101, thread_id: 7, number: 1, body: "Is this normal?", body_html: "<p>Is this normal?</p>" }),
    samplePost({
      id: 102,
      thread_id: 7,
      number: 2,
      author: userRef(4, "priya_k"),
      body: "[quote post=101]\nIs this normal?\n[/quote]\nTotally normal at four months.",
      body_html: "<p>Totally normal at four months. It passes.</p>",
    }),
  ];

  function serveThread() {
    fake.on("GET", "/api/v1/threads/7", () => json(200, THREAD));
    fake.on("GET", "/api/v1/threads/7/posts", () => json(200, { items: POSTS, next_cursor: null }));
    fake.on("GET", "/api/v1/events", () => problem(404, "No stream here.", "/problems/not-found"));
    fake.on("PUT", "/api/v1/threads/7/read", () => noContent());
  }

  test("the block format", () => {
    expect(quoteBlock(12, " Hello\nthere ")).toBe("[quote post=12]\nHello\nthere\n[/quote]\n");
  });

  test("puts the whole post (without its own quotes) into the reply box", async () => {
    serveThread();
    renderAt(fake, <ThreadPage />, { path: "/t/7", route: "/t/:threadId", me: GRACE });
    const reply = (await screen.findByRole("textbox", { name: "Your reply" })) as HTMLTextAreaElement;
    await userEvent.type(reply, "So true.");

    await userEvent.click(screen.getByRole("button", { name: "Quote post #2" }));
    expect(reply.value).toBe("So true.\n\n[quote post=102]\nTotally normal at four months.\n[/quote]\n");
    await waitFor(() => expect(document.activeElement).toBe(reply));
  });

  test("quotes only the words selected in that post", async () => {
    serveThread();
    renderAt(fake, <ThreadPage />, { path: "/t/7", route: "/t/:threadId", me: GRACE });
    const reply = (await screen.findByRole("textbox", { name: "Your reply" })) as HTMLTextAreaElement;

    const words = document.querySelector("#post-2 .post-body p")!.firstChild!;
    act(() => {
      const range = document.createRange();
      range.setStart(words, 0);
      range.setEnd(words, "Totally normal".length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    await userEvent.click(screen.getByRole("button", { name: "Quote post #2" }));
    expect(reply.value).toBe("[quote post=102]\nTotally normal\n[/quote]\n");
  });

  test("not offered to visitors", async () => {
    serveThread();
    renderAt(fake, <ThreadPage />, { path: "/t/7", route: "/t/:threadId", me: null });
    await screen.findByText("Totally normal at four months. It passes.");
    expect(screen.queryByRole("button", { name: /Quote/ })).toBeNull();
  });
});
