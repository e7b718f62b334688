// The groups screens: the list by area (remembered, suggestions, "More"), starting a group,
// a group's page (join and leave, its meet-ups and threads), a thread started in a group,
// where a group's thread leads back to, and the home page's "Meet-ups near you".
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import type { Schemas } from "../api/client";
import { ThreadHeader } from "../components/thread/ThreadHeader";
import { GroupPage } from "../pages/GroupPage";
import { GroupsPage } from "../pages/GroupsPage";
import { HomePage } from "../pages/HomePage";
import { json, meAs, noContent, problem, renderAt, sampleThread, userRef } from "../pages/mod/testing";
import { NewThreadPage } from "../pages/NewThreadPage";
import { MeetupsNearYou } from "./MeetupsNearYou";

const GRACE = meAs("member", 5, "grace_l");

function group(fields: Partial<Schemas["GroupRead"]> = {}): Schemas["GroupRead"] {
  return {
    id: 1,
    slug: "leeds-north-mums",
    name: "Leeds North mums",
    area: "Leeds North",
    description: "Coffee and\nplaygroups.",
    member_count: 1,
    is_member: false,
    ...fields,
  };
}

function meetup(fields: Partial<Schemas["MeetupRead"]> = {}): Schemas["MeetupRead"] {
  return {
    id: 12,
    group: { id: 1, slug: "leeds-north-mums", name: "Leeds North mums" },
    title: "Thursday playgroup",
    description: "",
    kind: "playgroup",
    starts_at: "2026-12-03T10:00:00Z",
    ends_at: null,
    venue: null,
    area: "Leeds North",
    capacity: 2,
    going_count: 2,
    waitlist_count: 1,
    maybe_count: 0,
    pending_count: 0,
    my_rsvp: null,
    host: userRef(3, "priya_k"),
    is_cancelled: false,
    requires_approval: false,
    thread_id: 40,
    created_at: "2026-11-30T10:00:00Z",
    updated_at: "2026-11-30T10:00:00Z",
    ...fields,
  };
}

beforeEach(() => {
  fake.reset();
  localStorage.clear();
});

