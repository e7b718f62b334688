// Blocking: the confirm dialog that says what it does, every post of that member folding at
// once, "Show" on a folded post, Block on a profile, and the list of blocks in Settings.
// Never offered on your own posts, on anonymous posts, or for moderators.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../../api/client";
import { json, meAs, noContent, problem, renderAt, samplePost, sampleThread, userRef } from "../../pages/mod/testing";
import { ThreadPage } from "../../pages/ThreadPage";
import { UserPage } from "../../pages/UserPage";
import { BlockedMembers } from "../settings/BlockedMembers";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

type PostData = Schemas["PostRead"];

const GRACE = meAs("member", 5, "grace_l");
const PRIYA = userRef(4, "priya_k");
const THREAD = sampleThread({ id: 7, title: "Sleep regressions", post_count: 4 });

function post(number: number, body: string, fields: Partial<PostData> = {}): PostData {
  return samplePost({
    id: 100 + number,
    thread_id: THREAD.id,
    number,
    body,
    body_html: `<p>${body}</p>`,
    is_blocked_author: false,
    ...fields,
  });
}

const POSTS = [
  post(1, "Is this normal at four months?", { author: userRef(6, "tomasz") }),
  post(2, "Totally normal.", { author: PRIYA }),
  post(3, "Mine, from grace.", { author: userRef(GRACE.id, GRACE.username), is_mine: true }),
  post(4, "Anonymous words.", { author: null, anonymous: true, anonymous_label: "Anonymous 1" }),
  post(5, "Priya again.", { author: PRIYA }),
];

function serveThread(posts: PostData[] = POSTS) {
  fake.on("GET", `/api/v1/threads/${THREAD.id}`, () => json(200, THREAD));
  fake.on("GET", `/api/v1/threads/${THREAD.id}/posts`, () => json(200, { items: posts, next_cursor: null }));
  fake.on("GET", "/api/v1/events", () => problem(404, "No stream here.", "/problems/not-found"));
  fake.on("PUT", `/api/v1/threads/${THREAD.id}/read`, () => noContent());
}

function article(number: number): HTMLElement {
  return document.getElementById(`post-${number}`)!;
}

beforeEach(() => {
  fake.reset();
});

describe("Blocking from a post", () => {
  test("offered only on another named member's posts", async () => {
    serveThread();
    renderAt(fake, <ThreadPage />, { path: "/t/7", route: "/t/:threadId", me: GRACE });
    await screen.findByText("Totally normal.");

    expect(within(article(2)).getByRole("button", { name: "Block Priya" })).toBeTruthy();
    expect(within(article(3)).queryByRole("button", { name: /^Block/ })).toBeNull();
    expect(within(article(4)).queryByRole("button", { name: /^Block/ })).toBeNull();
  });

  test("asks first, says what blocking does, then folds every post of theirs", async () => {
    serveThread();
    fake.on("PUT", "/api/v1/users/priya_k/block", () => noContent());
    fake.on("GET", "/api/v1/me/blocks", () => json(200, { items: [], next_cursor: null }));
    renderAt(fake, <ThreadPage />, { path: "/t/7", route: "/t/:threadId", me: GRACE });
    await screen.findByText("Totally normal.");

    await userEvent.click(within(article(2)).getByRole("button", { name: "Block Priya" }));
    const dialog = await screen.findByRole("dialog", { name: "Block Priya?" });
    expect(dialog.textContent).toContain(
      "You won't see their posts unless you open them, and they can't notify you. They won't be told.",
    );
    // Nothing is sent before the member says yes; Cancel has the focus.
    expect(fake.calls("PUT", "/api/v1/users/priya_k/block")).toHaveLength(0);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Cancel"));

    await userEvent.click(within(dialog).getByRole("button", { name: "Block Priya" }));
    await waitFor(() => expect(screen.queryByText("Totally normal.")).toBeNull());
    expect(screen.queryByText("Priya again.")).toBeNull();
    expect(fake.calls("PUT", "/api/v1/users/priya_k/block")).toHaveLength(1);
    expect(within(article(2)).getByText("Post from someone you blocked")).toBeTruthy();
    // The button went with the post's body: the reader's place is kept on the folded post.
    await waitFor(() => expect(document.activeElement).toBe(article(2)));
    expect(within(article(5)).getByText("Post from someone you blocked")).toBeTruthy();
    // Others' posts, and the anonymous one, stay as they were.
    expect(screen.getByText("Is this normal at four months?")).toBeTruthy();
    expect(screen.getByText("Anonymous words.")).toBeTruthy();
  });

  test("a post from someone blocked is folded until Show; then Unblock is offered", async () => {
    serveThread([POSTS[0]!, post(2, "Totally normal.", { author: PRIYA, is_blocked_author: true })]);
    fake.on("DELETE", "/api/v1/users/priya_k/block", () => noContent());
    renderAt(fake, <ThreadPage />, { path: "/t/7", route: "/t/:threadId", me: GRACE });
    await screen.findByText("Is this normal at four months?");

    expect(screen.queryByText("Totally normal.")).toBeNull();
    expect(article(2).getAttribute("aria-label")).toBe("Post #2, from someone you blocked");
    await userEvent.click(within(article(2)).getByRole("button", { name: "Show post #2" }));
    expect(await screen.findByText("Totally normal.")).toBeTruthy();

    await userEvent.click(within(article(2)).getByRole("button", { name: "Unblock Priya" }));
    await waitFor(() => expect(fake.calls("DELETE", "/api/v1/users/priya_k/block")).toHaveLength(1));
    expect(await within(article(2)).findByRole("button", { name: "Block Priya" })).toBeTruthy();
  });
});

