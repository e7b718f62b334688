import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../../api/client";
import { QueuePage } from "./QueuePage";
import { json, meAs, noContent, problem, renderAt, samplePost, userRef } from "./testing";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

type Item = Schemas["QueueItemRead"];

function post(
  id: number,
  threadId: number,
  number: number,
  extra: Partial<Schemas["PostRead"]> = {},
) {
  return samplePost({
    id,
    thread_id: threadId,
    number,
    author: userRef(7, "aisha_r"),
    body: "text",
    body_html: `<p>Body of post ${id}</p>`,
    ...extra,
  });
}

const SAFETY: Item = {
  id: 10,
  post: post(10, 3, 1, { anonymous: true, anonymous_label: "Anonymous (original poster)" }),
  thread: { id: 3, title: "Thread number 3" },
  flags: [
    {
      id: 3,
      post_id: 10,
      reason: "safety",
      note: "She may need urgent support",
      status: "open",
      created_at: "2026-11-25T11:00:00Z",
      flagger: userRef(4, "priya_k"),
    },
  ],
  flag_count: 1,
  first_flagged_at: "2026-11-25T11:00:00Z",
  claimed_by: null,
};

const SPAM: Item = {
  id: 17,
  post: post(17, 5, 2, {
    author: userRef(4, "priya_k"),
    is_hidden: true,
    hidden_reason: "auto: 3 flags: abusive×2, other×1",
    hidden_by: "reports",
    reply_to: { id: 16, number: 1 },
  }),
  thread: { id: 5, title: "Thread number 5" },
  flags: [
    {
      id: 4,
      post_id: 17,
      reason: "abusive",
      note: null,
      status: "open",
      created_at: "2026-11-25T11:05:00Z",
      flagger: userRef(8, "grace_l"),
    },
    {
      id: 5,
      post_id: 17,
      reason: "other",
      note: "<b>not bold</b>",
      status: "open",
      created_at: "2026-11-25T11:06:00Z",
      flagger: userRef(6, "tomasz"),
    },
  ],
  flag_count: 2,
  first_flagged_at: "2026-11-25T11:05:00Z",
  claimed_by: userRef(1, "admin", "admin"),
};

function serveQueue(items: Item[], next: string | null = null) {
  fake.on("GET", "/api/v1/moderation/queue", () => json(200, { items, next_cursor: next }));
  fake.on("GET", "/api/v1/posts/16", () =>
    json(200, post(16, 5, 1, { author: userRef(6, "tomasz"), body_html: "<p>The question</p>" })),
  );
  fake.on("GET", "/api/v1/moderation/queue/count", () => json(200, { open: items.length }));
}

function show(me: Schemas["MeRead"] | null = meAs("moderator")) {
  return renderAt(fake, <QueuePage />, { path: "/mod/queue", route: "/mod/queue", me });
}

function itemFor(name: RegExp) {
  return screen.getByRole("article", { name });
}

beforeEach(() => fake.reset());

