// The unsubscribe page (/unsubscribe?token=…), no sign-in: opening it changes nothing, the
// button does; used, expired and damaged links are said plainly.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import { json, problem, renderAt } from "./mod/testing";
import { UnsubscribePage } from "./UnsubscribePage";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

const LINK = { kind: "replies", email: "g***@example.org", used: false, enabled: true };

function show(path = "/unsubscribe?token=tok.en") {
  renderAt(fake, <UnsubscribePage />, { path, route: "/unsubscribe", me: null });
}

beforeEach(() => {
  fake.reset();
});

describe("UnsubscribePage", () => {
  test("says what the link stops, and stops it only when asked", async () => {
    fake.on("GET", "/api/v1/unsubscribe", () => json(200, LINK));
    fake.on("POST", "/api/v1/unsubscribe", () => json(200, { ...LINK, used: true, enabled: false }));
    show();

    expect(
      await screen.findByText((_, element) =>
        element?.tagName === "P" &&
        element.textContent ===
          "This link stops emails to g***@example.org about replies to your posts (and quotes of them). Other emails stay as they are.",
      ),
    ).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/unsubscribe")).toHaveLength(0);
    expect(fake.calls("GET", "/api/v1/unsubscribe")[0]?.url.searchParams.get("token")).toBe("tok.en");
    // No sign-in: nothing asks who this is.
    expect(fake.calls("GET", "/api/v1/me")).toHaveLength(0);

    await userEvent.click(screen.getByRole("button", { name: "Stop emails about replies to your posts (and quotes of them)" }));
    expect((await screen.findByText(/^Done\./)).textContent).toBe("Done. We will not email g***@example.org about replies to your posts (and quotes of them) any more.");
    expect(fake.calls("POST", "/api/v1/unsubscribe")[0]?.url.searchParams.get("token")).toBe("tok.en");
  });

  test("a link used already says so, with no button", async () => {
    fake.on("GET", "/api/v1/unsubscribe", () => json(200, { ...LINK, kind: "digest", used: true, enabled: false }));
    show();
    expect(
      (await screen.findByText(/This link was used already/)).textContent,
    ).toBe("This link was used already. Emails about the daily digest of threads you watch are off for g***@example.org.");
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("emails already off: nothing to do", async () => {
    fake.on("GET", "/api/v1/unsubscribe", () => json(200, { ...LINK, kind: "mentions", enabled: false }));
    show();
    expect((await screen.findByText(/already off/)).textContent).toBe(
      "Emails about mentions of you are already off for g***@example.org. There is nothing to do.",
    );
  });

  test("an expired or damaged link: the server's words, and the way to settings", async () => {
    fake.on("GET", "/api/v1/unsubscribe", () =>
      problem(410, "This link has expired: change which emails you get in your settings.", "/problems/unsubscribe-link-gone"),
    );
    show();
    expect((await screen.findByRole("alert")).textContent).toContain("This link has expired");
    expect(screen.getByRole("link", { name: "your settings" }).getAttribute("href")).toBe("/settings#notification-settings");
  });

  test("used between opening and pressing: the 410 is said", async () => {
    fake.on("GET", "/api/v1/unsubscribe", () => json(200, LINK));
    fake.on("POST", "/api/v1/unsubscribe", () =>
      problem(410, "This link was used already.", "/problems/unsubscribe-link-gone"),
    );
    show();
    await userEvent.click(await screen.findByRole("button", { name: /Stop emails/ }));
    expect((await screen.findByRole("alert")).textContent).toContain("This link was used already.");
  });

  test("no token in the address", async () => {
    show("/unsubscribe");
    expect((await screen.findByRole("alert")).textContent).toContain("This link is missing its code.");
    expect(fake.calls("GET", "/api/v1/unsubscribe")).toHaveLength(0);
  });
});
