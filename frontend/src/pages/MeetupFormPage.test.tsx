// Planning a meet-up: local date-times sent with their UTC offset, the group preselected by
// ?group=, checks before sending, the API's field problems beside their fields, the safety
// advice; changing one sends only what changed.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { sampleMeetup } from "../meetups/testing";
import { EditMeetupPage, NewMeetupPage } from "./MeetupFormPage";
import { renderAccount as renderAt } from "../auth/testing";
import { json, meAs } from "./mod/testing";

const HOST = meAs("member", 9, "hana_host");
const before = process.env.TZ;

beforeAll(() => {
  process.env.TZ = "Europe/London";
});
afterAll(() => {
  process.env.TZ = before;
});

const GROUP = {
  id: 3,
  slug: "leeds-north-mums",
  name: "Leeds North mums",
  area: "Leeds North",
  description: "",
  member_count: 4,
  is_member: true,
};

function showNew(path = "/meetups/new") {
  fake.on("GET", "/api/v1/areas", () => json(200, []));
  fake.on("GET", "/api/v1/groups", () => json(200, { items: [GROUP], next_cursor: null }));
  fake.on("GET", "/api/v1/groups/leeds-north-mums", () => json(200, GROUP));
  renderAt(fake, <NewMeetupPage />, { path, route: "/meetups/new", me: HOST });
}

async function fill(label: string | RegExp, value: string) {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

beforeEach(() => {
  fake.reset();
});

describe("NewMeetupPage", () => {
  it("sends the local start and end with their UTC offset, and the preselected group", async () => {
    showNew("/meetups/new?group=leeds-north-mums");
    await screen.findByRole("heading", { level: 1, name: "Plan a meet-up" });
    expect(screen.getByText("Meet in a public place first.")).toBeTruthy();
    expect(screen.getByText("Tell someone where you’re going.")).toBeTruthy();
    expect(screen.getByText("The exact place is shown only to signed-in members.")).toBeTruthy();
    expect(screen.queryByLabelText(/anonymous/i)).toBeNull();
    await waitFor(() => expect((screen.getByLabelText("Group (optional)") as HTMLSelectElement).value).toBe("leeds-north-mums"));

    await fill("Title", "Summer park walk");
    await userEvent.selectOptions(screen.getByLabelText("Kind"), "park");
    // datetime-local inputs take the value typed as the browser shows it.
    await fill("Starts", "2099-07-02T10:30");
    await fill("Ends (optional)", "2099-07-02T12:00");
    await fill("Area", "Leeds North");
    await fill("Venue", "Roundhay Park, the main gate");
    await fill("Places (optional)", "2");
    await userEvent.click(screen.getByLabelText("I’ll say yes to each person who wants to come"));
    await fill("Description (optional)", "Buggies welcome.");

    fake.on("POST", "/api/v1/meetups", () => json(201, sampleMeetup({ id: 77 })));
    await userEvent.click(screen.getByRole("button", { name: "Plan meet-up" }));
    await waitFor(() => expect(screen.getByTestId("where").textContent).toBe("/meetups/77"));
    const [sent] = fake.calls("POST", "/api/v1/meetups");
    expect(sent!.body).toEqual({
      title: "Summer park walk",
      kind: "park",
      starts_at: "2099-07-02T10:30:00+01:00",
      ends_at: "2099-07-02T12:00:00+01:00",
      area: "Leeds North",
      venue: "Roundhay Park, the main gate",
      capacity: 2,
      requires_approval: true,
      group: "leeds-north-mums",
      description: "Buggies welcome.",
    });
    expect(sent!.headers.get("Idempotency-Key")).toBeTruthy();
  });

  it("checks before sending: a start in the past, an end before the start, no venue", async () => {
    showNew();
    await screen.findByRole("heading", { level: 1, name: "Plan a meet-up" });
    await fill("Title", "Coffee");
    await userEvent.selectOptions(screen.getByLabelText("Kind"), "coffee");
    await fill("Starts", "2020-01-01T10:00");
    await fill("Ends (optional)", "2019-12-31T10:00");
    await fill("Area", "Leeds");
    await userEvent.click(screen.getByRole("button", { name: "Plan meet-up" }));
    expect(await screen.findByText("It has to start in the future.")).toBeTruthy();
    expect(screen.getByText("It has to end after it starts.")).toBeTruthy();
    expect(screen.getByText(/Say where to meet/)).toBeTruthy();
    expect(screen.getByLabelText("Starts").getAttribute("aria-invalid")).toBe("true");
    expect(fake.calls("POST", "/api/v1/meetups")).toHaveLength(0);
  });

  it("puts the API's field problems beside their fields", async () => {
    showNew();
    await screen.findByRole("heading", { level: 1, name: "Plan a meet-up" });
    await fill("Title", "Coffee");
    await userEvent.selectOptions(screen.getByLabelText("Kind"), "coffee");
    await fill("Starts", "2099-12-03T10:00");
    await fill("Area", "Leeds");
    await fill("Venue", "Café Rosa");
    fake.on("POST", "/api/v1/meetups", () =>
      json(422, {
        type: "/problems/validation",
        title: "Invalid request",
        status: 422,
        detail: "The request is not valid.",
        errors: [{ loc: ["body", "venue"], msg: "String should have at most 300 characters" }],
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Plan meet-up" }));
    expect(await screen.findByText("Venue can be at most 300 characters.")).toBeTruthy();
    expect(screen.getByLabelText("Venue").getAttribute("aria-invalid")).toBe("true");
    expect((fake.calls("POST", "/api/v1/meetups")[0]!.body as { starts_at: string }).starts_at).toBe(
      "2099-12-03T10:00:00+00:00",
    );
  });
});

describe("EditMeetupPage", () => {
  it("shows the times in local time and sends only what changed", async () => {
    const meetup = sampleMeetup({ host: { id: 9, username: "hana_host", display_name: "Hana", role: "member" } });
    fake.on("GET", "/api/v1/meetups/41", () => json(200, meetup));
    fake.on("GET", "/api/v1/areas", () => json(200, []));
    fake.on("PATCH", "/api/v1/meetups/41", () => json(200, { ...meetup, capacity: null }));
    renderAt(fake, <EditMeetupPage />, { path: "/meetups/41/edit", route: "/meetups/:meetupId/edit", me: HOST });
    await screen.findByRole("heading", { level: 1, name: "Change the meet-up" });
    expect((screen.getByLabelText("Starts") as HTMLInputElement).value).toBe("2099-12-03T10:00");
    expect((screen.getByLabelText("Places (optional)") as HTMLInputElement).value).toBe("2");
    await userEvent.clear(screen.getByLabelText("Places (optional)"));
    await fill("Ends (optional)", "2099-12-03T12:00");
    await userEvent.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(screen.getByTestId("where").textContent).toBe("/meetups/41"));
    expect(fake.calls("PATCH", "/api/v1/meetups/41").map((call) => call.body)).toEqual([
      { capacity: null, ends_at: "2099-12-03T12:00:00+00:00" },
    ]);
  });
});
