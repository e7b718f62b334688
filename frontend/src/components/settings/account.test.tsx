import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

import { loadTokens } from "../../auth/session";
import { renderAccount, sampleMe } from "../../auth/testing";
import { draftKeys, loadDraft, saveDraft } from "../../drafts";
import { json, noContent, problem } from "../../test/fake-api";
import { DataExport, exportFileName } from "./DataExport";
import { DeleteAccount } from "./DeleteAccount";
import { EmailSettings } from "./EmailSettings";
import { PasswordForm } from "./PasswordForm";

const FRESH = { access_token: "fresh-access", refresh_token: "fresh-refresh", token_type: "bearer", expires_in: 900 };

function at(element: React.ReactElement, me = sampleMe()) {
  return renderAccount(fake, element, { path: "/settings", route: "/settings", me });
}

beforeEach(() => {
  fake.reset();
  localStorage.clear();
});

describe("changing the password", () => {
  it("sends the current and the new one, and carries on with the fresh tokens", async () => {
    fake.on("POST", "/api/v1/me/password", () => json(200, FRESH));
    at(<PasswordForm />);
    await userEvent.type(screen.getByLabelText("Current password"), "the old password");
    await userEvent.type(screen.getByLabelText("New password"), "a brand new long password");
    await userEvent.click(screen.getByRole("button", { name: "Change password" }));

    expect(await screen.findByText("Your password was changed. You were signed out everywhere else.")).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/me/password")[0]!.body).toEqual({
      current_password: "the old password",
      new_password: "a brand new long password",
    });
    expect(loadTokens()).toEqual({ access_token: "fresh-access", refresh_token: "fresh-refresh" });
    expect(screen.getByLabelText("Current password")).toHaveProperty("value", "");
  });

  it("a wrong current password is said next to that field, which gets the focus", async () => {
    fake.on("POST", "/api/v1/me/password", () =>
      problem(403, "The current password is not right.", "/problems/wrong-password"),
    );
    at(<PasswordForm />);
    await userEvent.type(screen.getByLabelText("Current password"), "not it");
    await userEvent.type(screen.getByLabelText("New password"), "a brand new long password");
    await userEvent.click(screen.getByRole("button", { name: "Change password" }));

    const current = screen.getByLabelText("Current password");
    expect(await screen.findByText("That is not your current password. Check it and try again.")).toBeTruthy();
    expect(current.getAttribute("aria-invalid")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(current));
    expect(loadTokens()).toEqual({ access_token: "access", refresh_token: "refresh" });
  });
});

