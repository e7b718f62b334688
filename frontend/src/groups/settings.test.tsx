// Settings for meet-ups: the email preference, and the private calendar feed's link (shown
// once, copied, replaced, turned off).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { CalendarFeed } from "../components/settings/CalendarFeed";
import { PreferencesSettings } from "../components/settings/PreferencesForm";
import { json, meAs, noContent, problem, renderAt } from "../pages/mod/testing";

const GRACE = meAs("member", 5, "grace_l");
const SAVED = {
  email_replies: true,
  email_mentions: true,
  email_digest: "off",
  email_meetups: true,
  default_subscription: "watching",
};

beforeEach(() => {
  fake.reset();
});

describe("Email about meet-ups", () => {
  test("shows the saved choice and saves a change", async () => {
    fake.on("GET", "/api/v1/me/preferences", () => json(200, SAVED));
    fake.on("PATCH", "/api/v1/me/preferences", (request) => json(200, { ...SAVED, ...(request.body as object) }));
    renderAt(fake, <PreferencesSettings />, { path: "/settings", route: "/settings", me: GRACE });

    const box = await screen.findByRole("checkbox", { name: "Email me about meet-ups I answered" });
    expect(box).toHaveProperty("checked", true);
    expect(box.getAttribute("aria-describedby")).toBeTruthy();
    await userEvent.click(box);
    await userEvent.click(screen.getByRole("button", { name: "Save choices" }));
    expect(await screen.findByText("Your choices were saved.")).toBeTruthy();
    expect(fake.calls("PATCH", "/api/v1/me/preferences")[0]?.body).toMatchObject({ email_meetups: false });
    expect(screen.getByRole("checkbox", { name: "Email me about meet-ups I answered" })).toHaveProperty("checked", false);
  });
});

describe("Calendar feed", () => {
  function show() {
    renderAt(fake, <CalendarFeed />, { path: "/settings", route: "/settings", me: GRACE });
  }

  test("shows the link once, focused, with a copy button and the advice", async () => {
    let made = 0;
    fake.on("POST", "/api/v1/me/calendar-key", () => {
      made += 1;
      return json(201, { url: `https://village.example/api/v1/me/calendar.ics?key=k${made}` });
    });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    show();

    expect(screen.queryByRole("textbox")).toBeNull();
    await userEvent.click(await screen.findByRole("button", { name: "Get my calendar link" }));
    const link = await screen.findByRole("textbox", { name: "Your calendar link" });
    expect((link as HTMLInputElement).value).toBe("https://village.example/api/v1/me/calendar.ics?key=k1");
    expect((link as HTMLInputElement).readOnly).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(link));
    const advice = document.getElementById(link.getAttribute("aria-describedby") ?? "");
    expect(advice?.textContent).toMatch(/Anyone with this link sees the meet-ups you’re going to/);
    expect(screen.getByRole("status").textContent).toBe("Your calendar link is ready.");

    await userEvent.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith("https://village.example/api/v1/me/calendar.ics?key=k1");
    expect(screen.getByRole("status").textContent).toBe("Copied to the clipboard.");

    await userEvent.click(screen.getByRole("button", { name: "Make a new link" }));
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: "Your calendar link" }) as HTMLInputElement).value).toMatch(/key=k2$/),
    );
    expect(screen.getByRole("status").textContent).toBe("A new link was made: the old one no longer works.");
    expect(fake.calls("POST", "/api/v1/me/calendar-key")).toHaveLength(2);
  });

  test("turns the link off", async () => {
    fake.on("POST", "/api/v1/me/calendar-key", () => json(201, { url: "https://village.example/x?key=k" }));
    fake.on("DELETE", "/api/v1/me/calendar-key", () => noContent());
    show();
    await userEvent.click(await screen.findByRole("button", { name: "Get my calendar link" }));
    await screen.findByRole("textbox", { name: "Your calendar link" });
    await userEvent.click(screen.getByRole("button", { name: "Turn off" }));
    await waitFor(() => expect(screen.queryByRole("textbox")).toBeNull());
    expect(fake.calls("DELETE", "/api/v1/me/calendar-key")).toHaveLength(1);
    expect(screen.getByRole("status").textContent).toMatch(/turned off/);
    expect(screen.getByRole("button", { name: "Get my calendar link" })).toBeTruthy();
  });

  test("a refusal is said in the server's words", async () => {
    fake.on("POST", "/api/v1/me/calendar-key", () => problem(403, "This token cannot make calendar links."));
    show();
    await userEvent.click(await screen.findByRole("button", { name: "Get my calendar link" }));
    expect((await screen.findByRole("alert")).textContent).toContain("This token cannot make calendar links.");
    expect(screen.queryByRole("textbox")).toBeNull();
  });
});
