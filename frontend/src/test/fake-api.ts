// A fake Village API behind a mocked `fetch`, for the tests of screens and components.
//
// The API client captures `fetch` and `Request` when its module is evaluated, so a test file
// installs the fake before anything imports the client. This module therefore imports no
// application code:
//   const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());
import { vi } from "vitest";

import { installPageRequest, jsonResponse } from "./page-request";

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Handler = (request: Recorded, match: RegExpMatchArray) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return jsonResponse(status, body);
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function problem(status: number, detail: string, type = "/problems/forbidden"): Response {
  return json(status, { type, title: "Problem", status, detail });
}

/** A JSON body as its value; another (a sign-in form, URL-encoded) as its text. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function installFakeApi() {
  const PageRequest = installPageRequest();

  let routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const requests: Recorded[] = [];

  globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new PageRequest(input, init);
    const text = await request.text();
    const recorded: Recorded = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? parseBody(text) : undefined,
    };
    requests.push(recorded);
    // The most recently added route wins, so a test can override a default.
    for (const route of [...routes].reverse()) {
      const match = recorded.url.pathname.match(route.pattern);
      if (match && route.method === recorded.method) return route.handler(recorded, match);
    }
    const missing = `No fake for ${recorded.method} ${recorded.url.pathname}`;
    return problem(404, missing, "/problems/not-found");
  }) as typeof fetch;

  return {
    requests,
    /** `path` is an exact pathname, or a RegExp matched against it. */
    on(method: string, path: string | RegExp, handler: Handler) {
      const pattern =
        typeof path === "string"
          ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
          : path;
      routes.push({ method, pattern, handler });
    },
    calls(method: string, pathname: string | RegExp): Recorded[] {
      return requests.filter(
        (request) =>
          request.method === method &&
          (typeof pathname === "string"
            ? request.url.pathname === pathname
            : pathname.test(request.url.pathname)),
      );
    },
    reset() {
      routes = [];
      requests.length = 0;
    },
  };
}

export type FakeApi = ReturnType<typeof installFakeApi>;