describe("QueuePage", () => {
  test("renders items in server order with post, flags, author and claim", async () => {
    serveQueue([SAFETY, SPAM]);
    show();

    const articles = await screen.findAllByRole("article");
    expect(articles).toHaveLength(2);
    const [first, second] = articles as [HTMLElement, HTMLElement];

    // Safety first, exactly as the server ordered it; the post and its thread are linked.
    expect(first.getAttribute("aria-labelledby")).toBe("queue-item-10");
    expect(screen.getByRole("article", { name: "Post #1 in “Thread number 3”" })).toBe(first);
    expect(within(first).getByRole("link", { name: "Post #1" }).getAttribute("href")).toBe(
      "/t/3#post-1",
    );
    expect(
      within(first).getByRole("link", { name: "“Thread number 3”" }).getAttribute("href"),
    ).toBe("/t/3");
    // No reply: nothing quoted above it.
    expect(within(first).queryByRole("figure")).toBeNull();
    expect(within(first).getByText("Safety", { selector: ".badge" })).toBeTruthy();
    expect(within(first).getByText("Posted anonymously")).toBeTruthy();
    // Moderators see the anonymous author.
    expect(within(first).getByRole("link", { name: /Aisha @aisha_r/ })).toBeTruthy();
    expect(within(first).getByText("Someone may be at risk")).toBeTruthy();
    expect(within(first).getByText("She may need urgent support")).toBeTruthy();
    expect(within(first).getByText("Body of post 10").tagName).toBe("P");
    expect(within(first).getByText(/Not claimed/)).toBeTruthy();
    expect(within(first).getByText("1 open report")).toBeTruthy();

    expect(within(second).getByText("2 open reports")).toBeTruthy();
    expect(within(second).getByText(/auto: 3 flags/)).toBeTruthy();
    expect(within(second).getByText("Hidden by reports")).toBeTruthy();
    // The post it replied to is quoted above it, with its author and a link.
    const context = within(second).getByRole("figure", { name: "In reply to post #1" });
    expect(await within(context).findByText("The question")).toBeTruthy();
    expect(within(context).getByText(/by Tomasz/)).toBeTruthy();
    expect(within(context).getByRole("link", { name: "In reply to post #1" }).getAttribute("href")).toBe(
      "/t/5#post-1",
    );
    expect(fake.calls("GET", "/api/v1/posts/16")).toHaveLength(1);
    expect(within(second).getByText("Abusive or unkind")).toBeTruthy();
    expect(within(second).getByText("Something else")).toBeTruthy();
    // A flag note is text, never HTML.
    expect(within(second).getByText("<b>not bold</b>")).toBeTruthy();
    expect(within(second).getByRole("link", { name: /Admin @admin/ })).toBeTruthy();

    expect(fake.calls("GET", "/api/v1/moderation/queue")[0]?.headers.get("Authorization")).toBe(
      "Bearer access",
    );
  });

  test("resolving an item sends the action and note, then removes the item", async () => {
    serveQueue([SAFETY, SPAM]);
    fake.on("POST", "/api/v1/moderation/posts/17/resolve", () => json(200, SPAM.post));
    show();
    const user = userEvent.setup();

    const item = await screen.findByRole("article", { name: /Post #2/ });
    await user.type(within(item).getByLabelText("Note for the log (optional)"), "Rude");
    await user.click(within(item).getByRole("button", { name: "Hide post" }));

    await waitFor(() => expect(screen.queryByRole("article", { name: /Post #2/ })).toBeNull());
    expect(fake.calls("POST", "/api/v1/moderation/posts/17/resolve")[0]?.body).toEqual({
      action: "hide",
      note: "Rude",
    });
    expect(screen.getByText("Hid post #2 in “Thread number 5”.")).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(1);
    // Focus stays in the list: on the remaining item.
    expect(document.activeElement).toBe(itemFor(/Post #1/));
  });

  test("dismiss without a note sends no note; the last item leaves an empty queue", async () => {
    serveQueue([SAFETY]);
    fake.on("POST", "/api/v1/moderation/posts/10/resolve", () => json(200, SAFETY.post));
    show();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Dismiss reports" }));

    expect(await screen.findByText(/Nothing to review/)).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/moderation/posts/10/resolve")[0]?.body).toEqual({
      action: "dismiss",
    });
  });

  test("a claim conflict shows the server's detail and who holds the item", async () => {
    const unclaimed: Item = { ...SPAM, claimed_by: null };
    serveQueue([unclaimed]);
    fake.on("PUT", "/api/v1/moderation/posts/17/claim", () => {
      // Meanwhile the admin took it: the next read of the queue says so.
      serveQueue([SPAM]);
      return problem(409, "Another moderator has claimed this report.", "/problems/claimed");
    });
    show();
    const user = userEvent.setup();

    const item = await screen.findByRole("article", { name: /Post #2/ });
    expect(within(item).getByText(/Not claimed/)).toBeTruthy();
    await user.click(within(item).getByRole("button", { name: "Claim" }));

    expect((await within(item).findByRole("alert")).textContent).toBe(
      "Another moderator has claimed this report.",
    );
    expect(await within(item).findByRole("link", { name: /Admin @admin/ })).toBeTruthy();
    expect(within(item).queryByText(/Not claimed/)).toBeNull();
  });

  test("an item resolved elsewhere leaves the list, in the server's words", async () => {
    serveQueue([SAFETY, SPAM]);
    fake.on("POST", "/api/v1/moderation/posts/10/resolve", () =>
      problem(409, "This post has no open reports to resolve.", "/problems/nothing-to-resolve"),
    );
    show();
    const user = userEvent.setup();

    const item = await screen.findByRole("article", { name: /Post #1/ });
    await user.click(within(item).getByRole("button", { name: "Delete post" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Yes, delete it" }));

    expect(await screen.findByText("This post has no open reports to resolve.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    // Nothing was deleted here: nothing to undo.
    expect(screen.queryByRole("button", { name: /Undo/ })).toBeNull();
    expect(screen.queryByRole("article", { name: /Post #1/ })).toBeNull();
    expect(document.activeElement).toBe(itemFor(/Post #2/));
  });

  test("deleting asks first, naming the post; Undo restores it and says so", async () => {
    serveQueue([SAFETY, SPAM]);
    fake.on("POST", "/api/v1/moderation/posts/17/resolve", () => {
      serveQueue([SAFETY]);
      return json(200, { ...SPAM.post, is_deleted: true });
    });
    fake.on("POST", "/api/v1/posts/17/restore", () => json(200, SPAM.post));
    show();
    const user = userEvent.setup();

    const item = await screen.findByRole("article", { name: /Post #2/ });
    await user.click(within(item).getByRole("button", { name: "Delete post" }));
    let dialog = screen.getByRole("dialog", {
      name: "Delete post #2 by Priya in “Thread number 5”?",
    });
    expect(within(dialog).getByText(/You can undo this/)).toBeTruthy();
    // Cancel is the safe default, and cancelling sends nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" }));
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(fake.calls("POST", "/api/v1/moderation/posts/17/resolve")).toHaveLength(0);

    await user.click(within(item).getByRole("button", { name: "Delete post" }));
    dialog = screen.getByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Yes, delete it" }));

    await waitFor(() => expect(screen.queryByRole("article", { name: /Post #2/ })).toBeNull());
    expect(fake.calls("POST", "/api/v1/moderation/posts/17/resolve")[0]?.body).toEqual({
      action: "delete",
    });
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("Deleted post #2 in “Thread number 5”.");

    const undo = screen.getByRole("button", { name: "Undo the delete of post #2 in “Thread number 5”" });
    await user.click(undo);
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "Restored post #2 in “Thread number 5”: members can read it again. View post #2",
      ),
    );
    expect(fake.calls("POST", "/api/v1/posts/17/restore")).toHaveLength(1);
    expect(screen.getByRole("link", { name: "View post #2" }).getAttribute("href")).toBe(
      "/t/5#post-2",
    );
    expect(screen.queryByRole("button", { name: /Undo/ })).toBeNull();
  });

  test("an undo that fails says why and can be tried again", async () => {
    serveQueue([SPAM]);
    fake.on("POST", "/api/v1/moderation/posts/17/resolve", () => json(200, SPAM.post));
    fake.on("POST", "/api/v1/posts/17/restore", () =>
      problem(404, "This post is in a deleted thread: restore the thread.", "/problems/not-found"),
    );
    show();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Delete post" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete it" }));
    await user.click(await screen.findByRole("button", { name: /^Undo/ }));

    expect((await screen.findByRole("alert")).textContent).toBe(
      "This post is in a deleted thread: restore the thread.",
    );
    expect(screen.getByRole("status").textContent).toBe("Deleted post #2 in “Thread number 5”.");
    expect(screen.getByRole("button", { name: /^Undo/ })).toHaveProperty("disabled", false);
  });

  test("warn the author from the queue item, with the member screen's form", async () => {
    serveQueue([SPAM]);
    fake.on("GET", "/api/v1/users/priya_k", () =>
      json(200, { ...userRef(4, "priya_k"), bio: "", created_at: "2026-01-01Z", post_count: 3 }),
    );
    fake.on("GET", "/api/v1/users/priya_k/warnings", () => json(200, []));
    fake.on("POST", "/api/v1/users/priya_k/warnings", (request) =>
      json(201, {
        id: 9,
        reason: (request.body as { reason: string }).reason,
        created_at: "2026-11-25T12:00:00Z",
        moderator: userRef(2, "maya_mod", "moderator"),
      }),
    );
    show();
    const user = userEvent.setup();

    const item = await screen.findByRole("article", { name: /Post #2/ });
    await user.click(within(item).getByRole("button", { name: "Warn author of post #2" }));
    const dialog = screen.getByRole("dialog", { name: "Warn Priya" });
    expect(await within(dialog).findByText("No warnings.")).toBeTruthy();
    await user.type(within(dialog).getByLabelText("Reason for warning"), "Please be kind");
    await user.click(within(dialog).getByRole("button", { name: "Send warning" }));
    expect(await within(dialog).findByText("Warning sent to Priya.")).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/users/priya_k/warnings")[0]?.body).toEqual({
      reason: "Please be kind",
    });

    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    // The item stays: a warning does not resolve the reports.
    expect(screen.getByRole("article", { name: /Post #2/ })).toBeTruthy();
  });

  test("suspend opens the suspension form; a moderator cannot suspend an administrator", async () => {
    const byAdmin: Item = { ...SPAM, post: { ...SPAM.post, author: userRef(1, "admin", "admin") } };
    serveQueue([SAFETY, byAdmin]);
    fake.on("GET", "/api/v1/users/aisha_r", () =>
      json(200, { ...userRef(7, "aisha_r"), bio: "", created_at: "2026-01-01Z", post_count: 3 }),
    );
    fake.on("GET", "/api/v1/users/admin", () =>
      json(200, { ...userRef(1, "admin", "admin"), bio: "", created_at: "2026-01-01Z", post_count: 3 }),
    );
    fake.on("GET", "/api/v1/moderation/log", () => json(200, { items: [], next_cursor: null }));
    show();
    const user = userEvent.setup();

    // The anonymous post's author is known to moderators, and can be suspended.
    const first = await screen.findByRole("article", { name: /Post #1/ });
    await user.click(within(first).getByRole("button", { name: "Suspend author of post #1" }));
    let dialog = screen.getByRole("dialog", { name: "Suspend Aisha" });
    expect(await within(dialog).findByText("Not suspended.")).toBeTruthy();
    expect(within(dialog).getByLabelText("Suspend until")).toBeTruthy();
    expect(within(dialog).getByLabelText("Reason for suspension")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();

    const second = screen.getByRole("article", { name: /Post #2/ });
    await user.click(within(second).getByRole("button", { name: "Suspend author of post #2" }));
    dialog = screen.getByRole("dialog", { name: "Suspend Admin" });
    expect(await within(dialog).findByText(/You cannot suspend or warn Admin/)).toBeTruthy();
    expect(within(dialog).queryByLabelText("Suspend until")).toBeNull();
  });

  test("claim then release", async () => {
    serveQueue([{ ...SPAM, claimed_by: null }]);
    fake.on("PUT", "/api/v1/moderation/posts/17/claim", () => noContent());
    fake.on("DELETE", "/api/v1/moderation/posts/17/claim", () => noContent());
    show();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Claim" }));
    expect(await screen.findByText(/Claimed by you/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Release" }));
    expect(await screen.findByText(/Not claimed/)).toBeTruthy();
    expect(fake.calls("DELETE", "/api/v1/moderation/posts/17/claim")).toHaveLength(1);
  });

  test("load more follows next_cursor and appends", async () => {
    fake.on("GET", "/api/v1/moderation/queue", (request) =>
      request.url.searchParams.get("cursor") === "page-2"
        ? json(200, { items: [SPAM], next_cursor: null })
        : json(200, { items: [SAFETY], next_cursor: "page-2" }),
    );
    show();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("article", { name: /Post #2 in “Thread number 5”/ })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  test("members get a moderators-only message with the server's detail", async () => {
    fake.on("GET", "/api/v1/moderation/queue", () => problem(403, "Only moderators can do this."));
    show(meAs("member", 4, "priya_k"));

    expect(await screen.findByText("This page is for moderators only.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("Only moderators can do this.");
  });

  test("signed-out visitors are asked to sign in", async () => {
    fake.on("GET", "/api/v1/moderation/queue", () =>
      problem(401, "Sign in to do this.", "/problems/not-authenticated"),
    );
    show(null);

    expect(await screen.findByText("This page is for moderators only.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("Sign in to do this.");
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe(
      "/signin?next=%2Fmod%2Fqueue",
    );
  });
});
