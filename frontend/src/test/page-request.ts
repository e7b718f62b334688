// Shared by the tests' fetch fakes. The API client captures `fetch` and `Request` when its
// module loads, so fakes are installed from `vi.hoisted`, before any import of app code.

/** Node's Request refuses relative URLs; the browser resolves them against the page. */
export function installPageRequest(): typeof Request {
  const NodeRequest = globalThis.Request;
  class PageRequest extends NodeRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === "string" ? new URL(input, globalThis.location.href) : input, init);
    }
  }
  globalThis.Request = PageRequest as typeof Request;
  return PageRequest as typeof Request;
}

/** A JSON answer as the API sends it: problem+json for errors. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": status >= 400 ? "application/problem+json" : "application/json",
      ...headers,
    },
  });
}
