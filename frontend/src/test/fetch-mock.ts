// Test helpers for code that talks to the API through openapi-fetch.
//
// The API client captures `fetch` and `Request` when its module loads, so a test installs
// these from `vi.hoisted` (before any import): `Request` learns to resolve relative URLs
// against the jsdom page, and `fetch` is a mock whose answers each test sets.
import { vi } from "vitest";

export type FetchMock = ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

export function installFetchMock(): FetchMock {
  const Base = globalThis.Request;
  class PageRequest extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === "string" ? new URL(input, window.location.href) : input, init);
    }
  }
  globalThis.Request = PageRequest as typeof Request;
  const fetchMock: FetchMock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": status >= 400 ? "application/problem+json" : "application/json",
      ...headers,
    },
  });
}
