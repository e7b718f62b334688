// Times: the viewer's zone, named; the form's local date-times sent with their offset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fromLocalInput, meetupWhen, meetupWhenShort, thisWeek, toLocalInput } from "./time";

const before = process.env.TZ;
beforeAll(() => {
  // Node reads TZ again when it changes: local time is London's here (GMT, BST in summer).
  process.env.TZ = "Europe/London";
});
afterAll(() => {
  process.env.TZ = before;
});

describe("fromLocalInput", () => {
  it("sends a winter time with +00:00 and a summer time with +01:00 (London)", () => {
    expect(fromLocalInput("2026-12-03T10:00")).toBe("2026-12-03T10:00:00+00:00");
    expect(fromLocalInput("2026-07-03T10:30")).toBe("2026-07-03T10:30:00+01:00");
    expect(new Date(fromLocalInput("2026-07-03T10:30")!).toISOString()).toBe("2026-07-03T09:30:00.000Z");
  });

  it("uses the browser's own zone: the same wall time elsewhere is another instant", () => {
    process.env.TZ = "America/New_York";
    try {
      expect(fromLocalInput("2026-12-03T10:00")).toBe("2026-12-03T10:00:00-05:00");
    } finally {
      process.env.TZ = "Europe/London";
    }
    process.env.TZ = "Asia/Kolkata";
    try {
      expect(fromLocalInput("2026-12-03T10:00")).toBe("2026-12-03T10:00:00+05:30");
    } finally {
      process.env.TZ = "Europe/London";
    }
  });

  it("refuses what is not a date-time", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("tomorrow")).toBeNull();
    expect(fromLocalInput("2026-02-30T10:00")).toBeNull();
  });
});

describe("toLocalInput", () => {
  it("shows an instant as the local wall time, and round-trips", () => {
    expect(toLocalInput("2026-07-03T09:30:00Z")).toBe("2026-07-03T10:30");
    expect(toLocalInput("2026-12-03T10:00:00+00:00")).toBe("2026-12-03T10:00");
    expect(fromLocalInput(toLocalInput("2026-07-03T09:30:00Z"))).toBe("2026-07-03T10:30:00+01:00");
    expect(toLocalInput(null)).toBe("");
  });
});

describe("meetupWhen", () => {
  it("says the day, the times and the zone, in the viewer's zone", () => {
    const when = meetupWhen("2026-07-03T09:30:00Z", "2026-07-03T11:00:00Z");
    expect(when.zoneId).toBe("Europe/London");
    expect(when.zone).toMatch(/^(BST|GMT\+1)$/);
    expect(when.day).toMatch(/Friday/);
    expect(when.day).toMatch(/3/);
    expect(when.time).toMatch(/10:30.*12:00/);
  });

  it("shows another zone's local time when asked for it", () => {
    const when = meetupWhen("2026-12-03T10:00:00Z", null, "America/New_York");
    expect(when.time).toMatch(/5:00/);
    expect(when.zone).toBe("EST");
    expect(when.zoneId).toBe("America/New_York");
  });

  it("names the end's day when it ends on another one", () => {
    expect(meetupWhen("2026-12-03T22:00:00Z", "2026-12-04T01:00:00Z").time).toMatch(/Fri.*4.*1:00/);
    expect(meetupWhenShort("2026-12-03T10:00:00Z", null)).toMatch(/Thu.*3.*10:00( AM)? GMT$/);
  });
});

describe("thisWeek", () => {
  it("runs from now to seven days ahead", () => {
    expect(thisWeek(new Date("2026-12-01T08:00:00Z"))).toEqual({
      from: "2026-12-01T08:00:00.000Z",
      to: "2026-12-08T08:00:00.000Z",
    });
  });
});
