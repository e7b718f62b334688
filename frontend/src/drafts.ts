// Drafts: whatever someone is typing is saved on this device on every change, so a reload,
// a closed tab or a dropped connection never loses it. Cleared after a successful post.
//
// Beside each draft lives the Idempotency-Key of the last submit attempt and a fingerprint
// of what was sent: pressing "Post" again with the same content (after a timeout, or even
// after a reload) reuses the key, so the server answers with the original post instead of
// creating a second one. Any change to the content starts a new attempt with a new key.

/** The reply a draft answers, as the API names it: the post's id and its number. */
export interface DraftReplyTo {
  id: number;
  number: number;
}

export interface Draft {
  body: string;
  anonymous: boolean;
  contentWarning: string;
  /** New threads only. */
  title?: string;
  /** New threads only: the category slug. */
  category?: string;
  replyTo?: DraftReplyTo | null;
}

export const EMPTY_DRAFT: Draft = { body: "", anonymous: false, contentWarning: "" };

/** The localStorage key of a draft, one per member and place where they can write: on a
 * shared device, one parent never sees another's unsent (perhaps anonymous) words. */
export const draftKeys = {
  reply: (userId: number, threadId: number | string) => `draft:${userId}:thread:${threadId}`,
  newThread: (userId: number) => `draft:${userId}:new-thread`,
  edit: (userId: number, postId: number | string) => `draft:${userId}:edit:${postId}`,
};

const ATTEMPT_SUFFIX = ":attempt";

// When localStorage refuses (private mode, quota, disabled), drafts are kept for this page's
// lifetime at least. An entry here exists only while the storage is failing for that key.
const fallback = new Map<string, string>();

/** Forgets the drafts and attempts kept in memory only (at sign-out: auth/deviceStorage.ts). */
export function forgetDraftsInMemory(): void {
  fallback.clear();
}

function read(key: string): string | null {
  const kept = fallback.get(key);
  if (kept !== undefined) return kept;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  fallback.delete(key);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    if (value !== null) fallback.set(key, value);
    try {
      localStorage.removeItem(key); // no stale older copy to come back later
    } catch {
      // storage unavailable altogether
    }
  }
}

function isReplyTo(value: unknown): value is DraftReplyTo {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as DraftReplyTo).id === "number" &&
    typeof (value as DraftReplyTo).number === "number"
  );
}

/** A draft is worth keeping when something was typed or chosen in it. */
export function isEmptyDraft(draft: Draft): boolean {
  return (
    !draft.body.trim() &&
    !draft.contentWarning.trim() &&
    !(draft.title ?? "").trim() &&
    !draft.replyTo
  );
}

/** The saved draft, or null when there is none (or it cannot be read back). */
export function loadDraft(key: string): Draft | null {
  const raw = read(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (typeof parsed !== "object" || parsed === null || typeof parsed.body !== "string") {
      return null;
    }
    const draft: Draft = {
      body: parsed.body,
      anonymous: parsed.anonymous === true,
      contentWarning: typeof parsed.contentWarning === "string" ? parsed.contentWarning : "",
    };
    if (typeof parsed.title === "string") draft.title = parsed.title;
    if (typeof parsed.category === "string") draft.category = parsed.category;
    if (isReplyTo(parsed.replyTo)) draft.replyTo = { id: parsed.replyTo.id, number: parsed.replyTo.number };
    return draft;
  } catch {
    return null;
  }
}

/** Saves the draft; an empty one is removed instead, so old keys do not pile up. */
export function saveDraft(key: string, draft: Draft): void {
  if (isEmptyDraft(draft)) {
    write(key, null);
    return;
  }
  write(key, JSON.stringify(draft));
}

/** Forgets the draft and its submit attempt: call after the post went through. */
export function clearDraft(key: string): void {
  write(key, null);
  write(key + ATTEMPT_SUFFIX, null);
}

/** A stable text for "the same request": key order does not matter. */
export function fingerprint(payload: unknown): string {
  return JSON.stringify(payload, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

/**
 * The Idempotency-Key for submitting `payload` from the draft at `key`: the same key as the
 * previous attempt when the payload is unchanged, otherwise a new one (remembered).
 */
export function attemptKey(key: string, payload: unknown, makeKey: () => string): string {
  const print = fingerprint(payload);
  const raw = read(key + ATTEMPT_SUFFIX);
  if (raw) {
    try {
      const saved = JSON.parse(raw) as { key?: unknown; fingerprint?: unknown };
      if (typeof saved.key === "string" && saved.fingerprint === print) return saved.key;
    } catch {
      // a new attempt below
    }
  }
  const fresh = makeKey();
  write(key + ATTEMPT_SUFFIX, JSON.stringify({ key: fresh, fingerprint: print }));
  return fresh;
}

/** "> " before every line of the first part of a post: the start of a quoting reply. */
export function quoteExcerpt(body: string, maxChars = 280): string {
  const text = body.trim();
  let excerpt = text.length > maxChars ? text.slice(0, maxChars) : text;
  if (excerpt.length < text.length) {
    const lastSpace = excerpt.lastIndexOf(" ");
    if (lastSpace > maxChars * 0.6) excerpt = excerpt.slice(0, lastSpace);
    excerpt = `${excerpt.trimEnd()}…`;
  }
  return excerpt
    .split("\n")
    .map((line) => (line.trim() ? `> ${line}` : ">"))
    .join("\n");
}
