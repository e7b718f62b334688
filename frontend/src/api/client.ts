// The typed API client: generated types (schema.d.ts) + openapi-fetch, with bearer tokens
// and transparent refresh. Nothing here is written by hand about request/response shapes.
import createClient, { type Middleware } from "openapi-fetch";

import { loadTokens, saveTokens, type Tokens } from "../auth/session";
import { ApiError, isProblem, type Problem } from "./problem";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];

export const api = createClient<paths>({ baseUrl: "" });

const pending = new Map<string, Request>();
let refreshing: Promise<Tokens | null> | null = null;

/** One refresh at a time; concurrent 401s wait for the same new pair (null: signed out). */
export function refreshTokens(): Promise<Tokens | null> {
  refreshing ??= (async () => {
    const current = loadTokens();
    if (!current) return null;
    const response = await fetch("/api/v1/auth/refresh", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refresh_token: current.refresh_token }),
    });
    if (!response.ok) {
      saveTokens(null);
      return null;
    }
    const fresh = (await response.json()) as Tokens;
    saveTokens({ access_token: fresh.access_token, refresh_token: fresh.refresh_token });
    return fresh;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const auth: Middleware = {
  onRequest({ request, id }) {
    const tokens = loadTokens();
    if (tokens && !request.headers.has("Authorization")) {
      request.headers.set("Authorization", `Bearer ${tokens.access_token}`);
    }
    if (tokens) pending.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id, request }) {
    const original = pending.get(id);
    pending.delete(id);
    const isAuthRoute = new URL(request.url).pathname.startsWith("/api/v1/auth/");
    if (response.status !== 401 || !original || isAuthRoute) return response;
    const fresh = await refreshTokens();
    if (!fresh) return response;
    const retry = new Request(original, { headers: new Headers(original.headers) });
    retry.headers.set("Authorization", `Bearer ${fresh.access_token}`);
    return fetch(retry);
  },
};

api.use(auth);

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem. */
export async function call<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await promise;
  if (response.ok) return data as T;
  throw apiError(error, response);
}

type ProblemListener = (problem: Problem) => void;
const problemListeners = new Set<ProblemListener>();

/**
 * Hears every problem the API answers, wherever it was asked: e.g. a 403
 * /problems/suspended from a reaction makes the app read who is signed in again, so the
 * suspension notice shows on every screen at once.
 */
export function onProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  return () => {
    problemListeners.delete(listener);
  };
}

/** The ApiError for an answer that is not OK: its problem document, or one that says so. */
export function apiError(body: unknown, response: Response): ApiError {
  const retryAfter = Number(response.headers.get("Retry-After") ?? "");
  const problem: Problem = isProblem(body)
    ? body
    : {
        type: "/problems/unexpected",
        title: response.statusText || "Unexpected answer",
        status: response.status,
        detail: `The server answered ${response.status}.`,
      };
  problemListeners.forEach((listener) => listener(problem));
  return new ApiError(problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

/** A fresh Idempotency-Key for one user action: a retry of the same action reuses it. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
