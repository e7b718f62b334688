// A category's threads (pinned first) in the chosen order, a page at a time.
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { $api, itemsOf, keysetPaging, type KeysetPage } from "../../api/query";
import { fullDate, plural, timeAgo } from "../format";
import { ThreadAuthor } from "../thread/authorship";
import { Empty, ErrorMessage, LoadMore, Loading } from "../Status";

type Thread = Schemas["ThreadRead"];
export type Sort = "active" | "new";

export function ThreadList({ slug, sort, startHref }: { slug: string; sort: Sort; startHref: string }) {
  const query = $api.useInfiniteQuery(
    "get",
    "/api/v1/threads",
    { params: { query: { category: slug, sort } } },
    keysetPaging,
  );
  const pages = query.data?.pages as KeysetPage<Thread>[] | undefined;

  if (!pages) {
    return query.error ? <ErrorMessage error={query.error} /> : <Loading what="Loading threads" />;
  }
  const threads = itemsOf(pages, (thread) => thread.id);

  return (
    <>
      {threads.length === 0 ? (
        <Empty>
          No threads here yet. <Link to={startHref}>Start the first one</Link>: someone out there
          is wondering the same thing.
        </Empty>
      ) : (
        <ul className="card-list thread-list" aria-label="Threads">
          {threads.map((thread) => (
            <li key={thread.id} className={`card thread-card${thread.is_pinned ? " is-pinned" : ""}`}>
              <ThreadCard thread={thread} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        visible={query.hasNextPage}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        label="Load more threads"
        onLoad={() => void query.fetchNextPage()}
      />
    </>
  );
}

function ThreadCard({ thread }: { thread: Thread }) {
  return (
    <>
      {(thread.is_pinned || thread.is_locked || thread.content_warning) && (
        <p className="badges">
          {thread.is_pinned && <span className="badge pinned-badge">Pinned</span>}
          {thread.is_locked && <span className="badge">Locked</span>}
          {thread.content_warning && (
            <span className="badge cw-badge">CW: {thread.content_warning}</span>
          )}
        </p>
      )}
      <h2 className="card-title">
        <Link to={`/t/${thread.id}`}>{thread.title}</Link>
      </h2>
      <p className="meta">
        <ThreadAuthor thread={thread} link={false} /> ·{" "}
        {plural(thread.post_count, "post")} · active{" "}
        <time dateTime={thread.last_post_at} title={fullDate(thread.last_post_at)}>
          {timeAgo(thread.last_post_at)}
        </time>
      </p>
    </>
  );
}
