import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { attemptKey, draftKeys, loadDraft, saveDraft } from "../drafts";
import { json, noContent } from "../test/fake-api";
import { useAuth } from "./AuthContext";
import { loadTokens } from "./session";
import { renderAccount, sampleMe } from "./testing";

function SignOutButton() {
  const { me, signOut } = useAuth();
  return me ? (
    <button type="button" onClick={() => void signOut()}>
      Sign out {me.display_name}
    </button>
  ) : (
    <p>Signed out</p>
  );
}

beforeEach(() => {
  fake.reset();
  localStorage.clear();
});

describe("signing out on a shared device", () => {
  it("forgets the session, drafts and report attempts: nothing says what this person did", async () => {
    const me = sampleMe();
    fake.on("POST", "/api/v1/auth/logout", () => noContent());
    saveDraft(draftKeys.reply(me.id, 12), { body: "Words I might post anonymously", anonymous: true, contentWarning: "" });
    attemptKey("report:33", { reason: "abusive", note: null }, () => "key-1");
    renderAccount(fake, <SignOutButton />, { path: "/", route: "/", me });
    expect(localStorage.getItem("report:33:attempt")).not.toBeNull();

    await userEvent.click(await screen.findByRole("button", { name: "Sign out Grace" }));

    expect(await screen.findByText("Signed out")).toBeTruthy();
    expect(loadTokens()).toBeNull();
    expect(localStorage.getItem("report:33:attempt")).toBeNull();
    expect(loadDraft(draftKeys.reply(me.id, 12))).toBeNull();
    expect(localStorage.length).toBe(0);
    // The server forgets the refresh token too.
    await waitFor(() => expect(fake.calls("POST", "/api/v1/auth/logout")).toHaveLength(1));
    expect(fake.calls("POST", "/api/v1/auth/logout")[0]!.body).toEqual({ refresh_token: "refresh" });
  });

  it("a session that merely ran out keeps the drafts for the same person", async () => {
    const me = sampleMe();
    saveDraft(draftKeys.newThread(me.id), { body: "Half a thought", anonymous: false, contentWarning: "" });
    fake.on("GET", "/api/v1/me", () => json(401, { type: "/problems/not-authenticated", title: "x", status: 401 }));
    fake.on("POST", "/api/v1/auth/refresh", () =>
      json(401, { type: "/problems/invalid-refresh-token", title: "x", status: 401 }),
    );
    localStorage.setItem("village.session", JSON.stringify({ access_token: "old", refresh_token: "old" }));
    renderAccount(fake, <SignOutButton />, { path: "/", route: "/", me: null });
    expect(await screen.findByText("Signed out")).toBeTruthy();
    await waitFor(() => expect(loadTokens()).toBeNull());
    expect(loadDraft(draftKeys.newThread(me.id))?.body).toBe("Half a thought");
  });
});
