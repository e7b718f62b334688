import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import type { Schemas } from "../../api/client";
import { fullDate } from "../../components/format";
import { AuditLogPage } from "./AuditLogPage";
import { json, meAs, problem, renderAt, sampleThread, userRef } from "./testing";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

type Entry = Schemas["AuditEntryRead"];

const ENTRIES: Entry[] = [
  {
    id: 12,
    actor: userRef(2, "maya_mod", "moderator"),
    action: "post.hide",
    target_type: "post",
    target_id: 17,
    target_label: "post 2 in “Bedtime battles”",
    note: "Unkind to a new mum",
    created_at: "2026-11-25T12:00:00Z",
  },
  {
    id: 11,
    actor: null,
    action: "post.auto_hide",
    target_type: "post",
    target_id: 99,
    target_label: "post 99",
    note: "auto: 3 flags: abusive×3",
    created_at: "2026-11-25T11:00:00Z",
  },
  {
    id: 10,
    actor: userRef(1, "admin", "admin"),
    action: "category.create",
    target_type: "category",
    target_id: 8,
    target_label: "Meet-ups",
    note: null,
    created_at: "2026-11-25T10:00:00Z",
  },
  {
    id: 9,
    actor: userRef(2, "maya_mod", "moderator"),
    action: "thread.pin",
    target_type: "thread",
    target_id: 1,
    target_label: "Welcome to Village",
    note: null,
    created_at: "2026-11-25T09:00:00Z",
  },
];

function logQueries(): Record<string, string>[] {
  return fake
    .calls("GET", "/api/v1/moderation/log")
    .map((request) => Object.fromEntries(request.url.searchParams));
}

function show(path = "/mod/log") {
  return renderAt(fake, <AuditLogPage />, { path, route: "/mod/log", me: meAs("moderator") });
}

beforeEach(() => {
  fake.reset();
  fake.on("GET", "/api/v1/moderation/log", () => json(200, { items: ENTRIES, next_cursor: null }));
  fake.on("GET", "/api/v1/categories", () =>
    json(200, [{ id: 8, slug: "meetups", name: "Meet-ups" }]),
  );
  fake.on("GET", "/api/v1/posts/17", () => json(200, { id: 17, thread_id: 5, number: 2 }));
  fake.on("GET", "/api/v1/posts/99", () => problem(404, "Post 99 does not exist."));
});

