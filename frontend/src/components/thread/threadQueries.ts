// The cache keys of a thread and of its posts, for the thread page and its live updates.
import { $api } from "../../api/query";

export const THREAD_PATH = "/api/v1/threads/{thread_id}";
export const POSTS_PATH = "/api/v1/threads/{thread_id}/posts";
/** Posts per page of the thread's list. */
export const PAGE_SIZE = 20;

export function threadInit(threadId: number) {
  return { params: { path: { thread_id: threadId } } };
}

/** The list's own request; each page adds its `cursor`. */
export function postsInit(threadId: number) {
  return { params: { path: { thread_id: threadId }, query: { limit: PAGE_SIZE } } };
}

export function threadKey(threadId: number) {
  return $api.queryOptions("get", THREAD_PATH, threadInit(threadId)).queryKey;
}

export function postsKey(threadId: number) {
  return $api.queryOptions("get", POSTS_PATH, postsInit(threadId)).queryKey;
}
