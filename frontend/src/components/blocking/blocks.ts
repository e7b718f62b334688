// Blocking another member (PUT/DELETE /users/{username}/block): their posts collapse, and
// they cannot notify you. The member is never told. After a change, every loaded thread
// page marks (or unmarks) that member's posts at once, and the lists of blocks are read again.
import { useQuery, type InfiniteData, type QueryClient } from "@tanstack/react-query";

import { api, call, type Schemas } from "../../api/client";
import { POSTS_PATH } from "../thread/threadQueries";

type PostPages = InfiniteData<Schemas["PostPage"], string | null>;

export const BLOCKS_PATH = "/api/v1/me/blocks";

/** Every cached list of blocks (the settings list, the set below) starts with this key. */
export const blocksKeyPrefix = ["get", BLOCKS_PATH] as const;

/** Members who run the forum cannot be blocked (the server refuses it). */
export function canBeBlocked(role: Schemas["Role"]): boolean {
  return role === "member";
}

/** The usernames the viewer blocked (all pages: a short list for nearly everyone). */
export function useBlockedUsernames(enabled: boolean): Set<string> | undefined {
  const { data } = useQuery({
    queryKey: [...blocksKeyPrefix, "all"],
    enabled,
    queryFn: async () => {
      const names = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: Schemas["BlockPage"] = await call(
          api.GET(BLOCKS_PATH, { params: { query: { limit: 100, cursor } } }),
        );
        for (const item of page.items) names.add(item.user.username.toLowerCase());
        cursor = page.next_cursor;
      } while (cursor);
      return names;
    },
  });
  return data;
}

/** The posts of `username` in every loaded thread, marked as the server now sends them. */
function markPosts(client: QueryClient, username: string, blocked: boolean): void {
  const name = username.toLowerCase();
  client.setQueriesData<PostPages>({ queryKey: ["get", POSTS_PATH] }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((post) =>
              // Never an anonymous post: who wrote it is not known to the reader.
              !post.anonymous && post.author?.username.toLowerCase() === name
                ? { ...post, is_blocked_author: blocked }
                : post,
            ),
          })),
        }
      : data,
  );
}

export async function setBlocked(client: QueryClient, username: string, blocked: boolean): Promise<void> {
  const init = { params: { path: { username } } };
  await call(blocked ? api.PUT("/api/v1/users/{username}/block", init) : api.DELETE("/api/v1/users/{username}/block", init));
  markPosts(client, username, blocked);
  await client.invalidateQueries({ queryKey: blocksKeyPrefix });
}
