// A thread's posts: the first page (or the page from a post on, for #post-N beyond it),
// then "load more" (the next page), "check for new replies" (the last page again, with what
// arrived since), the pages up to a given post, earlier posts before the first loaded, and
// jumps (to a post, to the latest), all kept in the one cached infinite query that live
// updates patch too.
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { plural } from "../format";
import {
  addPosts,
  appendPage,
  hasPost,
  nextCursor,
  patchPost,
  postsOf,
  refreshLastPage,
  tailCursor,
  type PostData,
  type PostPages,
} from "./postPages";
import { fetchPostsPage, LAST_NUMBER, type PageStart } from "./readingApi";
import { PAGE_SIZE, postsKey, threadKey } from "./threadQueries";

/** Pages fetched while looking for a given post (#post-N, a reply, new replies). */
const SEEK_PAGE_SIZE = 100;

/**
 * What fetched a page, as the cache's pageParams keep it: null (the first page), "from:N"
 * (from post N on), "before:N" (the page just before post N), or the API's opaque cursor.
 */
function startOf(param: string | null): PageStart {
  const match = param ? /^(from|before):(\d+)$/.exec(param) : null;
  if (!match) return { cursor: param };
  const number = Number(match[2]);
  return match[1] === "from" ? { fromNumber: number } : { beforeNumber: number };
}

/** Where the list opens for #post-N: a post beyond the first page is loaded from itself. */
export function openingParam(target: number | null): string | null {
  return target !== null && target > PAGE_SIZE ? `from:${target}` : null;
}

export interface ThreadPosts {
  /** The loaded posts by number; null until the first page (and a #post-N) is loaded. */
  posts: PostData[] | null;
  /** Why the first page could not be loaded. */
  error: unknown;
  /** A next page exists ("Load more posts"); otherwise the end is loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  /** What "Check for new replies" found, e.g. "1 new reply.". */
  newer: string | null;
  /** The next page, or at the end the last page again, saying how many replies were new. */
  loadMore(): Promise<void>;
  /** Fetches on until post `number` is loaded (or the end); failures show as `moreError`. */
  loadThrough(number: number): Promise<void>;
  /** Posts known without a fetch (a reply just sent, live arrivals) join the list. */
  add(posts: PostData[]): void;
  /** A post as it is now, wherever it is loaded. */
  patch(post: PostData): void;
  /** Posts exist before the first loaded one ("Show earlier posts"). */
  hasEarlier: boolean;
  /** The page of posts just before the first loaded one. */
  loadEarlier(): Promise<void>;
  /** Makes post `number` (or the next one that exists) loaded: from it on, if it is not. */
  jumpTo(number: number): Promise<void>;
  /** Loads the thread's last page; resolves to its last post's number. */
  jumpToLatest(): Promise<number | null>;
}