describe("Blocking from a profile", () => {
  const PROFILE: Schemas["UserRead"] = {
    ...PRIYA,
    bio: "",
    created_at: "2026-01-01T00:00:00Z",
    post_count: 4,
  };

  test("Block, then Unblock, on another member's profile", async () => {
    let blocked: Schemas["BlockRead"][] = [];
    fake.on("GET", "/api/v1/users/priya_k", () => json(200, PROFILE));
    fake.on("GET", "/api/v1/me/blocks", () => json(200, { items: blocked, next_cursor: null }));
    fake.on("PUT", "/api/v1/users/priya_k/block", () => {
      blocked = [{ user: PRIYA, created_at: "2026-12-01T06:00:00Z" }];
      return noContent();
    });
    fake.on("DELETE", "/api/v1/users/priya_k/block", () => {
      blocked = [];
      return noContent();
    });
    renderAt(fake, <UserPage />, { path: "/u/priya_k", route: "/u/:username", me: GRACE });

    await userEvent.click(await screen.findByRole("button", { name: "Block Priya" }));
    const dialog = await screen.findByRole("dialog", { name: "Block Priya?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Block Priya" }));
    expect(await screen.findByText("You blocked Priya. Their posts are folded away for you.")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Unblock Priya" }));
    expect(await screen.findByRole("button", { name: "Block Priya" })).toBeTruthy();
    expect(fake.calls("DELETE", "/api/v1/users/priya_k/block")).toHaveLength(1);
  });

  test("no Block on your own profile, nor on a moderator's", async () => {
    fake.on("GET", "/api/v1/users/grace_l", () => json(200, { ...GRACE }));
    fake.on("GET", "/api/v1/users/maya_mod", () => json(200, { ...meAs("moderator") }));
    renderAt(fake, <UserPage />, { path: "/u/grace_l", route: "/u/:username", me: GRACE });
    await screen.findByRole("heading", { name: "Grace" });
    expect(screen.queryByRole("button", { name: /Block/ })).toBeNull();
    expect(fake.calls("GET", "/api/v1/me/blocks")).toHaveLength(0);
  });
});

describe("Blocked members in Settings", () => {
  test("lists them, each with Unblock", async () => {
    let blocked: Schemas["BlockRead"][] = [{ user: PRIYA, created_at: "2026-12-01T06:00:00Z" }];
    fake.on("GET", "/api/v1/me/blocks", () => json(200, { items: blocked, next_cursor: null }));
    fake.on("DELETE", "/api/v1/users/priya_k/block", () => {
      blocked = [];
      return noContent();
    });
    renderAt(fake, <BlockedMembers />, { path: "/settings", route: "/settings", me: GRACE });

    expect((await screen.findByRole("link", { name: "Priya" })).getAttribute("href")).toBe("/u/priya_k");
    await userEvent.click(screen.getByRole("button", { name: "Unblock Priya" }));
    expect(await screen.findByText("You have not blocked anyone.")).toBeTruthy();
    expect(screen.getByText("You unblocked Priya.")).toBeTruthy();
  });
});
