import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../../api/client";
import { CategoriesAdminPage } from "../../pages/mod/CategoriesAdminPage";
import {
  json,
  meAs,
  noContent,
  problem,
  renderAt,
  samplePost,
  sampleThread,
  userRef,
} from "../../pages/mod/testing";
import { PostModActions } from "./PostModActions";
import { ThreadModTools } from "./ThreadModTools";
import { UserModTools } from "./UserModTools";

const fake = await vi.hoisted(async () =>
  (await import("../../test/fake-api")).installFakeApi(),
);

const THREAD = sampleThread();
const POST = samplePost();

const COUNTS = { thread_count: 0, post_count: 0, last_post_at: null };
const CATEGORIES = [
  { ...COUNTS, id: 3, slug: "toddlers", name: "Toddlers", description: "", description_html: "", position: 1 },
  { ...COUNTS, id: 4, slug: "sleep", name: "Sleep", description: "Naps", description_html: "<p>Naps</p>", position: 2 },
] satisfies Schemas["CategoryRead"][];

const MEMBER = meAs("member", 4, "priya_k");
const AT_THREAD = { path: "/t/5", route: "/t/:id" };

function ThreadHarness() {
  const [thread, setThread] = useState(THREAD);
  return (
    <>
      <p>{thread.is_locked ? "locked" : "open"}</p>
      <ThreadModTools thread={thread} onChange={setThread} />
    </>
  );
}

function PostHarness({ initial = POST }: { initial?: Schemas["PostRead"] }) {
  const [post, setPost] = useState(initial);
  return (
    <>
      <p>
        {post.is_deleted
          ? "deleted"
          : post.is_hidden
            ? `hidden: ${post.hidden_reason}`
            : "visible"}
      </p>
      <PostModActions post={post} onChange={setPost} />
    </>
  );
}

beforeEach(() => {
  fake.reset();
  fake.on("GET", "/api/v1/categories", () => json(200, CATEGORIES));
});

