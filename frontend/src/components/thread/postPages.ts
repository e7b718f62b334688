// A thread's posts as the cache keeps them: TanStack Query's pages of the keyset list, each
// with the cursor that fetched it. Pure functions, one per change, shared by the thread's
// own actions (load more, check again, reply) and by its live updates.
import type { InfiniteData } from "@tanstack/react-query";

import type { Schemas } from "../../api/client";

export type PostData = Schemas["PostRead"];
export type PostPage = Schemas["PostPage"];
/** `pageParams[i]` is the cursor that fetched `pages[i]` (null: the first page). */
export type PostPages = InfiniteData<PostPage, string | null>;

/** The loaded posts by number, each once (a later page's copy of a post is the newer). */
export function postsOf(data: PostPages | undefined): PostData[] {
  if (!data) return [];
  const byId = new Map<number, PostData>();
  for (const page of data.pages) for (const post of page.items) byId.set(post.id, post);
  return [...byId.values()].sort((a, b) => a.number - b.number);
}

/** The cursor of the page after the last loaded one; null when the end is loaded. */
export function nextCursor(data: PostPages): string | null {
  return data.pages.at(-1)?.next_cursor ?? null;
}

/** The cursor that fetched the last page: fetching it again brings replies posted since. */
export function tailCursor(data: PostPages): string | null {
  return data.pageParams.at(-1) ?? null;
}

export function hasPost(data: PostPages, predicate: (post: PostData) => boolean): boolean {
  return data.pages.some((page) => page.items.some(predicate));
}

/** Adds posts that are not there yet, keeping the order by number. */
function merge(existing: PostData[], incoming: PostData[]): PostData[] {
  const known = new Set(existing.map((post) => post.id));
  const added = incoming.filter((post) => !known.has(post.id));
  return added.length ? [...existing, ...added].sort((a, b) => a.number - b.number) : existing;
}

function withLastPage(data: PostPages, change: (last: PostPage) => PostPage): PostPages {
  const last = data.pages.at(-1);
  if (!last) return data;
  return { ...data, pages: [...data.pages.slice(0, -1), change(last)] };
}

/** A page fetched with `cursor` (the next one) goes after the loaded ones. */
export function appendPage(data: PostPages, page: PostPage, cursor: string | null): PostPages {
  return { pages: [...data.pages, page], pageParams: [...data.pageParams, cursor] };
}

/**
 * The last page fetched again (same cursor): its posts join the last page, and its cursor
 * now says whether more follow. Posts already shown never disappear.
 */
export function refreshLastPage(data: PostPages, page: PostPage): PostPages {
  return withLastPage(data, (last) => ({
    items: merge(last.items, page.items),
    next_cursor: page.next_cursor,
  }));
}

/** Posts known without a fetch (a reply just sent, a live event) join the last page. */
export function addPosts(data: PostPages, posts: PostData[]): PostPages {
  return withLastPage(data, (last) => ({ ...last, items: merge(last.items, posts) }));
}

/** The post as it is now (edited, hidden, reacted to), wherever it is loaded. */
export function patchPost(data: PostPages, post: PostData): PostPages {
  if (!hasPost(data, (item) => item.id === post.id)) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.items.some((item) => item.id === post.id)
        ? { ...page, items: page.items.map((item) => (item.id === post.id ? post : item)) }
        : page,
    ),
  };
}
