import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import type { Schemas } from "../api/client";
import { json } from "../test/fake-api";
import { WithQueryClient } from "../test/query";
import type { Me } from "../auth/AuthContext";
import { sampleMe } from "../auth/testing";
import { Post } from "./Post";

type PostData = Schemas["PostRead"];

const SAM = { id: 3, username: "sam_and_bea", display_name: "Sam", role: "member" as const };
const ME: Me = sampleMe();

function post(overrides: Partial<PostData> = {}): PostData {
  return {
    id: 31,
    thread_id: 8,
    number: 3,
    author: SAM,
    anonymous: false,
    body: "Hello **there**",
    body_html: "<p>Hello <strong>there</strong></p>",
    reply_to: null,
    created_at: "2026-11-25T10:00:00Z",
    edited_at: null,
    is_hidden: false,
    hidden_reason: null,
    is_deleted: false,
    reactions: { heart: 2 },
    my_reactions: [],
    is_blocked_author: false,
    anonymous_label: null,
    author_deleted: false,
    hidden_by: null,
    is_mine: false,
    my_flag: null,
    ...overrides,
  };
}

function renderPost(data: PostData, me: Me | null = ME, extra: { locked?: boolean } = {}) {
  const onChange = vi.fn();
  const onReply = vi.fn();
  render(
    <WithQueryClient>
      <MemoryRouter>
        <Post post={data} me={me} isModerator={false} canReply={me !== null} onChange={onChange} onReply={onReply} {...extra} />
      </MemoryRouter>
    </WithQueryClient>,
  );
  return { onChange, onReply };
}

beforeEach(() => {
  fake.reset();
});

describe("Post", () => {
  it("has a stable anchor and links its author", () => {
    renderPost(post());
    const article = document.getElementById("post-3");
    expect(article?.tagName).toBe("ARTICLE");
    expect(screen.getByRole("link", { name: "Sam" }).getAttribute("href")).toBe("/u/sam_and_bea");
    expect(screen.getByRole("link", { name: "Post #3, link" }).getAttribute("href")).toBe("#post-3");
    expect(within(article!).getByText("there").tagName).toBe("STRONG");
  });

  it("says Anonymous when the author is hidden, and marks edits", () => {
    renderPost(post({ author: null, anonymous: true, edited_at: "2026-11-25T11:00:00Z" }));
    expect(screen.getByText("Anonymous")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Sam" })).toBeNull();
    expect(screen.getByText("edited")).toBeTruthy();
  });

  it("keeps a deleted post's place with a notice", () => {
    renderPost(post({ is_deleted: true, body: "", body_html: "" }));
    expect(screen.getByText("This post was deleted.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Report/ })).toBeNull();
    expect(screen.queryByRole("group", { name: /Reactions/ })).toBeNull();
  });

  it("shows a hidden post as hidden pending review, with the reason to its author", () => {
    renderPost(
      post({
        author: { ...SAM, id: ME.id },
        is_mine: true,
        is_hidden: true,
        hidden_by: "reports",
        hidden_reason: "Shares a phone number",
      }),
    );
    expect(screen.getByText(/hidden pending review/)).toBeTruthy();
    expect(screen.getByText("Reason: Shares a phone number")).toBeTruthy();
    expect(screen.getByText("there")).toBeTruthy();
  });

  it("shows members only the notice of someone else's hidden post", () => {
    renderPost(post({ is_hidden: true, hidden_by: "reports", body: "", body_html: "" }));
    expect(screen.getByText(/hidden pending review/)).toBeTruthy();
    expect(screen.queryByText(/Reason:/)).toBeNull();
    expect(screen.queryByRole("button", { name: /Reply/ })).toBeNull();
  });

  it("offers Report on other people's posts and Edit/Delete on your own", () => {
    renderPost(post());
    expect(screen.getByRole("button", { name: "Report post #3" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Edit post #3" })).toBeNull();
  });

  it("offers Edit and Delete, not Report, on your own post; no Edit when locked", () => {
    renderPost(post({ author: { ...SAM, id: ME.id } }), ME, { locked: true });
    expect(screen.queryByRole("button", { name: /Report/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Delete post #3" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Edit post #3" })).toBeNull();
  });

  it("reactions are toggle buttons with counts that call PUT", async () => {
    // The answer carries the counts as they are now: someone else hugged meanwhile.
    fake.on("PUT", /^\/api\/v1\/posts\/\d+\/reactions\/\w+$/, () =>
      json(200, { reactions: { heart: 3, hug: 1 }, my_reactions: ["heart"] }),
    );
    const user = userEvent.setup();
    const { onChange } = renderPost(post());
    const heart = screen.getByRole("button", { name: "Heart 2" });
    expect(heart.getAttribute("aria-pressed")).toBe("false");
    await user.click(heart);
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ reactions: { heart: 3 }, my_reactions: ["heart"] }),
    );
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ reactions: { heart: 3, hug: 1 }, my_reactions: ["heart"] }),
      ),
    );
    await waitFor(() => expect(fake.requests).toHaveLength(1));
    const request = fake.requests[0]!;
    expect(request.method).toBe("PUT");
    expect(request.url.pathname).toBe("/api/v1/posts/31/reactions/heart");
  });

  it("quoting calls back with the post", async () => {
    const user = userEvent.setup();
    const { onReply } = renderPost(post());
    await user.click(screen.getByRole("button", { name: "Reply to post #3" }));
    expect(onReply).toHaveBeenCalledWith(expect.objectContaining({ id: 31 }));
  });

  it("shows counts only, without buttons, when signed out", () => {
    renderPost(post(), null);
    expect(screen.queryByRole("button", { name: /Heart/ })).toBeNull();
    expect(screen.getByRole("list", { name: "Reactions" }).textContent).toContain("2");
  });
});
