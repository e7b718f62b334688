import { describe, expect, it } from "vitest";

import { ApiError, describe as describeProblem } from "../api/problem";
import {
  activeSuspension,
  describeSuspended,
  localDateTime,
  localiseTimestamps,
  suspendedUntil,
  WHILE_SUSPENDED,
} from "./suspension";
import { sampleMe } from "./testing";

const UNTIL = "2026-12-07T18:42:00+00:00";
const NOW = Date.parse("2026-12-01T09:00:00Z");

describe("activeSuspension", () => {
  it("is the member's suspension while it lasts, with the moderators' reason", () => {
    const me = sampleMe({ suspended_until: UNTIL, suspension: { until: UNTIL, reason: "Unkind replies" } });
    expect(activeSuspension(me, NOW)).toEqual({ until: UNTIL, reason: "Unkind replies" });
  });

  it("is nothing once it ended, or for a visitor", () => {
    const me = sampleMe({ suspended_until: UNTIL, suspension: { until: UNTIL, reason: "x" } });
    expect(activeSuspension(me, Date.parse("2026-12-08T00:00:00Z"))).toBeNull();
    expect(activeSuspension(sampleMe(), NOW)).toBeNull();
    expect(activeSuspension(null, NOW)).toBeNull();
  });
});

describe("the words", () => {
  it("write the end in local time, never as an ISO timestamp", () => {
    const words = suspendedUntil(UNTIL);
    expect(words).toBe(`Your account is suspended until ${localDateTime(UNTIL)}.`);
    expect(words).toContain("2026");
    expect(words).toContain("December");
    expect(words).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("a 403 /problems/suspended says the notice's words, with the end from its detail", () => {
    const error = new ApiError({
      type: "/problems/suspended",
      title: "Your account is suspended",
      status: 403,
      detail: `Your account is suspended until ${UNTIL}. You can still read, but not post or change anything.`,
    });
    expect(describeProblem(error)).toBe(`${suspendedUntil(UNTIL)} ${WHILE_SUSPENDED}`);
    expect(describeProblem(error)).not.toContain(UNTIL);
    expect(describeSuspended(null)).toMatch(/^Your account is suspended\. You can still read/);
  });

  it("any other problem's ISO timestamps are written out in local time", () => {
    const text = localiseTimestamps("Locked since 2026-11-25T10:00:00Z, try later.");
    expect(text).toBe(`Locked since ${localDateTime("2026-11-25T10:00:00Z")}, try later.`);
  });
});