describe("ThreadModTools", () => {
  test("renders nothing for members", async () => {
    renderAt(fake, <ThreadHarness />, { ...AT_THREAD, me: MEMBER });
    await screen.findByText("open");
    await waitFor(() => expect(fake.calls("GET", "/api/v1/me")).toHaveLength(1));
    expect(screen.queryByRole("region", { name: "Moderator tools" })).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("locks, moves, and deletes after confirmation", async () => {
    let current = THREAD;
    fake.on("PATCH", "/api/v1/threads/5", (request) => {
      const { category, ...rest } = request.body as { category?: string };
      const moved = CATEGORIES.find((item) => item.slug === category);
      current = { ...current, ...rest, ...(moved ? { category: { ...moved, kind: "forum" as const } } : {}) };
      return json(200, current);
    });
    fake.on("DELETE", "/api/v1/threads/5", () => noContent());
    renderAt(fake, <ThreadHarness />, { ...AT_THREAD, me: meAs("moderator") });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Lock thread" }));
    expect(await screen.findByText("locked")).toBeTruthy();
    expect(fake.calls("PATCH", "/api/v1/threads/5")[0]?.body).toEqual({ is_locked: true });
    expect(screen.getByRole("button", { name: "Unlock thread" })).toBeTruthy();

    const select = screen.getByLabelText("Move to category");
    await waitFor(() => expect(select).toHaveProperty("disabled", false));
    await user.selectOptions(screen.getByLabelText("Move to category"), "sleep");
    await user.click(screen.getByRole("button", { name: "Move thread" }));
    await waitFor(() => expect(fake.calls("PATCH", "/api/v1/threads/5")).toHaveLength(2));
    expect(fake.calls("PATCH", "/api/v1/threads/5")[1]?.body).toEqual({ category: "sleep" });

    await user.click(screen.getByRole("button", { name: "Delete thread" }));
    expect(fake.calls("DELETE", "/api/v1/threads/5")).toHaveLength(0);
    const dialog = screen.getByRole("dialog", { name: "Delete “The great broccoli standoff”?" });
    expect(within(dialog).getByText(/its 3 posts will disappear for members/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Cancel" }));
    await user.click(within(dialog).getByRole("button", { name: "Yes, delete thread" }));
    await waitFor(() => expect(fake.calls("DELETE", "/api/v1/threads/5")).toHaveLength(1));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("a deleted thread can be undone from where it was deleted", async () => {
    fake.on("DELETE", "/api/v1/threads/5", () => noContent());
    fake.on("POST", "/api/v1/threads/5/restore", () => json(200, THREAD));
    renderAt(fake, <ThreadHarness />, { ...AT_THREAD, me: meAs("moderator") });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Delete thread" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete thread" }));

    const status = await screen.findByRole("status");
    expect(status.textContent).toBe(
      "Deleted “The great broccoli standoff”: members no longer see it or its posts.",
    );
    // The reader stays, with the undo and a way back to the category.
    expect(screen.getByRole("link", { name: "Back to Toddlers" }).getAttribute("href")).toBe(
      "/c/toddlers",
    );
    expect(screen.queryByRole("button", { name: "Lock thread" })).toBeNull();
    await user.click(
      screen.getByRole("button", { name: "Undo the delete of “The great broccoli standoff”" }),
    );
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "Restored “The great broccoli standoff”: it is back in Toddlers.",
      ),
    );
    expect(fake.calls("POST", "/api/v1/threads/5/restore")).toHaveLength(1);
    // The tools are back.
    expect(screen.getByRole("button", { name: "Lock thread" })).toBeTruthy();
  });
});

describe("PostModActions", () => {
  test("hide asks for a reason, unhide reverses it", async () => {
    fake.on("POST", "/api/v1/posts/17/hide", (request) =>
      json(200, {
        ...POST,
        is_hidden: true,
        hidden_reason: (request.body as { reason: string }).reason,
      }),
    );
    fake.on("POST", "/api/v1/posts/17/unhide", () => json(200, POST));
    renderAt(fake, <PostHarness />, { ...AT_THREAD, me: meAs("moderator") });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Hide post #2" }));
    await user.type(screen.getByLabelText("Reason for hiding"), "Personal details");
    await user.click(screen.getByRole("button", { name: "Hide post" }));
    expect(await screen.findByText("hidden: Personal details")).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/posts/17/hide")[0]?.body).toEqual({
      reason: "Personal details",
    });

    await user.click(screen.getByRole("button", { name: "Unhide post #2" }));
    expect(await screen.findByText("visible")).toBeTruthy();
  });

  test("a moderator deletes someone's post after confirming, and can undo it", async () => {
    fake.on("DELETE", "/api/v1/posts/17", () => noContent());
    fake.on("POST", "/api/v1/posts/17/restore", () => json(200, POST));
    renderAt(fake, <PostHarness />, { ...AT_THREAD, me: meAs("moderator") });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Delete post #2 as a moderator" }));
    const dialog = screen.getByRole("dialog", { name: "Delete post #2 by Priya?" });
    expect(fake.calls("DELETE", "/api/v1/posts/17")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Yes, delete it" }));

    expect(await screen.findByText("deleted")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Deleted post #2.");
    // The delete button went with the post's body: the keyboard is taken to the news.
    expect(document.activeElement?.className).toBe("mod-outcome");
    await user.click(screen.getByRole("button", { name: "Undo the delete of post #2" }));
    expect(await screen.findByText("visible")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(
      "Restored post #2: members can read it again.",
    );
    expect(fake.calls("POST", "/api/v1/posts/17/restore")).toHaveLength(1);
  });

  test("a deleted post offers Restore; the server's refusal is shown", async () => {
    fake.on("POST", "/api/v1/posts/17/restore", () =>
      problem(409, "Its author erased this post when they left; it cannot come back.", "/problems/post-erased"),
    );
    renderAt(fake, <PostHarness initial={{ ...POST, is_deleted: true, body: "", body_html: "" }} />, {
      ...AT_THREAD,
      me: meAs("moderator"),
    });
    const user = userEvent.setup();

    const restore = await screen.findByRole("button", { name: "Restore post #2" });
    expect(screen.queryByRole("button", { name: /Hide/ })).toBeNull();
    await user.click(restore);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Its author erased this post when they left; it cannot come back.",
    );
    expect(screen.getByText("deleted")).toBeTruthy();
  });

  test("a moderator's own post keeps its author's Delete only", async () => {
    renderAt(fake, <PostHarness initial={{ ...POST, is_mine: true }} />, {
      ...AT_THREAD,
      me: meAs("moderator"),
    });
    expect(await screen.findByRole("button", { name: "Hide post #2" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Delete/ })).toBeNull();
  });

  test("renders nothing for members", async () => {
    renderAt(fake, <PostHarness />, { ...AT_THREAD, me: MEMBER });
    await waitFor(() => expect(fake.calls("GET", "/api/v1/me")).toHaveLength(1));
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("UserModTools", () => {
  const TARGET = { ...userRef(6, "tomasz"), bio: "", created_at: "2026-01-01Z", post_count: 3 };
  const MAYA = userRef(2, "maya_mod", "moderator");
  const AT_USER = { path: "/u/tomasz", route: "/u/:username" };

  function serveUser() {
    fake.on("GET", "/api/v1/users/tomasz", () => json(200, TARGET));
    fake.on("GET", "/api/v1/users/tomasz/warnings", () =>
      json(200, [
        { id: 1, reason: "Be kind", created_at: "2026-11-20T10:00:00Z", moderator: MAYA },
      ]),
    );
    fake.on("GET", "/api/v1/users/tomasz/notes", () => json(200, []));
    fake.on("GET", "/api/v1/moderation/log", (request) =>
      json(200, {
        items:
          request.url.searchParams.get("action") === "user.suspend"
            ? [
                {
                  id: 40,
                  actor: MAYA,
                  action: "user.suspend",
                  target_type: "user",
                  target_id: 6,
                  note: "until 2999-01-01T00:00:00+00:00: Cooling off",
                  created_at: "2026-11-25T10:00:00Z",
                },
              ]
            : [],
        next_cursor: null,
      }),
    );
  }

  test("shows suspension, warnings with count, notes; warns with an Idempotency-Key", async () => {
    serveUser();
    fake.on("POST", "/api/v1/users/tomasz/warnings", (request) =>
      json(201, {
        id: 2,
        reason: (request.body as { reason: string }).reason,
        created_at: "2026-11-25T12:00:00Z",
        moderator: MAYA,
      }),
    );
    renderAt(fake, <UserModTools username="tomasz" />, { ...AT_USER, me: meAs("moderator") });
    const user = userEvent.setup();

    expect(await screen.findByText(/Cooling off/)).toBeTruthy();
    expect(screen.getByText(/Suspended until/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Lift suspension" })).toBeTruthy();
    expect(await screen.findByText("Be kind")).toBeTruthy();
    expect(await screen.findByText("No notes yet.")).toBeTruthy();
    // No role control for moderators.
    expect(screen.queryByLabelText("Role")).toBeNull();

    await user.type(screen.getByLabelText("Reason for warning"), "Second time");
    await user.click(screen.getByRole("button", { name: "Send warning" }));
    const list = await screen.findByRole("list", { name: "Warnings" });
    await within(list).findByText("Second time");
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    const post = fake.calls("POST", "/api/v1/users/tomasz/warnings")[0];
    expect(post?.body).toEqual({ reason: "Second time" });
    expect(post?.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("suspends with an ISO time and lifts; admins can change the role", async () => {
    serveUser();
    fake.on("GET", "/api/v1/moderation/log", () => json(200, { items: [], next_cursor: null }));
    fake.on("PUT", "/api/v1/users/tomasz/suspension", () => json(200, TARGET));
    fake.on("DELETE", "/api/v1/users/tomasz/suspension", () => noContent());
    fake.on("PUT", "/api/v1/users/tomasz/role", () => json(200, { ...TARGET, role: "moderator" }));
    const admin = meAs("admin", 1, "admin");
    renderAt(fake, <UserModTools username="tomasz" />, { ...AT_USER, me: admin });
    const user = userEvent.setup();

    expect(await screen.findByText("Not suspended.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "1 week" }));
    await user.type(screen.getByLabelText("Reason for suspension"), "Spam");
    await user.click(screen.getByRole("button", { name: "Suspend" }));
    expect(await screen.findByText(/Suspended until/)).toBeTruthy();
    const body = fake.calls("PUT", "/api/v1/users/tomasz/suspension")[0]?.body as {
      until: string;
      reason: string;
    };
    expect(body.reason).toBe("Spam");
    expect(body.until).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const days = (new Date(body.until).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);

    await user.click(screen.getByRole("button", { name: "Lift suspension" }));
    expect(await screen.findByText("Not suspended.")).toBeTruthy();
    expect(fake.calls("DELETE", "/api/v1/users/tomasz/suspension")).toHaveLength(1);

    await user.selectOptions(screen.getByLabelText("Role"), "moderator");
    await user.click(screen.getByRole("button", { name: "Change role" }));
    expect(await screen.findByText("Tomasz is now moderator.")).toBeTruthy();
    expect(fake.calls("PUT", "/api/v1/users/tomasz/role")[0]?.body).toEqual({ role: "moderator" });
  });
});

describe("CategoriesAdminPage", () => {
  const AT_ADMIN = { path: "/admin/categories", route: "/admin/categories" };

  test("non-admins are told it is for administrators", async () => {
    renderAt(fake, <CategoriesAdminPage />, { ...AT_ADMIN, me: meAs("moderator") });
    expect(await screen.findByText("This page is for administrators only.")).toBeTruthy();
  });

  test("creates with an Idempotency-Key and edits inline with only the changes", async () => {
    fake.on("PATCH", "/api/v1/categories/sleep", (request) =>
      json(200, { ...CATEGORIES[1], ...(request.body as object) }),
    );
    fake.on("POST", "/api/v1/categories", (request) =>
      (request.body as { slug: string }).slug === "sleep"
        ? problem(409, "The slug 'sleep' is taken.", "/problems/conflict")
        : json(201, { ...COUNTS, ...(request.body as object), id: 9, position: 3 }),
    );
    renderAt(fake, <CategoriesAdminPage />, { ...AT_ADMIN, me: meAs("admin", 1, "admin") });
    const user = userEvent.setup();

    const form = await screen.findByRole("form", { name: "New category" });
    await user.type(within(form).getByLabelText("Name"), "Sleep again");
    await user.type(within(form).getByLabelText("Slug"), "sleep");
    await user.click(within(form).getByRole("button", { name: "Create category" }));
    expect((await within(form).findByRole("alert")).textContent).toBe("The slug 'sleep' is taken.");
    const first = fake.calls("POST", "/api/v1/categories")[0];
    expect(first?.body).toEqual({ slug: "sleep", name: "Sleep again", description: "" });
    const key = first?.headers.get("Idempotency-Key");
    expect(key).toBeTruthy();
    // The same attempt again reuses its key; a changed body gets a new one.
    await user.click(within(form).getByRole("button", { name: "Create category" }));
    await waitFor(() => expect(fake.calls("POST", "/api/v1/categories")).toHaveLength(2));
    expect(fake.calls("POST", "/api/v1/categories")[1]?.headers.get("Idempotency-Key")).toBe(key);
    await user.clear(within(form).getByLabelText("Slug"));
    await user.type(within(form).getByLabelText("Slug"), "naps");
    await user.click(within(form).getByRole("button", { name: "Create category" }));
    expect(await screen.findByRole("link", { name: "Sleep again" })).toBeTruthy();
    const third = fake.calls("POST", "/api/v1/categories")[2];
    expect(third?.headers.get("Idempotency-Key")).not.toBe(key);
    expect(within(form).getByLabelText("Name")).toHaveProperty("value", "");

    await user.click(screen.getByRole("button", { name: "Edit Sleep" }));
    const edit = screen.getByRole("form", { name: "Edit Sleep" });
    await user.clear(within(edit).getByLabelText("Name"));
    await user.type(within(edit).getByLabelText("Name"), "Sleep & naps");
    await user.click(within(edit).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByRole("link", { name: "Sleep & naps" })).toBeTruthy();
    expect(fake.calls("PATCH", "/api/v1/categories/sleep")[0]?.body).toEqual({
      name: "Sleep & naps",
    });
  });
});
