// A meet-up's page: when in the viewer's zone (named), the venue for members only, the
// description as plain text, the RSVP buttons and what each state says (going, waitlisted
// with a position, waiting for the host, full), closed answers, and the host's tools.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import type { Meetup } from "../meetups/meetups";
import { sampleMeetup } from "../meetups/testing";
import { json, meAs, problem, renderAt, samplePost, sampleThread } from "./mod/testing";
import { MeetupPage } from "./MeetupPage";

const MEMBER = meAs("member", 5, "grace_l");
const before = process.env.TZ;

beforeAll(() => {
  process.env.TZ = "Europe/London";
});
afterAll(() => {
  process.env.TZ = before;
});

/** Shows the page; the meet-up the fake API answers with is `server.meetup` (a test changes it). */
const server = { meetup: sampleMeetup() };

function show(meetup: Meetup, me = MEMBER as typeof MEMBER | null) {
  server.meetup = meetup;
  fake.on("GET", `/api/v1/meetups/${meetup.id}`, () => json(200, server.meetup));
  fake.on("GET", `/api/v1/threads/${meetup.thread_id}`, () =>
    json(200, sampleThread({ id: meetup.thread_id, title: meetup.title, post_count: 2 })),
  );
  fake.on("GET", `/api/v1/threads/${meetup.thread_id}/posts`, () =>
    json(200, {
      items: [
        samplePost({ id: 1, number: 1, body_html: "<p>summary</p>" }),
        samplePost({ id: 2, number: 2, body_html: "<p>Can I bring my twins?</p>" }),
      ],
      next_cursor: null,
    }),
  );
  fake.on("GET", `/api/v1/meetups/${meetup.id}/rsvps`, () => json(200, { items: [], next_cursor: null }));
  renderAt(fake, <MeetupPage />, { path: `/meetups/${meetup.id}`, route: "/meetups/:meetupId", me });
}

function pressed(name: string) {
  return screen.getByRole("button", { name }).getAttribute("aria-pressed");
}

beforeEach(() => {
  fake.reset();
});

