import { describe, expect, it } from "vitest";

import { nextFrom, safeNext, withNext } from "./next";

const ORIGIN = "http://village.test";

describe("safeNext: only a path on this site is followed", () => {
  it.each([
    ["/t/12", "/t/12"],
    ["/t/12#post-4", "/t/12#post-4"],
    ["/new?category=sleep", "/new?category=sleep"],
    ["/c/sleep?sort=new#top", "/c/sleep?sort=new#top"],
  ])("keeps the same-origin path %s", (raw, expected) => {
    expect(safeNext(raw, ORIGIN)).toBe(expected);
  });

  it.each([
    null,
    "",
    "https://evil.example/t/1",
    "//evil.example/t/1",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "t/12",
    "http://village.test.evil.example/",
  ])("refuses %j and goes home instead", (raw) => {
    expect(safeNext(raw, ORIGIN)).toBe("/");
  });

  it("does not come back to the account pages (no loop back to sign in)", () => {
    for (const page of ["/signin", "/signup?next=/t/1", "/forgot-password", "/reset-password?token=x", "/verify-email"]) {
      expect(safeNext(page, ORIGIN)).toBe("/");
    }
  });
});

describe("links that carry the place to come back to", () => {
  it("adds ?next= for any page but the home page", () => {
    expect(withNext("/signin", "/t/12#post-4")).toBe("/signin?next=%2Ft%2F12%23post-4");
    expect(withNext("/signup", "/")).toBe("/signup");
    expect(withNext("/signup", "https://evil.example")).toBe("/signup");
  });

  it("from an account page, passes on the next it carries", () => {
    expect(nextFrom({ pathname: "/t/12", search: "", hash: "#post-3" })).toBe("/t/12#post-3");
    expect(nextFrom({ pathname: "/signin", search: "?next=%2Ft%2F12", hash: "" })).toBe("/t/12");
    expect(nextFrom({ pathname: "/signup", search: "?next=%2F%2Fevil.example", hash: "" })).toBe("/");
  });
});
