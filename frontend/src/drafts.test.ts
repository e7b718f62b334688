import { describe, expect, it, vi } from "vitest";

import {
  attemptKey,
  clearDraft,
  draftKeys,
  EMPTY_DRAFT,
  fingerprint,
  isEmptyDraft,
  loadDraft,
  quoteExcerpt,
  saveDraft,
} from "./drafts";

describe("draft keys", () => {
  it("has one key per place to write", () => {
    expect(draftKeys.reply(7, 5)).toBe("draft:7:thread:5");
    expect(draftKeys.newThread(7)).toBe("draft:7:new-thread");
    expect(draftKeys.edit(7, 12)).toBe("draft:7:edit:12");
    expect(draftKeys.reply(8, 5)).not.toBe(draftKeys.reply(7, 5));
  });
});

describe("saving and loading drafts", () => {
  it("round-trips everything that was typed", () => {
    const draft = {
      body: "Hello\n\nsecond paragraph",
      anonymous: true,
      contentWarning: "loss",
      title: "A title",
      category: "sleep",
      replyTo: { id: 40, number: 3 },
    };
    saveDraft("draft:thread:1", draft);
    expect(loadDraft("draft:thread:1")).toEqual(draft);
  });

  it("returns null when there is no draft", () => {
    expect(loadDraft("draft:thread:404")).toBeNull();
  });

  it("removes the key when the draft becomes empty", () => {
    saveDraft("draft:thread:2", { ...EMPTY_DRAFT, body: "x" });
    expect(localStorage.getItem("draft:thread:2")).not.toBeNull();
    saveDraft("draft:thread:2", { ...EMPTY_DRAFT, body: "   " });
    expect(localStorage.getItem("draft:thread:2")).toBeNull();
  });

  it("keeps a draft that has only a title", () => {
    expect(isEmptyDraft({ ...EMPTY_DRAFT, title: "Only a title" })).toBe(false);
    expect(isEmptyDraft({ ...EMPTY_DRAFT, anonymous: true })).toBe(true);
  });

  it("ignores a corrupt or foreign value", () => {
    localStorage.setItem("draft:thread:3", "{not json");
    expect(loadDraft("draft:thread:3")).toBeNull();
    localStorage.setItem("draft:thread:4", JSON.stringify({ body: 12 }));
    expect(loadDraft("draft:thread:4")).toBeNull();
    localStorage.setItem("draft:thread:5", JSON.stringify({ body: "ok", replyTo: "nope" }));
    expect(loadDraft("draft:thread:5")).toEqual({ body: "ok", anonymous: false, contentWarning: "" });
  });

  it("clearDraft forgets the draft and its submit attempt", () => {
    saveDraft("draft:new-thread", { ...EMPTY_DRAFT, body: "x" });
    attemptKey("draft:new-thread", { body: "x" }, () => "k1");
    clearDraft("draft:new-thread");
    expect(loadDraft("draft:new-thread")).toBeNull();
    expect(attemptKey("draft:new-thread", { body: "x" }, () => "k2")).toBe("k2");
  });

  it("still keeps the draft in memory when localStorage refuses to write", () => {
    const spy = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    try {
      saveDraft("draft:thread:9", { ...EMPTY_DRAFT, body: "kept" });
      expect(loadDraft("draft:thread:9")?.body).toBe("kept");
    } finally {
      spy.mockRestore();
      clearDraft("draft:thread:9");
    }
  });
});

describe("idempotency keys per submit attempt", () => {
  it("reuses the key while the payload is the same, and makes a new one when it changes", () => {
    const make = vi.fn().mockReturnValueOnce("first").mockReturnValueOnce("second");
    expect(attemptKey("draft:thread:7", { body: "a", anonymous: false }, make)).toBe("first");
    // Same content, keys in another order: a retry of the same submit.
    expect(attemptKey("draft:thread:7", { anonymous: false, body: "a" }, make)).toBe("first");
    expect(attemptKey("draft:thread:7", { body: "a, edited", anonymous: false }, make)).toBe("second");
    expect(make).toHaveBeenCalledTimes(2);
  });

  it("fingerprints ignore key order but not values", () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe("quoteExcerpt", () => {
  it("quotes every line", () => {
    expect(quoteExcerpt("One\n\nTwo")).toBe("> One\n>\n> Two");
  });

  it("shortens long posts at a word and marks the cut", () => {
    const quoted = quoteExcerpt("word ".repeat(200), 50);
    expect(quoted.startsWith("> word")).toBe(true);
    expect(quoted.endsWith("…")).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(53);
  });
});
