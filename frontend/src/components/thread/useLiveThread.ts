// Live updates of one thread: the one place where its events reach the cache. A changed or
// hidden post is patched where it is loaded, a changed thread replaces the header's data,
// and a new post waits in `arrived` until the reader asks for it (the page never moves
// under the reader: see NewRepliesBar).
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { Schemas } from "../../api/client";
import { subscribe, type StreamStatus } from "../../api/events";
import { hasPost, patchPost, type PostData, type PostPages } from "./postPages";
import { postsKey, threadKey } from "./threadQueries";

type Thread = Schemas["ThreadRead"];

export interface LiveThread {
  status: StreamStatus;
  /** New posts announced by the stream that were not loaded when they arrived, by number. */
  arrived: PostData[];
}

function isPost(data: unknown, threadId: number): data is PostData {
  return typeof data === "object" && data !== null && "number" in data && "thread_id" in data
    ? (data as PostData).thread_id === threadId
    : false;
}

function isThread(data: unknown, threadId: number): data is Thread {
  return typeof data === "object" && data !== null && "title" in data && "id" in data
    ? (data as Thread).id === threadId
    : false;
}

/** Streams thread `threadId` as `viewerId` sees it (reconnects when the viewer changes). */
export function useLiveThread(threadId: number, viewerId: number | null): LiveThread {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>("connecting");
  // Arrivals belong to one stream: another thread or viewer starts from none.
  const stream = `${threadId}:${viewerId ?? ""}`;
  const [arrivals, setArrivals] = useState({ stream, posts: new Map<number, PostData>() });

  useEffect(() => {
    const stream = `${threadId}:${viewerId ?? ""}`;

    function post(data: unknown, created: boolean) {
      if (!isPost(data, threadId)) return;
      let loaded = false;
      queryClient.setQueryData<PostPages>(postsKey(threadId), (pages) => {
        loaded = pages !== undefined && hasPost(pages, (item) => item.id === data.id);
        return pages && loaded ? patchPost(pages, data) : pages;
      });
      setArrivals((current) => {
        const posts = current.stream === stream ? current.posts : new Map<number, PostData>();
        if (!posts.has(data.id) && (loaded || !created)) {
          return current.stream === stream ? current : { stream, posts };
        }
        return { stream, posts: new Map(posts).set(data.id, data) };
      });
    }

    return subscribe(`/api/v1/events?thread=${threadId}`, {
      onStatus: setStatus,
      events: {
        "post.created": (data) => post(data, true),
        "post.updated": (data) => post(data, false),
        "post.hidden": (data) => post(data, false),
        "thread.updated": (data) => {
          if (isThread(data, threadId)) queryClient.setQueryData(threadKey(threadId), data);
        },
      },
    });
  }, [threadId, viewerId, queryClient]);

  const posts = arrivals.stream === stream ? [...arrivals.posts.values()] : [];
  return { status, arrived: posts.sort((a, b) => a.number - b.number) };
}
