import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { renderAccount, sampleMe } from "../auth/testing";
import { json, noContent, problem } from "../test/fake-api";
import { ForgotPasswordPage } from "./ForgotPasswordPage";
import { ResetPasswordPage } from "./ResetPasswordPage";
import { VerifyEmailPage } from "./VerifyEmailPage";

const INVALID_RESET = () =>
  problem(400, "This password reset link is invalid, used or expired.", "/problems/invalid-reset-token");

beforeEach(() => {
  fake.reset();
  localStorage.clear();
});

describe("forgot password", () => {
  it("always gives the same answer: no way to learn who has an account", async () => {
    fake.on("POST", "/api/v1/auth/password-reset", () => json(202, {}));
    renderAccount(fake, <ForgotPasswordPage />, { path: "/forgot-password", route: "/forgot-password", me: null });
    expect(screen.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Email address"), " grace@example.org ");
    await userEvent.click(screen.getByRole("button", { name: "Send me a link" }));
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain(
      "If an account uses grace@example.org, we’ve sent a link to it. The link works for one hour.",
    );
    expect(fake.calls("POST", "/api/v1/auth/password-reset")[0]!.body).toEqual({ email: "grace@example.org" });
    expect(screen.getByRole("button", { name: "Send another link" })).toBeTruthy();
  });

  it("too many tries: the server's wait, in plain words", async () => {
    fake.on("POST", "/api/v1/auth/password-reset", () =>
      new Response(JSON.stringify({ type: "/problems/rate-limited", title: "Too many requests", status: 429 }), {
        status: 429,
        headers: { "Content-Type": "application/problem+json", "Retry-After": "60" },
      }),
    );
    renderAccount(fake, <ForgotPasswordPage />, { path: "/forgot-password", route: "/forgot-password", me: null });
    await userEvent.type(screen.getByLabelText("Email address"), "grace@example.org");
    await userEvent.click(screen.getByRole("button", { name: "Send me a link" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/try again in 1 minute\.$/);
  });
});

describe("reset password", () => {
  function open(path = "/reset-password?token=vrs_abc") {
    renderAccount(fake, <ResetPasswordPage />, { path, route: "/reset-password", me: null });
  }

  async function choose(first: string, second = first) {
    await userEvent.type(screen.getByLabelText("New password"), first);
    await userEvent.type(screen.getByLabelText("New password, again"), second);
    await userEvent.click(screen.getByRole("button", { name: "Save my new password" }));
  }

  it("the new password twice; then the sign-in page, saying it is changed", async () => {
    fake.on("POST", "/api/v1/auth/password-reset/confirm", () => noContent());
    renderAccount(fake, <ResetPasswordPage />, { path: "/reset-password?token=vrs_abc", route: "/reset-password", me: null });
    await choose("a brand new long password");
    await waitFor(() => expect(screen.getByTestId("where").textContent).toBe("/signin"));
    expect(screen.getByRole("status").textContent).toBe("Your password was changed. Sign in with your new password.");
    expect(fake.calls("POST", "/api/v1/auth/password-reset/confirm")[0]!.body).toEqual({
      token: "vrs_abc",
      new_password: "a brand new long password",
    });
  });

  it("two different passwords: said next to the second, nothing sent", async () => {
    open();
    await choose("a brand new long password", "a brand new long passwort");
    expect(screen.getByText("The two passwords are not the same. Type the new one again.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("New password, again"));
    expect(fake.requests).toHaveLength(0);
  });

  it("a used or expired link: said plainly, with a way to ask again", async () => {
    fake.on("POST", "/api/v1/auth/password-reset/confirm", INVALID_RESET);
    open();
    await choose("a brand new long password");
    expect(await screen.findByRole("heading", { level: 1, name: "This link doesn’t work any more" })).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("Each link works once, for one hour.");
    expect(screen.getByRole("link", { name: "Ask for a new link" }).getAttribute("href")).toBe("/forgot-password");
  });

  it("an address without a token says so at once", () => {
    open("/reset-password");
    expect(screen.getByRole("alert").textContent).toContain("no reset link in it");
    expect(screen.getByRole("link", { name: "Ask for a new link" })).toBeTruthy();
  });
});

describe("verify email", () => {
  it("verifies once as the page opens (also under StrictMode) and says so", async () => {
    fake.on("POST", "/api/v1/auth/verify-email", () => noContent());
    renderAccount(
      fake,
      <StrictMode>
        <VerifyEmailPage />
      </StrictMode>,
      { path: "/verify-email?token=vev_once", route: "/verify-email", me: sampleMe({ email_verified: false }) },
    );
    expect(await screen.findByText(/^Thank you: your email address is verified\./)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Email verified" })).toBeTruthy();
    expect(fake.calls("POST", "/api/v1/auth/verify-email")).toHaveLength(1);
    expect(fake.calls("POST", "/api/v1/auth/verify-email")[0]!.body).toEqual({ token: "vev_once" });
    expect(screen.getByRole("link", { name: "Back to your settings" })).toBeTruthy();
  });

  it("a new address's link: the account's address is now the new one, and it says so", async () => {
    const before = sampleMe({ pending_email: "grace@new.example" });
    const after = sampleMe({ email: "grace@new.example", pending_email: null });
    let verified = false;
    fake.on("POST", "/api/v1/auth/verify-email", () => {
      verified = true;
      return noContent();
    });
    renderAccount(fake, <VerifyEmailPage />, { path: "/verify-email?token=vev_new", route: "/verify-email", me: before });
    fake.on("GET", "/api/v1/me", () => json(200, verified ? after : before));
    expect(await screen.findByText("Thank you: your email address is verified. Your account’s address is grace@new.example.")).toBeTruthy();
  });

  it("an invalid link is said plainly, with where to ask for another", async () => {
    fake.on("POST", "/api/v1/auth/verify-email", () =>
      problem(400, "This verification link is invalid, used or expired.", "/problems/invalid-verification-token"),
    );
    renderAccount(fake, <VerifyEmailPage />, { path: "/verify-email?token=vev_bad", route: "/verify-email", me: null });
    expect(await screen.findByRole("heading", { level: 1, name: "This link doesn’t work" })).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("This link has been used already, or it is no longer valid.");
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/signin?next=%2Fsettings");
  });
});