describe("AuditLogPage", () => {
  test("renders the table with actor or automatic, action, linked target, note", async () => {
    show();
    const table = await screen.findByRole("table", { name: "Moderation log entries" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(4);
    const [hide, auto, category, pin] = rows as HTMLElement[] as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];

    expect(within(hide).getByRole("link", { name: /Maya @maya_mod/ })).toBeTruthy();
    expect(within(hide).getByText("Post hidden")).toBeTruthy();
    expect(within(hide).getByText("Unkind to a new mum")).toBeTruthy();
    // The post by its number in its thread, as the queue names it, linked to its place.
    const postLink = await within(hide).findByRole("link", { name: "Post #2 in “Bedtime battles”" });
    expect(postLink.getAttribute("href")).toBe("/t/5#post-2");

    expect(within(auto).getByText("automatic")).toBeTruthy();
    // A post that cannot be read is named, unlinked.
    expect(within(auto).getByText("Post 99")).toBeTruthy();
    expect(within(auto).queryByRole("link", { name: "Post 99" })).toBeNull();

    expect(
      (await within(category).findByRole("link", { name: "Meet-ups" })).getAttribute("href"),
    ).toBe("/c/meetups");
    expect(
      within(pin).getByRole("link", { name: "Welcome to Village" }).getAttribute("href"),
    ).toBe("/t/1");

    // Dates in the reader's own words, never the raw ISO time.
    const when = within(hide).getByText(fullDate("2026-11-25T12:00:00Z"));
    expect(when.tagName).toBe("TIME");
    expect(when.getAttribute("datetime")).toBe("2026-11-25T12:00:00Z");
    expect(table.textContent).not.toContain("2026-11-25T");

    expect(logQueries()).toEqual([{ limit: "25" }]);
  });

  test("members, reports and deleted threads by name; times in notes in local time", async () => {
    const maya = userRef(2, "maya_mod", "moderator");
    const entry = (id: number, fields: Partial<Entry>): Entry => ({
      id,
      actor: maya,
      action: "user.warn",
      target_type: "user",
      target_id: 6,
      target_label: "tomasz",
      note: null,
      created_at: "2026-11-25T12:00:00Z",
      ...fields,
    });
    fake.on("GET", "/api/v1/moderation/log", () =>
      json(200, {
        items: [
          entry(30, {
            action: "user.suspend",
            note: "until 2026-12-07T18:42:00+00:00: Cooling off",
          }),
          entry(29, { action: "user.leave", target_id: 8, target_label: "Deleted member" }),
          entry(28, {
            action: "flag.upheld",
            target_type: "flag",
            target_id: 7,
            target_label: "report 7 on post 12 in “Sleep regression help”",
          }),
          entry(27, {
            action: "thread.delete",
            target_type: "thread",
            target_id: 4,
            target_label: "Post 3 in the morning",
          }),
        ],
        next_cursor: null,
      }),
    );
    show();
    const table = await screen.findByRole("table", { name: "Moderation log entries" });
    const [suspend, left, flag, deleted] = within(table).getAllByRole("row").slice(1) as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];

    expect(within(suspend).getByRole("link", { name: "@tomasz" }).getAttribute("href")).toBe(
      "/u/tomasz",
    );
    expect(within(suspend).getByText(`until ${fullDate("2026-12-07T18:42:00+00:00")}: Cooling off`)).toBeTruthy();
    expect(within(left).getByText("Deleted member")).toBeTruthy();
    expect(within(left).queryAllByRole("link").map((link) => link.textContent)).toEqual([
      "Maya @maya_mod",
    ]);
    expect(within(flag).getByText("Report 7 on post #12 in “Sleep regression help”")).toBeTruthy();
    // A deleted thread has no page; its title is left as written.
    expect(
      within(deleted).getByText("Post 3 in the morning", { selector: ":not(.visually-hidden)" }),
    ).toBeTruthy();
    expect(within(deleted).queryByRole("link", { name: /morning/ })).toBeNull();
    // Only deletes offer a restore.
    expect(within(table).getAllByRole("button", { name: /^Restore/ })).toHaveLength(1);
  });

  test("a deleted thread is restored from its log entry, and then linked", async () => {
    fake.on("GET", "/api/v1/moderation/log", () =>
      json(200, {
        items: [
          {
            id: 50,
            actor: userRef(2, "maya_mod", "moderator"),
            action: "thread.delete",
            target_type: "thread",
            target_id: 4,
            target_label: "Sleep regression help",
            note: null,
            created_at: "2026-11-25T12:00:00Z",
          },
        ],
        next_cursor: null,
      }),
    );
    fake.on("POST", "/api/v1/threads/4/restore", () => json(200, sampleThread({ id: 4 })));
    show();
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole("button", { name: "Restore thread Sleep regression help" }),
    );
    expect(await screen.findByText("Restored: members can see it again.")).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/threads/4/restore")).toHaveLength(1);
    expect(
      screen.getByRole("link", { name: "Sleep regression help" }).getAttribute("href"),
    ).toBe("/t/4");
    expect(screen.queryByRole("button", { name: /^Restore/ })).toBeNull();
  });

  test("the filters build the right query, and clearing them drops it", async () => {
    show();
    const user = userEvent.setup();
    await screen.findByRole("table");

    await user.type(screen.getByLabelText("Actor (username)"), "  maya_mod ");
    await user.selectOptions(screen.getByLabelText("Action"), "user.suspend");
    await user.selectOptions(screen.getByLabelText("Target type"), "user");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));

    await waitFor(() => expect(logQueries()).toHaveLength(2));
    expect(logQueries()[1]).toEqual({
      limit: "25",
      actor: "maya_mod",
      action: "user.suspend",
      target_type: "user",
    });
    // The form keeps showing what is applied.
    expect((screen.getByLabelText("Action") as HTMLSelectElement).value).toBe("user.suspend");

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(logQueries()).toHaveLength(3));
    expect(logQueries()[2]).toEqual({ limit: "25" });
    expect((screen.getByLabelText("Actor (username)") as HTMLInputElement).value).toBe("");
  });

  test("a single filter sends only that parameter", async () => {
    show();
    const user = userEvent.setup();
    await screen.findByRole("table");

    await user.selectOptions(screen.getByLabelText("Target type"), "thread");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));

    await waitFor(() => expect(logQueries()).toHaveLength(2));
    expect(logQueries()[1]).toEqual({ limit: "25", target_type: "thread" });
  });

  test("filters in the address are applied on arrival", async () => {
    show("/mod/log?action=queue.claim&actor=admin");
    await screen.findByRole("table");
    expect(logQueries()).toEqual([{ limit: "25", actor: "admin", action: "queue.claim" }]);
    expect((screen.getByLabelText("Actor (username)") as HTMLInputElement).value).toBe("admin");
  });

  test("every known action is offered", () => {
    show();
    const options = within(screen.getByLabelText("Action") as HTMLSelectElement)
      .getAllByRole("option")
      .map((option) => (option as HTMLOptionElement).value);
    // "Any action" and each of the API's AuditAction values.
    expect(options).toHaveLength(34);
    expect(options).toContain("user.suspension_expired");
    expect(options).toContain("meetup.cancel");
    expect(options).toContain("category.update");
    expect(options).toContain("post.restore");
    expect(options).toContain("thread.restore");
    const targets = within(screen.getByLabelText("Target type") as HTMLSelectElement)
      .getAllByRole("option")
      .map((option) => (option as HTMLOptionElement).value);
    expect(targets).toEqual(["", "post", "flag", "thread", "user", "category", "webhook", "meetup"]);
  });

  test("load more sends the cursor with the same filters", async () => {
    fake.on("GET", "/api/v1/moderation/log", (request) =>
      request.url.searchParams.get("cursor")
        ? json(200, { items: [ENTRIES[3]], next_cursor: null })
        : json(200, { items: ENTRIES.slice(0, 3), next_cursor: "older" }),
    );
    show("/mod/log?target_type=post");
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Load more" }));
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(5));
    expect(logQueries()[1]).toEqual({ limit: "25", target_type: "post", cursor: "older" });
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  test("no entries for the filters says so", async () => {
    fake.on("GET", "/api/v1/moderation/log", () => json(200, { items: [], next_cursor: null }));
    show("/mod/log?actor=nobody");
    expect(await screen.findByText("No log entries match these filters.")).toBeTruthy();
  });

  test("members are told it is for moderators, in the server's words", async () => {
    fake.on("GET", "/api/v1/moderation/log", () => problem(403, "Only moderators can do this."));
    show();
    expect(await screen.findByText("This page is for moderators only.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("Only moderators can do this.");
  });
});
