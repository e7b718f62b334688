// Problem documents (RFC 9457) from the API, and how to say them to a person.
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
      return `${problem.detail ?? problem.title} You can try again in ${formatWait(error.retryAfter)}.`;
    }
    if (problem.status === 422 && problem.errors?.length) {
      return problem.errors.map((item) => `${fieldName(item.loc)}: ${item.msg}`).join(" · ");
    }
    return problem.detail ?? problem.title;
  }
  if (error instanceof TypeError) {
    return "We couldn't reach Village. Check your connection; nothing you typed is lost.";
  }
  return error instanceof Error ? error.message : String(error);
}

function fieldName(loc: (string | number)[]): string {
  const parts = loc.filter((part) => part !== "body");
  return parts.length ? String(parts[parts.length - 1]).replace(/_/g, " ") : "request";
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