describe("Groups list", () => {
  test("lists the groups of the remembered area, with counts and a Joined badge, and pages on", async () => {
    localStorage.setItem("village.area", "Leeds North");
    fake.on("GET", "/api/v1/groups", (request) => {
      expect(request.url.searchParams.get("area")).toBe("Leeds North");
      return request.url.searchParams.get("cursor") === "next"
        ? json(200, { items: [group({ id: 3, slug: "dads", name: "Leeds dads", member_count: 1 })], next_cursor: null })
        : json(200, { items: [group({ is_member: true, member_count: 2 })], next_cursor: "next" });
    });
    renderAt(fake, <GroupsPage />, { path: "/groups", route: "/groups", me: GRACE });

    const list = await screen.findByRole("list", { name: "Groups" });
    const card = within(list).getByRole("listitem");
    expect(within(card).getByRole("link", { name: "Leeds North mums" }).getAttribute("href")).toBe(
      "/groups/leeds-north-mums",
    );
    expect(card.textContent).toContain("Joined");
    expect(card.textContent).toContain("Leeds North · 2 members");
    expect((screen.getByRole("combobox", { name: "Area" }) as HTMLInputElement).value).toBe("Leeds North");

    await userEvent.click(screen.getByRole("button", { name: "More groups" }));
    expect(await screen.findByRole("link", { name: "Leeds dads" })).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "More groups" })).toBeNull();
  });

  test("filters by what is typed, suggests areas in use, and remembers the area", async () => {
    fake.on("GET", "/api/v1/groups", (request) =>
      json(200, {
        items: request.url.searchParams.get("area") === "leeds n" ? [group()] : [],
        next_cursor: null,
      }),
    );
    fake.on("GET", "/api/v1/areas", (request) => {
      expect(request.url.searchParams.get("prefix")).toBe("leeds n");
      return json(200, [{ area: "Leeds North", group_count: 1, meetup_count: 2 }]);
    });
    renderAt(fake, <GroupsPage />, { path: "/groups", route: "/groups", me: null });

    expect(await screen.findByText(/No groups yet/)).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Area" }), { target: { value: "leeds n" } });
    expect(await screen.findByRole("link", { name: "Leeds North mums" })).toBeTruthy();
    expect(localStorage.getItem("village.area")).toBe("leeds n");
    await waitFor(() => expect(document.querySelector("datalist option")?.getAttribute("value")).toBe("Leeds North"));

    await userEvent.click(screen.getByRole("button", { name: "All areas" }));
    expect(await screen.findByText(/No groups yet/)).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem("village.area")).toBeNull());
  });

  test("visitors are asked to sign in to start a group", async () => {
    fake.on("GET", "/api/v1/groups", () => json(200, { items: [], next_cursor: null }));
    renderAt(fake, <GroupsPage />, { path: "/groups", route: "/groups", me: null });
    const link = await screen.findByRole("link", { name: "Sign in to start a group" });
    expect(link.getAttribute("href")).toBe("/signin?next=%2Fgroups");
    expect(screen.queryByRole("button", { name: "Start a group" })).toBeNull();
  });

  test("a member starts a group and lands on its page", async () => {
    fake.on("GET", "/api/v1/groups", () => json(200, { items: [], next_cursor: null }));
    fake.on("GET", "/api/v1/areas", () => json(200, []));
    fake.on("POST", "/api/v1/groups", (request) =>
      json(201, group({ name: "Leeds North mums", area: "Leeds North", member_count: 1, is_member: true, ...(request.body as object) })),
    );
    renderAt(fake, <GroupsPage />, { path: "/groups", route: "/groups", me: GRACE });

    const start = await screen.findByRole("button", { name: "Start a group" });
    expect(start.getAttribute("aria-expanded")).toBe("false");
    await userEvent.click(start);
    expect(start.getAttribute("aria-expanded")).toBe("true");
    const form = screen.getByRole("region", { name: "Start a group" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Name" }), "Leeds North mums");
    fireEvent.change(within(form).getByRole("combobox", { name: "Area" }), { target: { value: "Leeds  North" } });
    await userEvent.type(within(form).getByRole("textbox", { name: "What the group is about (optional)" }), "Coffee");
    await userEvent.click(within(form).getByRole("button", { name: "Start the group" }));

    expect(await screen.findByText("Elsewhere")).toBeTruthy();
    const sent = fake.calls("POST", "/api/v1/groups")[0];
    expect(sent?.body).toEqual({ name: "Leeds North mums", area: "Leeds  North", description: "Coffee" });
    expect(sent?.headers.get("Idempotency-Key")).toBeTruthy();
    expect(localStorage.getItem("village.area")).toBe("Leeds  North");
  });

  test("says what is missing before sending, and a taken web address next to its field", async () => {
    fake.on("GET", "/api/v1/groups", () => json(200, { items: [], next_cursor: null }));
    fake.on("GET", "/api/v1/areas", () => json(200, []));
    fake.on("POST", "/api/v1/groups", () => problem(409, "The slug is taken.", "/problems/conflict"));
    renderAt(fake, <GroupsPage />, { path: "/groups", route: "/groups", me: GRACE });
    await userEvent.click(await screen.findByRole("button", { name: "Start a group" }));
    const form = screen.getByRole("region", { name: "Start a group" });
    const name = within(form).getByRole("textbox", { name: "Name" });
    await userEvent.click(within(form).getByRole("button", { name: "Start the group" }));
    await waitFor(() => expect(name.getAttribute("aria-invalid")).toBe("true"));
    expect(form.textContent).toContain("Give the group a name of at least 3 characters.");
    expect(form.textContent).toContain("Say where the group meets");
    expect(fake.calls("POST", "/api/v1/groups")).toHaveLength(0);

    await userEvent.type(name, "Leeds North mums");
    fireEvent.change(within(form).getByRole("combobox", { name: "Area" }), { target: { value: "Leeds North" } });
    const slug = within(form).getByRole("textbox", { name: "Web address (optional)" });
    await userEvent.type(slug, "leeds");
    await userEvent.click(within(form).getByRole("button", { name: "Start the group" }));
    await waitFor(() => expect(slug.getAttribute("aria-invalid")).toBe("true"));
    expect(form.textContent).toContain("That web address is taken");
    expect(fake.calls("POST", "/api/v1/groups")[0]?.body).toMatchObject({ slug: "leeds" });
  });
});