describe("the email address", () => {
  it("verified: says so, offers no resend", async () => {
    at(<EmailSettings me={sampleMe()} />);
    expect(screen.getByText("Verified")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Send the link again" })).toBeNull();
  });

  it("not verified yet: sends the link again", async () => {
    fake.on("POST", "/api/v1/me/email/verification", () => json(202, {}));
    at(<EmailSettings me={sampleMe({ email_verified: false })} />);
    expect(screen.getByText("Not verified yet")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Send the link again" }));
    expect(await screen.findByText(/We sent a new link to grace@example.org/)).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/me/email/verification")).toHaveLength(1);
  });

  it("a change sends a link to the new address; the address changes only when it is used", async () => {
    const pending = sampleMe({ pending_email: "grace@new.example" });
    fake.on("PATCH", "/api/v1/me", () => json(200, pending));
    at(<EmailSettings me={sampleMe()} />);
    expect(screen.getByText(/Nothing changes until you open it/)).toBeTruthy();
    fake.on("GET", "/api/v1/me", () => json(200, pending));
    await userEvent.type(screen.getByLabelText("New email address"), "grace@new.example");
    await userEvent.click(screen.getByRole("button", { name: "Send a link to the new address" }));
    expect(await screen.findByText("We sent a link to grace@new.example. Your address changes when you open it.")).toBeTruthy();
    expect(fake.calls("PATCH", "/api/v1/me")[0]!.body).toEqual({ email: "grace@new.example" });
  });

  it("a pending change is shown with both addresses", () => {
    at(<EmailSettings me={sampleMe({ pending_email: "grace@new.example" })} />);
    const note = screen.getByRole("note");
    expect(note.textContent).toBe(
      "We sent a link to grace@new.example. Your address changes to it only when you open that link; until then we keep using grace@example.org.",
    );
  });

  it("an address already in use is said next to the field", async () => {
    fake.on("PATCH", "/api/v1/me", () => problem(409, "Another account uses that address.", "/problems/email-taken"));
    at(<EmailSettings me={sampleMe()} />);
    await userEvent.type(screen.getByLabelText("New email address"), "sam@example.org");
    await userEvent.click(screen.getByRole("button", { name: "Send a link to the new address" }));
    expect(await screen.findByText("Another account uses that address.")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByLabelText("New email address").getAttribute("aria-invalid")).toBe("true");
  });
});

describe("downloading your data", () => {
  const created: Blob[] = [];
  beforeEach(() => {
    created.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return "blob:village/1";
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it("saves the server's JSON under the name it suggests, through a download link", async () => {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const body = { profile: { username: "grace_l" }, posts: [] };
    fake.on("GET", "/api/v1/me/export", () =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: {
          "Content-Type": "application/json",
          "Content-Disposition": 'attachment; filename="village-grace_l-2026-12-01.json"',
        },
      }),
    );
    at(<DataExport username="grace_l" />);
    expect(screen.getByText(/Moderators’ private notes are not included/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Download my data" }));
    expect(await screen.findByText("Done: your browser is saving “village-grace_l-2026-12-01.json”.")).toBeTruthy();
    expect(clicked).toEqual([{ href: "blob:village/1", download: "village-grace_l-2026-12-01.json" }]);
    expect(JSON.parse(await created[0]!.text())).toEqual(body);
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:village/1"));
    expect(document.querySelector("a[download]")).toBeNull();
  });

  it("names the file itself when the server suggests none, and never a path", () => {
    expect(exportFileName(null, "grace_l")).toBe("village-data-grace_l.json");
    expect(exportFileName('attachment; filename="../../etc/x.json"', "g")).toBe(".._.._etc_x.json");
    expect(exportFileName("attachment; filename*=UTF-8''village%20data.json", "g")).toBe("village data.json");
  });

  it("says the server's problem when the export fails", async () => {
    fake.on("GET", "/api/v1/me/export", () => problem(503, "The database is busy; try again in a minute.", "/problems/unavailable"));
    at(<DataExport username="grace_l" />);
    await userEvent.click(screen.getByRole("button", { name: "Download my data" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The database is busy; try again in a minute.");
  });
});

describe("deleting the account", () => {
  it("explains both choices and asks for one before sending anything", async () => {
    at(<DeleteAccount me={sampleMe()} />);
    expect(screen.getByText(/This cannot be undone\./)).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Keep my posts, without my name" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Remove what my posts say" })).toBeTruthy();
    expect(screen.getByText("Posts you wrote anonymously stay anonymous either way.")).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Your password"), "my password");
    await userEvent.click(screen.getByRole("button", { name: "Delete my account for good" }));
    expect(screen.getByText("Choose what should happen to your posts.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Keep my posts, without my name" }));
    expect(fake.calls("DELETE", "/api/v1/me")).toHaveLength(0);
  });

  it("keep: deletes, forgets this device, and goes home saying it is done", async () => {
    fake.on("DELETE", "/api/v1/me", () => noContent());
    saveDraft(draftKeys.reply(5, 12), { body: "unsent", anonymous: false, contentWarning: "" });
    at(<DeleteAccount me={sampleMe()} />);
    await userEvent.click(screen.getByRole("radio", { name: "Keep my posts, without my name" }));
    await userEvent.type(screen.getByLabelText("Your password"), "my password");
    await userEvent.click(screen.getByRole("button", { name: "Delete my account for good" }));

    const status = await screen.findByRole("status");
    expect(status.textContent).toBe("Your account was deleted. Your posts stay, shown as from “Deleted member”. Take care.");
    expect(screen.getByTestId("where").textContent).toBe("/");
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(fake.calls("DELETE", "/api/v1/me")[0]!.body).toEqual({ password: "my password", posts: "keep" });
    expect(loadTokens()).toBeNull();
    expect(loadDraft(draftKeys.reply(5, 12))).toBeNull();
  });

  it("a wrong password is said next to the field", async () => {
    fake.on("DELETE", "/api/v1/me", () => problem(403, "The password is not right.", "/problems/wrong-password"));
    at(<DeleteAccount me={sampleMe()} />);
    await userEvent.click(screen.getByRole("radio", { name: "Remove what my posts say" }));
    await userEvent.type(screen.getByLabelText("Your password"), "not it");
    await userEvent.click(screen.getByRole("button", { name: "Delete my account for good" }));
    expect(await screen.findByText("That is not your password. Check it and try again.")).toBeTruthy();
    expect(fake.calls("DELETE", "/api/v1/me")[0]!.body).toEqual({ password: "not it", posts: "erase" });
    expect(loadTokens()).not.toBeNull();
  });

  it("a moderator is asked, kindly, to be demoted first", async () => {
    fake.on("DELETE", "/api/v1/me", () =>
      problem(409, "Moderators and administrators must be demoted first.", "/problems/demote-first"),
    );
    const moderator = sampleMe({ role: "moderator", username: "maya_mod", display_name: "Maya" });
    at(<DeleteAccount me={moderator} />, moderator);
    await userEvent.click(screen.getByRole("radio", { name: "Keep my posts, without my name" }));
    await userEvent.type(screen.getByLabelText("Your password"), "my password");
    await userEvent.click(screen.getByRole("button", { name: "Delete my account for good" }));
    const answer = await screen.findByRole("alert");
    expect(answer.textContent).toBe(
      "Thank you for looking after this community. Before you can leave, an administrator needs to change your role back to member — please ask them. Then you can delete your account here.",
    );
    expect(loadTokens()).not.toBeNull();
    expect(screen.getByTestId("where").textContent).toBe("/settings");
  });
});
