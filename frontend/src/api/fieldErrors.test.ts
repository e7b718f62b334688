import { describe, expect, it } from "vitest";

import { fieldA11y, fieldOf, fieldProblems, focusFirstInvalid } from "./fieldErrors";
import { plainMessage } from "./plainWords";
import { ApiError, describe as describeError } from "./problem";

function invalid(errors: { loc: (string | number)[]; msg: string }[]): ApiError {
  return new ApiError({
    type: "/problems/validation-error",
    title: "The request is not valid",
    status: 422,
    detail: errors.map((item) => `${item.loc.join(".")}: ${item.msg}`).join("; "),
    errors,
  });
}

describe("plainMessage", () => {
  it.each([
    ["String should have at least 3 characters", "Title needs at least 3 characters."],
    ["String should have at least 1 character", "Title needs at least 1 character."],
    ["String should have at most 200 characters", "Title can be at most 200 characters."],
    ["Field required", "Title can't be empty."],
    ["Value error, must be one line, without spaces at the start or end", "Title must be one line, without spaces at the start or end."],
    ["Value error, must contain more than white space", "Title can't be only spaces."],
    ["String should match pattern '^[a-z]+$'", "Title has characters that aren't allowed here."],
    ["Input should be a valid boolean", "Title isn't a valid boolean."],
    ["Input should be greater than or equal to 1", "Title must be at least 1."],
    ["Input should be 'member', 'moderator' or 'admin'", "Choose one of the options for title."],
    ["There is no category 'toddlerz'.", "There is no category 'toddlerz'."],
    ["weird", "Title: weird."],
  ])("%s → %s", (message, expected) => {
    expect(plainMessage("Title", message)).toBe(expected);
  });

  it("writes numbers as people read them", () => {
    expect(plainMessage("Your message", "String should have at most 20000 characters")).toBe(
      "Your message can be at most 20,000 characters.",
    );
  });
});

describe("fieldProblems", () => {
  it("maps loc ['body', field] to the form's field, in plain words, one message each", () => {
    const error = invalid([
      { loc: ["body", "title"], msg: "String should have at least 3 characters" },
      { loc: ["body", "title"], msg: "Value error, must be one line, without spaces at the start or end" },
      { loc: ["body", "body"], msg: "Field required" },
    ]);
    const { fields, rest } = fieldProblems(error, { title: "Title", body: "Your message" });
    expect(fields).toEqual({ title: "Title needs at least 3 characters.", body: "Your message can't be empty." });
    expect(rest).toBeNull();
  });

  it("keeps what no field of the form shows, in plain words, for the message under the form", () => {
    const error = invalid([
      { loc: ["body", "title"], msg: "String should have at most 200 characters" },
      { loc: ["body", "content_warning"], msg: "String should have at most 200 characters" },
      { loc: ["query", "limit"], msg: "Input should be less than or equal to 100" },
    ]);
    const { fields, rest } = fieldProblems(error, { title: "Title" });
    expect(fields).toEqual({ title: "Title can be at most 200 characters." });
    expect(rest).toBeInstanceOf(Error);
    expect((rest as Error).message).toBe(
      "Content warning can be at most 200 characters. Limit must be at most 100.",
    );
  });

  it("leaves any other failure whole", () => {
    const locked = new ApiError({ type: "/problems/thread-locked", title: "Locked", status: 403, detail: "Locked." });
    expect(fieldProblems(locked, { title: "Title" })).toEqual({ fields: {}, rest: locked });
    expect(fieldProblems(null, { title: "Title" })).toEqual({ fields: {}, rest: null });
  });

  it("reads loc as the request body's field", () => {
    expect(fieldOf(["body", "scopes", 0])).toBe("scopes");
    expect(fieldOf(["body"])).toBeNull();
    expect(fieldOf(["query", "cursor"])).toBeNull();
  });
});

describe("fieldA11y and focusFirstInvalid", () => {
  it("marks a field invalid and describes it by its message first, then its hints", () => {
    expect(fieldA11y("t-error", "Title needs at least 3 characters.", "t-hint", false, "t-count")).toEqual({
      "aria-invalid": true,
      "aria-describedby": "t-error t-hint t-count",
    });
    expect(fieldA11y("t-error", undefined, "t-hint")).toEqual({
      "aria-invalid": undefined,
      "aria-describedby": "t-hint",
    });
    expect(fieldA11y("t-error", null)).toEqual({ "aria-invalid": undefined, "aria-describedby": undefined });
  });

  it("focuses the form's first field that is not right", () => {
    const form = document.createElement("form");
    form.innerHTML = '<input id="a"><input id="b" aria-invalid="true"><textarea id="c" aria-invalid="true"></textarea>';
    document.body.append(form);
    focusFirstInvalid(form);
    expect(document.activeElement?.id).toBe("b");
    form.remove();
  });
});

describe("describe (what ErrorMessage says)", () => {
  it("says a validation problem in plain words, with the field's name", () => {
    const error = invalid([{ loc: ["body", "display_name"], msg: "String should have at most 50 characters" }]);
    expect(describeError(error)).toBe("Display name can be at most 50 characters.");
  });

  it("says when to try again after a 429 once", () => {
    const limited = new ApiError(
      { type: "/problems/rate-limited", title: "Too many requests", status: 429, detail: "Too many requests; try again in 4 seconds." },
      4,
    );
    expect(describeError(limited)).toBe("Too many tries in a short time — try again in 4 seconds.");
  });
});