describe("MeetupPage", () => {
  it("says when in the viewer's time zone, named, with the venue and the host for a member", async () => {
    show(sampleMeetup({ starts_at: "2099-07-02T09:30:00Z", ends_at: "2099-07-02T11:00:00Z" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Thursday playgroup" })).toBeTruthy();
    const when = screen.getByText(/10:30/);
    expect(when.textContent).toMatch(/Thursday.*July 2.*10:30\s*AM – 12:00\s*PM (BST|GMT\+1)/);
    expect(when.getAttribute("dateTime")).toBe("2099-07-02T09:30:00Z");
    expect(screen.getByText(/your time zone: Europe\/London/)).toBeTruthy();
    expect(screen.getByText("Chapel Allerton library, children's corner")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Hana" }).getAttribute("href")).toBe("/u/hana_host");
    expect(screen.getByText("1 going of 2 places")).toBeTruthy();
  });

  it("shows the description as plain text, its line breaks kept and never as HTML", async () => {
    show(sampleMeetup());
    const description = await screen.findByText(/Bring a snack/);
    expect(description.textContent).toBe("Bring a snack.\n\nWe sit by the <b>big</b> window.");
    expect(description.querySelector("b")).toBeNull();
    expect(description.className).toContain("meetup-description");
  });

  it("hides the venue from visitors, asks them to sign in, and offers no answers", async () => {
    show(sampleMeetup({ venue: null }), null);
    await screen.findByRole("heading", { level: 1, name: "Thursday playgroup" });
    expect(screen.getByText(/to see the exact place/).textContent).toBe("Sign in to see the exact place.");
    expect(screen.queryByText(/Chapel Allerton/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Going" })).toBeNull();
    expect(screen.getByText(/to say you’re going/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Report this meet-up" })).toBeNull();
    // The calendar file is a plain link anyone can follow.
    expect(screen.getByRole("link", { name: "Add to calendar" }).getAttribute("href")).toBe("/api/v1/meetups/41.ics");
  });

  it("says Going, and sends the answer", async () => {
    show(sampleMeetup());
    fake.on("PUT", "/api/v1/meetups/41/rsvp", () => {
      const rsvp = { status: "going", waitlisted: false, position: null } as const;
      server.meetup = { ...server.meetup, going_count: 2, my_rsvp: rsvp };
      return json(200, rsvp);
    });
    await userEvent.click(await screen.findByRole("button", { name: "Going" }));
    await waitFor(() => expect(pressed("Going")).toBe("true"));
    expect(await screen.findByText("2 going of 2 places · full")).toBeTruthy();
    expect(fake.calls("PUT", "/api/v1/meetups/41/rsvp").map((call) => call.body)).toEqual([{ status: "going" }]);
    expect(pressed("Maybe")).toBe("false");
    expect(pressed("Can’t go")).toBe("false");
  });

  it("shows the member's own answer as pressed, and what it means", async () => {
    show(sampleMeetup({ going_count: 2, my_rsvp: { status: "going", waitlisted: false, position: null } }));
    await screen.findByRole("button", { name: "Going" });
    expect(pressed("Going")).toBe("true");
    expect(screen.getByRole("status").textContent).toBe("You're going. See you there!");
  });

  it("tells a waitlisted member her place on the waitlist", async () => {
    show(
      sampleMeetup({
        going_count: 2,
        waitlist_count: 3,
        my_rsvp: { status: "going", waitlisted: true, position: 2 },
      }),
    );
    expect((await screen.findByText(/on the waitlist\./)).textContent).toMatch(/^You're number 2 on the waitlist\./);
    expect(pressed("Going")).toBe("true");
    expect(screen.getByText(/2 going of 2 places · full · 3 on the waitlist/)).toBeTruthy();
  });

  it("tells a member whose answer waits for the host's yes", async () => {
    show(sampleMeetup({ requires_approval: true, my_rsvp: { status: "pending", waitlisted: false, position: null } }));
    expect(await screen.findByText("Waiting for the host's yes.")).toBeTruthy();
    expect(pressed("Going")).toBe("true");
  });

  it("says a full meet-up puts a new Going on the waitlist, and shows the place it got", async () => {
    show(sampleMeetup({ going_count: 2 }));
    expect(await screen.findByText(/It’s full: say Going to join the waitlist/)).toBeTruthy();
    fake.on("PUT", "/api/v1/meetups/41/rsvp", () => {
      const rsvp = { status: "going", waitlisted: true, position: 1 } as const;
      server.meetup = { ...server.meetup, waitlist_count: 1, my_rsvp: rsvp };
      return json(200, rsvp);
    });
    await userEvent.click(screen.getByRole("button", { name: "Going" }));
    expect(await screen.findByText(/You're number 1 on the waitlist/)).toBeTruthy();
  });

  it("says the API's words when an answer is refused, and closes answers once started", async () => {
    show(sampleMeetup());
    fake.on("PUT", "/api/v1/meetups/41/rsvp", () =>
      problem(409, "This meet-up has already started.", "/problems/meetup-past"),
    );
    await userEvent.click(await screen.findByRole("button", { name: "Maybe" }));
    expect((await screen.findByRole("alert")).textContent).toBe("This meet-up has already started.");
  });

  it("explains why the buttons are gone on a cancelled or a past meet-up", async () => {
    show(sampleMeetup({ is_cancelled: true }));
    expect(await screen.findByText("This meet-up was cancelled, so answers are closed.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Going" })).toBeNull();
    expect(screen.getAllByText("Cancelled").length).toBeGreaterThan(0);
  });

  it("closes answers once the meet-up has started", async () => {
    show(sampleMeetup({ id: 42, starts_at: "2020-01-01T10:00:00Z", ends_at: null }));
    expect(await screen.findByText("This meet-up has already started, so answers are closed.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Going" })).toBeNull();
  });

  it("shows the latest replies of its discussion and the way in", async () => {
    show(sampleMeetup());
    const replies = await screen.findByRole("list", { name: "Latest replies" });
    expect(within(replies).getAllByRole("listitem")).toHaveLength(1);
    expect(replies.textContent).toContain("Can I bring my twins?");
    expect(screen.getByRole("link", { name: "Join the discussion" }).getAttribute("href")).toBe("/t/300");
  });

  it("gives the host Edit, Cancel (asked first, with a reason) and Approve for requests", async () => {
    const host = meAs("member", 9, "hana_host");
    show(sampleMeetup({ requires_approval: true, pending_count: 1 }), host);
    fake.on("GET", "/api/v1/meetups/41/rsvps", () =>
      json(200, {
        items: [
          {
            user: { id: 12, username: "priya_k", display_name: "Priya", role: "member" },
            status: "pending",
            waitlisted: false,
            position: null,
            created_at: "2026-11-30T10:00:00Z",
          },
        ],
        next_cursor: null,
      }),
    );
    fake.on("POST", "/api/v1/meetups/41/rsvps/priya_k/approve", () =>
      json(200, { status: "going", waitlisted: false, position: null }),
    );
    expect((await screen.findByRole("link", { name: "Edit" })).getAttribute("href")).toBe("/meetups/41/edit");
    expect(screen.queryByRole("button", { name: "Report this meet-up" })).toBeNull();
    await userEvent.click(await screen.findByRole("button", { name: "Approve Priya" }));
    await waitFor(() => expect(fake.calls("POST", "/api/v1/meetups/41/rsvps/priya_k/approve")).toHaveLength(1));

    fake.on("POST", "/api/v1/meetups/41/cancel", () => {
      server.meetup = { ...server.meetup, is_cancelled: true };
      return json(200, server.meetup);
    });
    await userEvent.click(screen.getByRole("button", { name: "Cancel meet-up" }));
    const dialog = screen.getByRole("dialog", { name: "Cancel “Thursday playgroup”?" });
    await userEvent.type(within(dialog).getByLabelText(/Reason/), "Library closed");
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel the meet-up" }));
    expect(await screen.findByText("This meet-up was cancelled, so answers are closed.")).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/meetups/41/cancel").map((call) => call.body)).toEqual([
      { reason: "Library closed" },
    ]);
  });

  it("lets a member report the meet-up to the moderators", async () => {
    show(sampleMeetup());
    fake.on("POST", "/api/v1/meetups/41/flags", () =>
      json(201, { id: 3, reason: "safety", status: "open" }),
    );
    await userEvent.click(await screen.findByRole("button", { name: "Report this meet-up" }));
    const dialog = screen.getByRole("dialog", { name: "Report this meet-up" });
    await userEvent.click(within(dialog).getByRole("radio", { name: "Someone may be at risk" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Send report" }));
    expect(await within(dialog).findByText(/Your report about this meet-up was sent/)).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/meetups/41/flags")[0]!.body).toEqual({ reason: "safety", note: null });
  });
});
