// Under the posts: "Load more posts" while pages remain; at the end, "Check for new
// replies" when live updates are not flowing, and what the check found.
import { LoadMore } from "../Status";
import type { ThreadPosts } from "./useThreadPosts";

export function MorePosts({ posts, live }: { posts: ThreadPosts; live: boolean }) {
  return (
    <>
      <LoadMore
        visible={posts.hasMore || !live}
        loading={posts.loadingMore}
        error={posts.moreError}
        label={posts.hasMore ? "Load more posts" : "Check for new replies"}
        onLoad={posts.loadMore}
      />
      <p className="hint" role="status">
        {posts.newer}
      </p>
    </>
  );
}
