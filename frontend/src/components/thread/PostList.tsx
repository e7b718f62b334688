// A thread's loaded posts, in order, each at #post-N.
import type { Me } from "../../auth/AuthContext";
import { Post } from "../Post";
import { Empty } from "../Status";
import type { PostData } from "./postPages";

interface PostListProps {
  posts: PostData[];
  me: Me | null;
  isModerator: boolean;
  canReply: boolean;
  /** The thread is locked for this reader (no edits). */
  locked: boolean;
  /** The post the address points at (#post-N). */
  target: number | null;
  onChange(post: PostData): void;
  onReply(post: PostData): void;
}

export function PostList({ posts, target, ...shared }: PostListProps) {
  if (posts.length === 0) return <Empty>There are no posts in this thread.</Empty>;
  return (
    <ol className="post-list" aria-label="Posts">
      {posts.map((post) => (
        <li key={post.id}>
          <Post post={post} isTarget={post.number === target} {...shared} />
        </li>
      ))}
    </ol>
  );
}
