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
  post: post(10, 3, 1, { anonymous: true }),
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
  post: post(17, 5, 2, {
    author: userRef(4, "priya_k"),
    is_hidden: true,
    hidden_reason: "auto: 3 flags: abusive×2, other×1",
  }),
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
  fake.on("GET", /^\/api\/v1\/threads\/(\d+)$/, (_request, match) =>
    json(200, { id: Number(match[1]), title: `Thread number ${match[1]}` }),
  );
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

    // Safety first, exactly as the server ordered it; the thread title is looked up.
    const link = await within(first).findByRole("link", {
      name: "Post #1 in “Thread number 3”",
    });
    expect(link.getAttribute("href")).toBe("/t/3#post-1");
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
    expect(screen.getByText("Hid post #2.")).toBeTruthy();
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

    expect(await screen.findByText("This post has no open reports to resolve.")).toBeTruthy();
    expect(screen.queryByRole("article", { name: /Post #1/ })).toBeNull();
    expect(document.activeElement).toBe(itemFor(/Post #2/));
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
    fake.on("GET", /^\/api\/v1\/threads\/\d+$/, () => json(404, {}));
    fake.on("GET", "/api/v1/moderation/queue", (request) =>
      request.url.searchParams.get("cursor") === "page-2"
        ? json(200, { items: [SPAM], next_cursor: null })
        : json(200, { items: [SAFETY], next_cursor: "page-2" }),
    );
    show();
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("article", { name: /Post #2 in thread 5/ })).toBeTruthy();
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
