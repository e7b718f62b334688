// Notifications and email settings (GET/PATCH /me/preferences).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, test, vi } from "vitest";

import { json, meAs, problem, renderAt } from "../../pages/mod/testing";
import { PreferencesSettings } from "./PreferencesForm";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

const SAVED = { email_replies: true, email_mentions: true, email_digest: "off", default_subscription: "watching" };

function show() {
  renderAt(fake, <PreferencesSettings />, { path: "/settings", route: "/settings", me: meAs("member", 5, "grace_l") });
}

beforeEach(() => {
  fake.reset();
  fake.on("GET", "/api/v1/me/preferences", () => json(200, SAVED));
});

describe("Notification and email preferences", () => {
  test("shows what is saved, and saves what is changed", async () => {
    fake.on("PATCH", "/api/v1/me/preferences", (request) => json(200, { ...SAVED, ...(request.body as object) }));
    show();
    const replies = await screen.findByRole("checkbox", { name: "someone replies to or quotes my posts" });
    expect(replies).toHaveProperty("checked", true);
    expect(screen.getByRole("checkbox", { name: "someone mentions me" })).toHaveProperty("checked", true);
    const digest = screen.getByRole("checkbox", { name: "Send me a daily digest of threads I watch" });
    expect(digest).toHaveProperty("checked", false);
    expect(screen.getByRole("radio", { name: /^Watch it/ })).toHaveProperty("checked", true);
    expect(screen.getByRole("group", { name: "When I reply to a thread" })).toBeTruthy();

    await userEvent.click(replies);
    await userEvent.click(digest);
    await userEvent.click(screen.getByRole("radio", { name: /^Don’t watch it/ }));
    await userEvent.click(screen.getByRole("button", { name: "Save choices" }));

    expect(await screen.findByText("Your choices were saved.")).toBeTruthy();
    expect(fake.calls("PATCH", "/api/v1/me/preferences")[0]?.body).toEqual({
      email_replies: false,
      email_mentions: true,
      email_digest: "daily",
      default_subscription: "normal",
    });
    expect(screen.getByRole("checkbox", { name: "someone replies to or quotes my posts" })).toHaveProperty("checked", false);
  });

  test("a refusal is said in the server's words, and nothing is lost", async () => {
    fake.on("PATCH", "/api/v1/me/preferences", () => problem(403, "This token cannot change settings."));
    show();
    await userEvent.click(await screen.findByRole("checkbox", { name: "Send me a daily digest of threads I watch" }));
    await userEvent.click(screen.getByRole("button", { name: "Save choices" }));
    expect((await screen.findByRole("alert")).textContent).toContain("This token cannot change settings.");
    expect(screen.getByRole("checkbox", { name: "Send me a daily digest of threads I watch" })).toHaveProperty("checked", true);
    await waitFor(() => expect(screen.queryByText("Your choices were saved.")).toBeNull());
  });
});
