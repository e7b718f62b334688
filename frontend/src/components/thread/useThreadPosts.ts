// A thread's posts: the first page, then "load more" (the next page), "check for new replies"
// (the last page again, with what arrived since) and the pages up to a given post, all kept
// in the one cached infinite query that live updates patch too.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { api, call } from "../../api/client";
import { $api, keysetPaging } from "../../api/query";
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
import { PAGE_SIZE, POSTS_PATH, postsInit, postsKey, threadKey } from "./threadQueries";

/** Pages fetched while looking for a given post (#post-N, a reply, new replies). */
const SEEK_PAGE_SIZE = 100;

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
}

export function useThreadPosts(threadId: number, target: number | null): ThreadPosts {
  const queryClient = useQueryClient();
  const key = useMemo(() => postsKey(threadId), [threadId]);
  const query = $api.useInfiniteQuery("get", POSTS_PATH, postsInit(threadId), {
    ...keysetPaging,
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

  const fetchPage = useCallback(
    (cursor: string | null, limit: number) =>
      call(
        api.GET(POSTS_PATH, {
          params: { path: { thread_id: threadId }, query: { limit, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [threadId],
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

  const add = useCallback((posts: PostData[]) => apply((data) => addPosts(data, posts)), [apply]);
  const patch = useCallback((post: PostData) => apply((data) => patchPost(data, post)), [apply]);

  // pageParams are the cursors (keysetPaging), which the generated types leave unknown.
  const data = query.data as PostPages | undefined;
  const posts = useMemo(() => (data ? postsOf(data) : null), [data]);
  const nextPageError = query.isFetchNextPageError ? query.error : null;

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
  };
}
