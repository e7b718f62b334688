// Taking a delete back (moderators): the restored post or thread, as the API answers it.
// Every caller tells the navigation's queue count that moderation changed something.
import type { QueryClient } from "@tanstack/react-query";

import { api, call, type Schemas } from "../../api/client";
import { threadKey } from "../thread/threadQueries";
import { moderationChanged } from "./queueCount";

export async function restorePost(client: QueryClient, postId: number): Promise<Schemas["PostRead"]> {
  const post = await call(
    api.POST("/api/v1/posts/{post_id}/restore", { params: { path: { post_id: postId } } }),
  );
  postCountChanged(client, post.thread_id);
  return post;
}

/** A post deleted or restored by a moderator: its thread's count of posts, and the queue's. */
export function postCountChanged(client: QueryClient, threadId: number): void {
  moderationChanged(client);
  void client.invalidateQueries({ queryKey: threadKey(threadId) });
}

export async function restoreThread(
  client: QueryClient,
  threadId: number,
): Promise<Schemas["ThreadRead"]> {
  const thread = await call(
    api.POST("/api/v1/threads/{thread_id}/restore", { params: { path: { thread_id: threadId } } }),
  );
  moderationChanged(client);
  return thread;
}