describe("Group page", () => {
  function show(me: Schemas["MeRead"] | null, first = group()) {
    let current = first;
    fake.on("GET", "/api/v1/groups/leeds-north-mums", () => json(200, current));
    fake.on("PUT", "/api/v1/groups/leeds-north-mums/membership", () => {
      current = { ...current, is_member: true, member_count: current.member_count + 1 };
      return noContent();
    });
    fake.on("DELETE", "/api/v1/groups/leeds-north-mums/membership", () => {
      current = { ...current, is_member: false, member_count: current.member_count - 1 };
      return noContent();
    });
    fake.on("GET", "/api/v1/meetups", (request) => {
      expect(request.url.searchParams.get("group")).toBe("leeds-north-mums");
      return json(200, { items: [meetup()], next_cursor: null });
    });
    fake.on("GET", "/api/v1/threads", (request) => {
      expect(request.url.searchParams.get("group")).toBe("leeds-north-mums");
      expect(request.url.searchParams.has("category")).toBe(false);
      return json(200, {
        items: [sampleThread({ id: 41, title: "Hello from Chapel Allerton" })],
        next_cursor: null,
      });
    });
    renderAt(fake, <GroupPage />, { path: "/groups/leeds-north-mums", route: "/groups/:slug", me });
  }

  test("a member joins and leaves; the count is the server's", async () => {
    show(GRACE);
    expect(await screen.findByRole("heading", { level: 1, name: "Leeds North mums" })).toBeTruthy();
    expect(screen.getByText("Leeds North · 1 member")).toBeTruthy();
    expect(document.querySelector(".group-description")?.textContent).toBe("Coffee and\nplaygroups.");

    const join = screen.getByRole("button", { name: "Join group" });
    expect(join.getAttribute("aria-pressed")).toBe("false");
    await userEvent.click(join);
    const joined = await screen.findByRole("button", { name: "Joined" });
    expect(joined.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText("Leeds North · 2 members")).toBeTruthy();
    expect(fake.calls("PUT", "/api/v1/groups/leeds-north-mums/membership")).toHaveLength(1);
    expect(screen.getByText("You joined Leeds North mums.")).toBeTruthy();

    await userEvent.click(joined);
    expect(await screen.findByRole("button", { name: "Join group" })).toBeTruthy();
    expect(screen.getByText("Leeds North · 1 member")).toBeTruthy();
    expect(fake.calls("DELETE", "/api/v1/groups/leeds-north-mums/membership")).toHaveLength(1);
  });

  test("shows the group's upcoming meet-ups and threads, with ways to add to both", async () => {
    show(GRACE);
    const meetups = await screen.findByRole("list", { name: "Upcoming meet-ups" });
    expect(within(meetups).getByRole("link", { name: "Thursday playgroup" }).getAttribute("href")).toBe("/meetups/12");
    expect(meetups.textContent).toMatch(/2 of 2 going · full, waitlist open/);
    expect(screen.getByRole("link", { name: "Plan a meet-up" }).getAttribute("href")).toBe(
      "/meetups/new?group=leeds-north-mums",
    );
    const threads = await screen.findByRole("list", { name: "Threads in Leeds North mums" });
    expect(within(threads).getByRole("link", { name: "Hello from Chapel Allerton" })).toBeTruthy();
    expect(threads.textContent).not.toContain("Toddlers ·");
    expect(screen.getByRole("link", { name: "Start a thread" }).getAttribute("href")).toBe("/new?group=leeds-north-mums");
  });

  test("visitors are asked to sign in to join, plan or write", async () => {
    show(null);
    const join = await screen.findByRole("link", { name: "Sign in to join" });
    expect(join.getAttribute("href")).toBe("/signin?next=%2Fgroups%2Fleeds-north-mums");
    expect(screen.queryByRole("button", { name: "Join group" })).toBeNull();
    expect(screen.getByRole("link", { name: "Start a thread" }).getAttribute("href")).toBe(
      `/signin?next=${encodeURIComponent("/new?group=leeds-north-mums")}`,
    );
  });

  test("an unknown group says so", async () => {
    fake.on("GET", "/api/v1/groups/nowhere", () => problem(404, "There is no group 'nowhere'.", "/problems/not-found"));
    renderAt(fake, <GroupPage />, { path: "/groups/nowhere", route: "/groups/:slug", me: null });
    expect((await screen.findByRole("alert")).textContent).toBe("There is no group 'nowhere'.");
    expect(screen.getByRole("link", { name: "Local groups" }).getAttribute("href")).toBe("/groups");
  });
});

