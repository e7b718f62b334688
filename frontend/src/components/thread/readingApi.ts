// The thread page's reading requests: how far the member has read (PUT …/read), their
// watch level (PUT …/subscription), and a page of posts from or before a post number.
import { api, call, type Schemas } from "../../api/client";
import { loadTokens } from "../../auth/session";

export type SubscriptionLevel = Schemas["SubscriptionLevel"];
type PostPage = Schemas["PostPage"];

/** Where a page of posts starts: the first page, a cursor, from post N, or just before N. */
export type PageStart =
  | { cursor: string | null }
  | { fromNumber: number }
  | { beforeNumber: number };

/** The largest post number the API accepts: "before" it is the thread's last page. */
export const LAST_NUMBER = 2_147_483_647;

export function fetchPostsPage(threadId: number, start: PageStart, limit: number): Promise<PostPage> {
  const query: Record<string, string | number> = { limit };
  if ("cursor" in start && start.cursor) query.cursor = start.cursor;
  if ("fromNumber" in start) query.from_number = start.fromNumber;
  if ("beforeNumber" in start) query.before_number = start.beforeNumber;
  return call(
    api.GET("/api/v1/threads/{thread_id}/posts", {
      params: { path: { thread_id: threadId }, query },
    }),
  );
}

export function saveSubscription(threadId: number, level: SubscriptionLevel): Promise<unknown> {
  return call(
    api.PUT("/api/v1/threads/{thread_id}/subscription", {
      params: { path: { thread_id: threadId } },
      body: { level },
    }),
  );
}

export function saveRead(threadId: number, lastReadNumber: number): Promise<unknown> {
  // Signed out meanwhile (the page's clean-up runs after the tokens are gone): nothing to
  // save, and a request would only be refused.
  if (!loadTokens()) return Promise.resolve();
  return call(
    api.PUT("/api/v1/threads/{thread_id}/read", {
      params: { path: { thread_id: threadId } },
      body: { last_read_number: lastReadNumber },
    }),
  );
}

/**
 * The same as saveRead, sent as the page goes away: `keepalive` lets the request outlive
 * the page (a plain fetch, as the client's refresh cannot run then; a stale token is lost).
 */
export function saveReadOnLeave(threadId: number, lastReadNumber: number) {
  const tokens = loadTokens();
  if (!tokens) return;
  void fetch(`/api/v1/threads/${threadId}/read`, {
    method: "PUT",
    keepalive: true,
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${tokens.access_token}` },
    body: JSON.stringify({ last_read_number: lastReadNumber }),
  }).catch(() => undefined);
}
