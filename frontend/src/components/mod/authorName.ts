// Who wrote a post, as a moderator may name them (moderators see anonymous authors).
import type { Schemas } from "../../api/client";

export function authorName(post: Schemas["PostRead"]): string {
  if (post.author_deleted) return "a deleted member";
  if (!post.author) return "an anonymous member";
  return post.anonymous ? `${post.author.display_name} (posted anonymously)` : post.author.display_name;
}