describe("A thread in a group", () => {
  test("is started with the group instead of a category", async () => {
    fake.on("GET", "/api/v1/groups/leeds-north-mums", () => json(200, group({ is_member: true })));
    fake.on("POST", "/api/v1/threads", () => json(201, { ...sampleThread({ id: 44 }), first_post: {} }));
    renderAt(fake, <NewThreadPage />, { path: "/new?group=leeds-north-mums", route: "/new", me: GRACE });

    expect((await screen.findByRole("link", { name: "Back to Leeds North mums" })).getAttribute("href")).toBe(
      "/groups/leeds-north-mums",
    );
    expect(screen.queryByRole("combobox", { name: "Category" })).toBeNull();
    expect(screen.getByText(/In the group/).textContent).toBe("In the group Leeds North mums (Leeds North)");
    fireEvent.change(screen.getByRole("textbox", { name: "Title" }), { target: { value: "Hello neighbours" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Your message" }), { target: { value: "Anyone for coffee?" } });
    await userEvent.click(screen.getByRole("button", { name: "Start thread" }));

    expect(await screen.findByText("Elsewhere")).toBeTruthy();
    const body = fake.calls("POST", "/api/v1/threads")[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ group: "leeds-north-mums", title: "Hello neighbours", body: "Anyone for coffee?" });
    expect(body).not.toHaveProperty("category");
    expect(fake.calls("GET", "/api/v1/categories")).toHaveLength(0);
  });

  test("leads back to its group; a meet-up's discussion to the meet-ups", async () => {
    const { unmount } = renderAt(
      fake,
      <ThreadHeader
        thread={sampleThread({ category: { id: 9, slug: "leeds-north-mums", name: "Leeds North mums", kind: "group" } })}
      />,
      { path: "/t/5", route: "/t/:threadId", me: null },
    );
    const crumbs = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(within(crumbs).getByRole("link", { name: "Local groups" }).getAttribute("href")).toBe("/groups");
    expect(within(crumbs).getByRole("link", { name: "Leeds North mums" }).getAttribute("href")).toBe(
      "/groups/leeds-north-mums",
    );
    unmount();

    renderAt(
      fake,
      <ThreadHeader thread={sampleThread({ category: { id: 10, slug: "meetups", name: "Meet-ups", kind: "meetups" } })} />,
      { path: "/t/5", route: "/t/:threadId", me: null },
    );
    const links = within(screen.getByRole("navigation", { name: "Breadcrumb" })).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["/meetups"]);
  });
});

describe("Meet-ups near you (home)", () => {
  test("without an area, offers to set one and asks nothing", async () => {
    renderAt(fake, <MeetupsNearYou />, { path: "/", route: "/", me: null });
    expect(screen.getByRole("link", { name: "Set your area" }).getAttribute("href")).toBe("/meetups");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls("GET", "/api/v1/meetups")).toHaveLength(0);
  });

  test("with an area, the next three meet-ups there in one request", async () => {
    localStorage.setItem("village.area", "Leeds North");
    fake.on("GET", "/api/v1/meetups", (request) => {
      expect(Object.fromEntries(request.url.searchParams)).toEqual({ area: "Leeds North", limit: "3" });
      return json(200, {
        items: [meetup(), meetup({ id: 13, title: "Park walk", kind: "park", capacity: null, going_count: 4 })],
        next_cursor: null,
      });
    });
    renderAt(fake, <MeetupsNearYou />, { path: "/", route: "/", me: null });
    const list = await screen.findByRole("list", { name: "Next meet-ups in Leeds North" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).getByRole("link", { name: "Park walk" }).getAttribute("href")).toBe("/meetups/13");
    expect(list.textContent).toContain("Park · 4 going");
    expect(fake.calls("GET", "/api/v1/meetups")).toHaveLength(1);
  });

  test("sits on the home page", async () => {
    fake.on("GET", "/api/v1/categories", () => json(200, []));
    fake.on("GET", "/api/v1/threads", () => json(200, { items: [], next_cursor: null }));
    renderAt(fake, <HomePage />, { path: "/", route: "/", me: null });
    expect(await screen.findByRole("heading", { level: 2, name: "Meet-ups near you" })).toBeTruthy();
  });
});
