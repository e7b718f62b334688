import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { json, meAs, renderAt } from "./mod/testing";
import { NewThreadPage } from "./NewThreadPage";

const CATEGORIES = [
  {
    id: 3,
    slug: "toddlers",
    name: "Toddlers",
    description: "",
    description_html: "",
    position: 0,
    thread_count: 0,
    post_count: 0,
    last_post_at: null,
  },
];

function describedBy(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

function show(me = meAs("member", 8, "jess_tired")) {
  fake.on("GET", "/api/v1/categories", () => json(200, CATEGORIES));
  renderAt(fake, <NewThreadPage />, { path: "/new?category=toddlers", route: "/new", me });
}

beforeEach(() => {
  fake.reset();
});

describe("Start a thread", () => {
  it("keeps a 425-character pasted title whole, counts it, and says what is wrong on submit", async () => {
    show();
    const title = await screen.findByRole("textbox", { name: "Title" });
    const long = "Why does my toddler ".repeat(22).slice(0, 425);
    fireEvent.change(title, { target: { value: long } });
    expect((title as HTMLInputElement).value).toBe(long);
    expect(title.hasAttribute("maxlength")).toBe(false);
    expect(describedBy(title)).toContain("225 too many: 425 of 200 characters");

    fireEvent.change(screen.getByRole("textbox", { name: "Your message" }), { target: { value: "Help" } });
    fireEvent.click(screen.getByRole("button", { name: "Start thread" }));

    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(describedBy(title)).toMatch(/^⚠ Title can be at most 200 characters — this one has 425\./);
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(fake.calls("POST", "/api/v1/threads")).toHaveLength(0);
    expect((title as HTMLInputElement).value).toBe(long);
  });

  it("warns as the title nears its limit", async () => {
    show();
    const title = await screen.findByRole("textbox", { name: "Title" });
    fireEvent.change(title, { target: { value: "x".repeat(150) } });
    expect(document.getElementById("new-thread-title-count")?.className).toContain("is-ok");
    fireEvent.change(title, { target: { value: "x".repeat(185) } });
    expect(document.getElementById("new-thread-title-count")?.className).toContain("is-near");
  });

  it("puts the server's problems next to the title and the category, in plain words", async () => {
    fake.on("POST", "/api/v1/threads", () =>
      json(422, {
        type: "/problems/validation-error",
        title: "The request is not valid",
        status: 422,
        detail: "…",
        errors: [
          { loc: ["body", "category"], msg: "There is no category 'toddlers'." },
          { loc: ["body", "title"], msg: "Value error, must be one line, without spaces at the start or end" },
        ],
      }),
    );
    const user = userEvent.setup();
    show();
    fireEvent.change(await screen.findByRole("textbox", { name: "Title" }), {
      target: { value: "Sleep regression help" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Your message" }), {
      target: { value: "Four months and no sleep." },
    });
    await user.click(screen.getByRole("button", { name: "Start thread" }));

    const category = screen.getByRole("combobox", { name: "Category" });
    await waitFor(() => expect(category.getAttribute("aria-invalid")).toBe("true"));
    expect(describedBy(category)).toBe("⚠ There is no category 'toddlers'.");
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(describedBy(title)).toMatch(/^⚠ Title must be one line, without spaces at the start or end\./);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(document.body.textContent).not.toMatch(/Value error|title:/);
  });

  it("refuses a title that is too short before sending anything", async () => {
    const user = userEvent.setup();
    show();
    fireEvent.change(await screen.findByRole("textbox", { name: "Title" }), { target: { value: "Hi" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Your message" }), { target: { value: "Hello" } });
    await user.click(screen.getByRole("button", { name: "Start thread" }));
    expect(describedBy(screen.getByRole("textbox", { name: "Title" }))).toMatch(
      /^⚠ Title needs at least 3 characters\./,
    );
    expect(fake.calls("POST", "/api/v1/threads")).toHaveLength(0);
  });

  it("shows a new member's limits before they write, and nothing to others", async () => {
    const newcomer = {
      ...meAs("member", 8, "jess_tired"),
      new_member: { until: "2026-12-08T18:00:00Z", max_threads: 3, max_replies: 10, max_links: 2 },
    };
    show(newcomer);
    const note = await screen.findByRole("note");
    expect(note.textContent).toMatch(
      /as a new member you can start up to 3 threads and post up to 10 replies, with at most 2 links in a post\./,
    );
    expect(note.compareDocumentPosition(screen.getByRole("textbox", { name: "Title" }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it("says nothing about limits to a member who has none", async () => {
    show({ ...meAs("member", 8, "jess_tired"), new_member: null });
    await screen.findByRole("textbox", { name: "Title" });
    expect(screen.queryByText(/as a new member/)).toBeNull();
  });
});
