// What a post tells its reader about moderation and accounts: why it is hidden, a deleted
// member's post, the reader's own report, and a suspended reader's disabled controls.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

import type { Schemas } from "../../api/client";
import type { Me } from "../../auth/AuthContext";
import { sampleMe } from "../../auth/testing";
import { WithQueryClient } from "../../test/query";
import { Post } from "../Post";
import { SUSPENSION_NOTICE_ID } from "../SuspensionNotice";

type PostData = Schemas["PostRead"];

function post(fields: Partial<PostData> = {}): PostData {
  return {
    id: 31,
    thread_id: 8,
    number: 3,
    author: { id: 3, username: "sam_and_bea", display_name: "Sam", role: "member" },
    anonymous: false,
    anonymous_label: null,
    author_deleted: false,
    body: "Hello there",
    body_html: "<p>Hello there</p>",
    reply_to: null,
    created_at: "2026-11-25T10:00:00Z",
    edited_at: null,
    is_hidden: false,
    hidden_by: null,
    hidden_reason: null,
    is_deleted: false,
    is_mine: false,
    my_flag: null,
    reactions: {},
    my_reactions: [],
    is_blocked_author: false,
    ...fields,
  };
}

function show(data: PostData, me: Me | null = sampleMe()) {
  const onChange = vi.fn();
  render(
    <WithQueryClient>
      <MemoryRouter>
        <Post post={data} me={me} isModerator={false} canReply={me !== null} onChange={onChange} onReply={vi.fn()} />
      </MemoryRouter>
    </WithQueryClient>,
  );
  return { onChange, article: document.getElementById("post-3")! };
}

beforeEach(() => {
  fake.reset();
});

describe("a hidden post says who hid it", () => {
  it("by a moderator's decision: “hidden by the moderators”, with the reason for its author", () => {
    const { article } = show(
      post({ is_mine: true, is_hidden: true, hidden_by: "moderator", hidden_reason: "Shares a phone number" }),
    );
    expect(article.textContent).toContain("This post was hidden by the moderators.");
    expect(article.textContent).not.toContain("pending review");
    expect(within(article).getByText("Reason: Shares a phone number")).toBeTruthy();
    expect(within(article).getByText("You can still see it because you wrote it.")).toBeTruthy();
  });

  it("by reports: “pending review”, and to other members only that", () => {
    const { article } = show(post({ is_hidden: true, hidden_by: "reports", body: "", body_html: "" }));
    expect(article.textContent).toContain("This post is hidden pending review by the moderators.");
    expect(article.textContent).not.toContain("Hello there");
    expect(article.textContent).not.toContain("Reason:");
  });
});

describe("a deleted member's post", () => {
  it("is by “Deleted member”, with no profile link", () => {
    const { article } = show(post({ author: null, author_deleted: true }));
    expect(within(article).getByRole("heading", { name: "Deleted member" })).toBeTruthy();
    expect(within(article).queryByRole("link", { name: /Deleted/ })).toBeNull();
  });

  it("written anonymously stays anonymous", () => {
    const { article } = show(post({ author: null, author_deleted: true, anonymous: true, anonymous_label: "Anonymous 2" }));
    expect(within(article).getByRole("heading", { name: "Anonymous 2" })).toBeTruthy();
    expect(article.textContent).not.toContain("Deleted member");
  });
});

describe("the reader's own report", () => {
  it("shows “Reported” from my_flag (after a reload too): nothing to send again", async () => {
    show(post({ my_flag: { id: 4, reason: "spam", status: "open" } }));
    const reported = screen.getByRole("button", { name: "Reported post #3" });
    expect(reported.getAttribute("aria-disabled")).toBe("true");
    await userEvent.click(reported);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(fake.requests.filter((request) => request.method === "POST")).toHaveLength(0);
  });

  it("once sent, the post carries it: the thread's copy says “Reported” from then on", async () => {
    fake.on("POST", "/api/v1/posts/31/flags", () =>
      new Response(
        JSON.stringify({
          id: 9,
          post_id: 31,
          reason: "spam",
          note: null,
          status: "open",
          created_at: "2026-11-25T10:00:00Z",
          flagger: { id: 5, username: "grace_l", display_name: "Grace", role: "member" },
        }),
        { status: 201, headers: { "Content-Type": "application/json" } },
      ),
    );
    const { onChange } = show(post());
    await userEvent.click(screen.getByRole("button", { name: "Report post #3" }));
    await userEvent.click(screen.getByRole("radio", { name: "Spam or advertising" }));
    await userEvent.click(screen.getByRole("button", { name: "Send report" }));
    await screen.findByText(/Your report about post #3 was sent/);
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ id: 31, my_flag: { id: 9, reason: "spam", status: "open" } }));
  });
});

describe("a suspended reader", () => {
  const UNTIL = "2099-12-07T18:42:00+00:00";
  const suspended = sampleMe({ suspended_until: UNTIL, suspension: { until: UNTIL, reason: "Unkind replies" } });

  it("sees reply, react and report, disabled and described by the suspension notice", async () => {
    show(post({ reactions: { heart: 2 } }), suspended);
    const controls = [
      screen.getByRole("button", { name: "Reply to post #3" }),
      screen.getByRole("button", { name: "Report post #3" }),
      screen.getByRole("button", { name: /^Heart/ }),
    ];
    for (const control of controls) {
      expect(control.getAttribute("aria-disabled")).toBe("true");
      expect(control.getAttribute("aria-describedby")).toBe(SUSPENSION_NOTICE_ID);
      await userEvent.click(control);
    }
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(fake.requests).toHaveLength(0);
  });

  it("whose suspension has ended can act again", () => {
    const past = "2020-01-01T00:00:00+00:00";
    show(post(), sampleMe({ suspended_until: past, suspension: { until: past, reason: "x" } }));
    expect(screen.getByRole("button", { name: "Report post #3" }).hasAttribute("aria-disabled")).toBe(false);
  });
});
