// "Meet-ups near you": the remembered area, the request it makes, "This week", each card's
// state (full, cancelled, your answer), paging, and the link to plan one.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { rememberArea, rememberedArea } from "../meetups/area";
import { sampleMeetup } from "../meetups/testing";
import { json, meAs, renderAt } from "./mod/testing";
import { MeetupsPage } from "./MeetupsPage";

function lists() {
  return fake.calls("GET", "/api/v1/meetups").map((request) => Object.fromEntries(request.url.searchParams));
}

function show(path = "/meetups", me: ReturnType<typeof meAs> | null = null) {
  fake.on("GET", "/api/v1/areas", () => json(200, []));
  renderAt(fake, <MeetupsPage />, { path, route: "/meetups", me });
}

beforeEach(() => {
  fake.reset();
});

describe("MeetupsPage", () => {
  it("lists the upcoming meet-ups of the remembered area, each with its state", async () => {
    rememberArea("Leeds North");
    fake.on("GET", "/api/v1/meetups", () =>
      json(200, {
        items: [
          sampleMeetup({ id: 1, title: "Coffee at Rosa's", kind: "coffee", capacity: null, going_count: 4 }),
          sampleMeetup({ id: 2, title: "Park walk", kind: "park", going_count: 2, waitlist_count: 1 }),
          sampleMeetup({ id: 3, title: "Baby signing", kind: "class", is_cancelled: true }),
          sampleMeetup({ id: 4, title: "Playgroup", my_rsvp: { status: "going", waitlisted: true, position: 2 } }),
        ],
        next_cursor: null,
      }),
    );
    show();
    const list = await screen.findByRole("list", { name: "Upcoming meet-ups in Leeds North" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    expect(within(items[0]!).getByRole("link", { name: "Coffee at Rosa's" }).getAttribute("href")).toBe("/meetups/1");
    expect(items[0]!.textContent).toContain("Coffee");
    expect(items[0]!.textContent).toContain("4 going");
    expect(items[0]!.textContent).toContain("Leeds North");
    expect(items[1]!.textContent).toContain("Full — waitlist");
    expect(items[1]!.textContent).toContain("2 going of 2 places · 1 on the waitlist");
    expect(items[2]!.textContent).toContain("Cancelled");
    expect(items[3]!.textContent).toContain("Waitlist #2");
    expect(lists()).toEqual([{ limit: "20", area: "Leeds North" }]);
    expect((screen.getByLabelText("Your area") as HTMLInputElement).value).toBe("Leeds North");
    expect(screen.getByText(/to say you’re going or to/)).toBeTruthy();
  });

  it("remembers a new area on this device and asks for its meet-ups", async () => {
    fake.on("GET", "/api/v1/meetups", () => json(200, { items: [], next_cursor: null }));
    show("/meetups", meAs("member", 5, "grace_l"));
    expect(await screen.findByText(/No upcoming meet-ups yet/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Plan a meet-up" }).getAttribute("href")).toBe("/meetups/new");
    await userEvent.type(screen.getByLabelText("Your area"), "Hebden Bridge");
    await userEvent.click(screen.getByRole("button", { name: "Show" }));
    expect(await screen.findByText(/No upcoming meet-ups in Hebden Bridge yet/)).toBeTruthy();
    expect(rememberedArea()).toBe("Hebden Bridge");
    expect(lists().at(-1)).toEqual({ limit: "20", area: "Hebden Bridge" });
    await userEvent.click(screen.getByRole("button", { name: "Show everywhere" }));
    await waitFor(() => expect(lists().at(-1)).toEqual({ limit: "20" }));
    expect(rememberedArea()).toBe("");
  });

  it("narrows to this week: from now to seven days ahead", async () => {
    fake.on("GET", "/api/v1/meetups", () => json(200, { items: [], next_cursor: null }));
    show();
    await screen.findByText(/No upcoming meet-ups/);
    expect(screen.getByRole("button", { name: "All upcoming" }).getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(screen.getByRole("button", { name: "This week" }));
    expect(await screen.findByText(/Nothing planned this week/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "This week" }).getAttribute("aria-pressed")).toBe("true");
    const week = lists().at(-1)!;
    const span = new Date(week.to!).getTime() - new Date(week.from!).getTime();
    expect(span).toBe(7 * 24 * 3600 * 1000);
    expect(Math.abs(new Date(week.from!).getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("pages on with the cursor", async () => {
    fake.on("GET", "/api/v1/meetups", (request) =>
      request.url.searchParams.get("cursor")
        ? json(200, { items: [sampleMeetup({ id: 2, title: "Second" })], next_cursor: null })
        : json(200, { items: [sampleMeetup({ id: 1, title: "First" })], next_cursor: "c1" }),
    );
    show();
    await screen.findByRole("link", { name: "First" });
    await userEvent.click(screen.getByRole("button", { name: "More meet-ups" }));
    expect(await screen.findByRole("link", { name: "Second" })).toBeTruthy();
    expect(lists().at(-1)).toEqual({ limit: "20", cursor: "c1" });
    expect(screen.queryByRole("button", { name: "More meet-ups" })).toBeNull();
  });
});