export function useThreadPosts(threadId: number, target: number | null): ThreadPosts {
  const queryClient = useQueryClient();
  const key = useMemo(() => postsKey(threadId), [threadId]);
  const fetchPage = useCallback(
    (param: string | null, limit: number) => fetchPostsPage(threadId, startOf(param), limit),
    [threadId],
  );
  const query = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchPage(pageParam, PAGE_SIZE),
    initialPageParam: openingParam(target),
    getNextPageParam: (last: { next_cursor: string | null }) => last.next_cursor,
    // The loaded pages change only by the reader's buttons and by live updates (never a
    // refetch that would move the page), and live as long as the page: a visit reads anew.
    staleTime: Infinity,
    gcTime: 0,
  });
  const [seeking, setSeeking] = useState(target !== null);
  const [busy, setBusy] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [newer, setNewer] = useState<string | null>(null);

  const read = useCallback(() => queryClient.getQueryData<PostPages>(key), [queryClient, key]);
  const apply = useCallback(
    (change: (data: PostPages) => PostPages) =>
      queryClient.setQueryData<PostPages>(key, (data) => (data ? change(data) : data)),
    [queryClient, key],
  );

  /** The next page; at the end, the last page again (the API's cursors are opaque). */
  const fetchOn = useCallback(
    async (limit: number) => {
      const data = read();
      if (!data) return;
      const next = nextCursor(data);
      if (next) {
        const page = await fetchPage(next, limit);
        apply((latest) => (nextCursor(latest) === next ? appendPage(latest, page, next) : latest));
      } else {
        const page = await fetchPage(tailCursor(data), limit);
        apply((latest) => refreshLastPage(latest, page));
      }
    },
    [read, apply, fetchPage],
  );

  /** Follows the cursors until post `number` is loaded (or there are no more pages). */
  const seek = useCallback(
    async (number: number) => {
      for (;;) {
        const data = read();
        if (!data || !nextCursor(data) || hasPost(data, (post) => post.number >= number)) return;
        await fetchOn(SEEK_PAGE_SIZE);
      }
    },
    [read, fetchOn],
  );

  // The address points at a post (#post-N) beyond the first page: load on to it first.
  const sought = useRef(false);
  const loaded = query.data !== undefined;
  useEffect(() => {
    if (!loaded || sought.current) return;
    sought.current = true;
    if (target === null) return;
    seek(target)
      .catch((caught: unknown) => setMoreError(caught))
      .finally(() => setSeeking(false));
  }, [loaded, target, seek]);

  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setMoreError(null);
    try {
      await action();
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setBusy(false);
    }
  }, []);

  const { fetchNextPage, hasNextPage } = query;
  const loadMore = useCallback(async () => {
    setNewer(null);
    if (hasNextPage) {
      setMoreError(null);
      await fetchNextPage();
      return;
    }
    await run(async () => {
      const before = postsOf(read()).length;
      await fetchOn(PAGE_SIZE);
      const added = postsOf(read()).length - before;
      setNewer(added ? `${plural(added, "new reply", "new replies")}.` : "No new replies yet.");
      // The header's count of posts, read again.
      if (added) void queryClient.invalidateQueries({ queryKey: threadKey(threadId) });
    });
  }, [hasNextPage, fetchNextPage, run, read, fetchOn, queryClient, threadId]);

  const loadThrough = useCallback(
    (number: number) =>
      run(async () => {
        setNewer(null);
        await fetchOn(PAGE_SIZE);
        await seek(number);
      }),
    [run, fetchOn, seek],
  );

  const loadEarlier = useCallback(
    () =>
      run(async () => {
        const first = postsOf(read())[0]?.number;
        if (first === undefined) return;
        const page = await fetchPage(`before:${first}`, PAGE_SIZE);
        // A short page is the thread's start: nothing is left before it.
        const param = page.items.length < PAGE_SIZE ? null : `before:${first}`;
        apply((latest) =>
          postsOf(latest)[0]?.number === first
            ? { pages: [page, ...latest.pages], pageParams: [param, ...latest.pageParams] }
            : latest,
        );
      }),
    [run, read, fetchPage, apply],
  );

  /** The list from a fresh page on, replacing what was loaded (a jump). */
  const restart = useCallback(
    async (param: string) => {
      const page = await fetchPage(param, PAGE_SIZE);
      queryClient.setQueryData<PostPages>(key, { pages: [page], pageParams: [param] });
      return page;
    },
    [fetchPage, queryClient, key],
  );

  const jumpTo = useCallback(
    (number: number) =>
      run(async () => {
        setNewer(null);
        const loadedPosts = postsOf(read());
        const first = loadedPosts[0]?.number ?? Infinity;
        const last = loadedPosts.at(-1)?.number ?? 0;
        // Loaded already, or just past the loaded end: the list grows to it.
        if (number >= first && number <= last) return;
        if (number > last && number <= last + PAGE_SIZE) {
          await seek(number);
          return;
        }
        await restart(`from:${number}`);
      }),
    [run, read, seek, restart],
  );

  const jumpToLatest = useCallback(async () => {
    let latest: number | null = null;
    await run(async () => {
      setNewer(null);
      const data = read();
      if (data && !nextCursor(data)) {
        // The end is loaded: fetch it again for what was posted since.
        await fetchOn(PAGE_SIZE);
      } else {
        await restart(`before:${LAST_NUMBER}`);
      }
      latest = postsOf(read()).at(-1)?.number ?? null;
    });
    return latest;
  }, [run, read, fetchOn, restart]);

  const add = useCallback((posts: PostData[]) => apply((data) => addPosts(data, posts)), [apply]);
  const patch = useCallback((post: PostData) => apply((data) => patchPost(data, post)), [apply]);

  // pageParams are the cursors (keysetPaging), which the generated types leave unknown.
  const data = query.data as PostPages | undefined;
  const posts = useMemo(() => (data ? postsOf(data) : null), [data]);
  const nextPageError = query.isFetchNextPageError ? query.error : null;
  const hasEarlier = Boolean(data && data.pageParams[0] != null && (posts?.[0]?.number ?? 1) > 1);

  return {
    posts: seeking ? null : posts,
    error: query.isError && !query.data ? query.error : null,
    hasMore: Boolean(hasNextPage),
    loadingMore: busy || query.isFetchingNextPage,
    moreError: moreError ?? nextPageError,
    newer,
    loadMore,
    loadThrough,
    add,
    patch,
    hasEarlier,
    loadEarlier,
    jumpTo,
    jumpToLatest,
  };
}
