// Problem documents (RFC 9457) from the API, and how to say them to a person.
import { describeSuspended, localiseTimestamps } from "../auth/suspension";
import { labelFromName, plainMessage } from "./plainWords";
import type { components } from "./schema";

export type Problem = components["schemas"]["Problem"] & {
  errors?: { loc: (string | number)[]; msg: string }[];
};

export class ApiError extends Error {
  readonly problem: Problem;
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The stable slug, e.g. "thread-locked". */
  get kind(): string {
    return this.problem.type.replace(/^\/problems\//, "");
  }
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    "type" in value &&
    "title" in value &&
    "status" in value
  );
}

/** What to tell the person: the server's own `detail` first, never a generic message. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.status === 429 && error.retryAfter !== null) {
      // Once: the server's detail may already say when ("…try again in 4 seconds.").
      return `Too many tries in a short time — try again in ${formatWait(error.retryAfter)}.`;
    }
    if (problem.status === 422 && problem.errors?.length) {
      return problem.errors.map((item) => plainMessage(fieldName(item.loc), item.msg)).join(" ");
    }
    // The same words as the suspension notice, with its end in the reader's time.
    if (error.kind === "suspended") return describeSuspended(problem.detail);
    return localiseTimestamps(problem.detail ?? problem.title);
  }
  if (error instanceof TypeError) {
    return "We couldn't reach Village. Check your connection; nothing you typed is lost.";
  }
  return error instanceof Error ? error.message : String(error);
}

function fieldName(loc: (string | number)[]): string {
  // ["body", "title"]: the request body's title (a post's own text is ["body", "body"]).
  const parts = ["body", "query", "path", "header"].includes(String(loc[0])) ? loc.slice(1) : loc;
  return parts.length ? labelFromName(parts[parts.length - 1]!) : "The request";
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
