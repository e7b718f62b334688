import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { SignInLinks } from "../auth/SignInLinks";
import { renderAccount, sampleMe } from "../auth/testing";
import { json } from "../test/fake-api";
import { SignInPage } from "./SignInPage";
import { SignUpPage } from "./SignUpPage";

const TOKENS = { access_token: "a", refresh_token: "r", token_type: "bearer", expires_in: 900 };

function serveAccount() {
  fake.on("POST", "/api/v1/auth/token", () => json(200, TOKENS));
  fake.on("POST", "/api/v1/auth/register", () => json(201, sampleMe()));
  fake.on("GET", "/api/v1/me", () => json(200, sampleMe()));
}

async function signIn() {
  await userEvent.type(screen.getByLabelText("Username or email"), "grace_l");
  await userEvent.type(screen.getByLabelText("Password"), "a long enough password");
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

async function join() {
  await userEvent.type(screen.getByLabelText("Username"), "grace_l");
  await userEvent.type(screen.getByLabelText("Email"), "grace@example.org");
  await userEvent.type(screen.getByLabelText("Password"), "a long enough password");
  await userEvent.click(screen.getByRole("button", { name: "Join" }));
}

beforeEach(() => {
  fake.reset();
  serveAccount();
});

describe("signing in returns to where the person was", () => {
  it("goes back to the thread and post in ?next=", async () => {
    renderAccount(fake, <SignInPage />, { path: "/signin?next=%2Ft%2F12%23post-4", route: "/signin", me: null });
    await signIn();
    expect((await screen.findByText("Elsewhere")).textContent).toBe("Elsewhere");
    expect(screen.getByTestId("where").textContent).toBe("/t/12#post-4");
  });

  it("never follows ?next= to another site", async () => {
    renderAccount(fake, <SignInPage />, {
      path: `/signin?next=${encodeURIComponent("//evil.example/phish")}`,
      route: "/signin",
      me: null,
    });
    await signIn();
    await screen.findByText("Elsewhere");
    expect(screen.getByTestId("where").textContent).toBe("/");
  });

  it("offers “Forgot your password?”, and Join carries the same next", () => {
    renderAccount(fake, <SignInPage />, { path: "/signin?next=%2Ft%2F12", route: "/signin", me: null });
    expect(screen.getByRole("link", { name: "Forgot your password?" }).getAttribute("href")).toBe("/forgot-password");
    expect(screen.getByRole("link", { name: "Join Village" }).getAttribute("href")).toBe("/signup?next=%2Ft%2F12");
  });

  it("the header's Sign in and Join carry the page the visitor is reading", () => {
    renderAccount(fake, <SignInLinks />, { path: "/t/12#post-4", route: "/t/:id", me: null });
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/signin?next=%2Ft%2F12%23post-4");
    expect(screen.getByRole("link", { name: "Join" }).getAttribute("href")).toBe("/signup?next=%2Ft%2F12%23post-4");
  });
});

describe("joining returns to where the person was", () => {
  it("registers, signs in and goes back to the thread", async () => {
    renderAccount(fake, <SignUpPage />, { path: "/signup?next=%2Ft%2F12", route: "/signup", me: null });
    expect(screen.getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/signin?next=%2Ft%2F12");
    await join();
    await screen.findByText("Elsewhere");
    expect(screen.getByTestId("where").textContent).toBe("/t/12");
    expect(fake.calls("POST", "/api/v1/auth/register")[0]!.body).toMatchObject({ username: "grace_l" });
  });

  it("goes home instead of to another site", async () => {
    renderAccount(fake, <SignUpPage />, {
      path: `/signup?next=${encodeURIComponent("https://evil.example")}`,
      route: "/signup",
      me: null,
    });
    await join();
    await screen.findByText("Elsewhere");
    expect(screen.getByTestId("where").textContent).toBe("/");
  });

  it("a taken username is said next to that field, in the server's words", async () => {
    fake.on("POST", "/api/v1/auth/register", () =>
      json(409, { type: "/problems/username-taken", title: "That username is taken", status: 409, detail: "That username is taken." }),
    );
    renderAccount(fake, <SignUpPage />, { path: "/signup", route: "/signup", me: null });
    await join();
    expect(await screen.findByText("That username is taken.")).toBeTruthy();
    expect(screen.getByLabelText("Username").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a field's problem next to that field, in plain words", async () => {
    fake.on("POST", "/api/v1/auth/register", () =>
      json(422, {
        type: "/problems/validation",
        title: "Invalid request",
        status: 422,
        detail: "x",
        errors: [{ loc: ["body", "username"], msg: "String should have at least 3 characters" }],
      }),
    );
    renderAccount(fake, <SignUpPage />, { path: "/signup", route: "/signup", me: null });
    await join();
    const username = screen.getByLabelText("Username");
    expect(await screen.findByText("Username needs at least 3 characters.")).toBeTruthy();
    expect(username.getAttribute("aria-invalid")).toBe("true");
    expect(username.getAttribute("aria-describedby")).toContain("username-error");
  });
});
