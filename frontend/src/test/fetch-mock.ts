// Test helpers for code that talks to the API through openapi-fetch.
//
// The API client captures `fetch` and `Request` when its module loads, so a test installs
// these from `vi.hoisted` (before any import): `Request` learns to resolve relative URLs
// against the jsdom page, and `fetch` is a mock whose answers each test sets.
import { vi } from "vitest";

import { installPageRequest, jsonResponse } from "./page-request";

export type FetchMock = ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

export function installFetchMock(): FetchMock {
  installPageRequest();
  const fetchMock: FetchMock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonResponse(status, body, headers);
}
