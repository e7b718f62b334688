// The web app's server state: TanStack Query over the typed client (openapi-react-query).
// Every screen reads through `$api` (useQuery, useInfiniteQuery for "load more") and changes
// what it knows with the QueryClient (setQueryData after a write, invalidateQueries for
// lists), so lists, paging, refetching and invalidation are one pattern.
import { QueryClient, type QueryKey } from "@tanstack/react-query";
import createQueryHooks from "openapi-react-query";

import { api, apiError } from "./client";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * `api` (same middleware: bearer token, refresh) whose failed answers carry an ApiError in
 * `error`: what a query or a mutation throws is then the same ApiError, with the problem,
 * that `call` throws, and a network failure stays the fetch TypeError.
 */
function withApiErrors(client: typeof api): typeof api {
  const wrapped = { ...client };
  for (const method of METHODS) {
    const send = client[method] as (...args: unknown[]) => Promise<{
      error?: unknown;
      response: Response;
    }>;
    (wrapped as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const result = await send(...args);
      return result.response.ok ? result : { ...result, error: apiError(result.error, result.response) };
    };
  }
  return wrapped;
}

/** Hooks and query options typed by the OpenAPI document; errors are ApiError at run time. */
export const $api = createQueryHooks(withApiErrors(api));

/**
 * The app's QueryClient. No automatic retries (a problem is shown at once, in the server's
 * words, as before) and no refetch on window focus (a thread never changes under the
 * reader's eyes; live updates and the buttons do that). A screen mounted again refetches.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** A keyset page as every list endpoint answers: the items and the cursor of the next. */
export interface KeysetPage<T> {
  items: T[];
  next_cursor: string | null;
}

/** The options every "load more" list shares: start without a cursor, follow next_cursor. */
export const keysetPaging = {
  pageParamName: "cursor",
  initialPageParam: null,
  getNextPageParam: (last: { next_cursor: string | null }) => last.next_cursor,
} as const;

/** The items of all loaded pages, in order, each once (a page may repeat an item by id). */
export function itemsOf<T>(
  pages: readonly KeysetPage<T>[] | undefined,
  idOf: (item: T) => number,
): T[] {
  if (!pages) return [];
  const seen = new Set<number>();
  const items: T[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      const id = idOf(item);
      if (seen.has(id)) continue;
      seen.add(id);
      items.push(item);
    }
  }
  return items;
}

/** A just-created item heads a newest-first list in the cache (once, by id). */
export function prependTo<T extends { id: number }>(client: QueryClient, key: QueryKey, item: T) {
  client.setQueryData<T[]>(key, (list) => [item, ...(list ?? []).filter((other) => other.id !== item.id)]);
}
