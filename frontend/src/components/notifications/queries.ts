// The member's notifications as the cache keeps them: the unread count (the bell) and the
// newest-first list (the notifications page), and how a change reaches both.
import type { InfiniteData, QueryClient } from "@tanstack/react-query";

import type { Schemas } from "../../api/client";
import { $api } from "../../api/query";

export type Notification = Schemas["NotificationRead"];
type NotificationPages = InfiniteData<Schemas["NotificationPage"], string | null>;

export const COUNT_PATH = "/api/v1/notifications/unread-count";
export const LIST_PATH = "/api/v1/notifications";
export const PAGE_SIZE = 20;

export function countKey() {
  return $api.queryOptions("get", COUNT_PATH).queryKey;
}

/** Every list (all, unread only): their keys start with the path. */
export function listKeyPrefix() {
  return ["get", LIST_PATH] as const;
}

export function listInit(unreadOnly: boolean) {
  return { params: { query: { limit: PAGE_SIZE, unread: unreadOnly ? true : undefined } } };
}

function setCount(client: QueryClient, change: (count: number) => number) {
  client.setQueryData<Schemas["UnreadCount"]>(countKey(), (current) =>
    current ? { count: Math.max(0, change(current.count)) } : current,
  );
}

/** A notification that arrived live: one more unread, and the lists fetched again when shown. */
export function notificationArrived(client: QueryClient, notification: Notification): void {
  if (notification.read_at === null) setCount(client, (count) => count + 1);
  void client.invalidateQueries({ queryKey: listKeyPrefix() });
}

/** Marks these notifications read in every loaded list, and takes them off the count. */
export function markedRead(client: QueryClient, ids: number[] | "all", at = new Date().toISOString()): void {
  let newlyRead = 0;
  const counted = new Set<number>();
  client.setQueriesData<NotificationPages>({ queryKey: listKeyPrefix() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => {
              if (item.read_at !== null || (ids !== "all" && !ids.includes(item.id))) return item;
              if (!counted.has(item.id)) {
                counted.add(item.id);
                newlyRead += 1;
              }
              return { ...item, read_at: at };
            }),
          })),
        }
      : data,
  );
  if (ids === "all") client.setQueryData<Schemas["UnreadCount"]>(countKey(), { count: 0 });
  else setCount(client, (count) => count - newlyRead);
}
