// A category's threads (pinned first) in the chosen order, a page at a time; without a
// category, the latest threads across the forum (the home page). Signed-in members see what
// is new in each (UnreadBadge) and its link leads to the first unread post.
import type { ReactNode } from "react";
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { $api, itemsOf, keysetPaging, type KeysetPage } from "../../api/query";
import { fullDate, plural, timeAgo } from "../format";
import { ThreadAuthor } from "../thread/authorship";
import { isUnread, threadHref, UnreadBadge } from "../thread/UnreadBadge";
import { Empty, ErrorMessage, Loading, NextPage } from "../Status";
import "../../styles/reading.css";

type Thread = Schemas["ThreadRead"];
export type Sort = "active" | "new";

export function ThreadList({
  slug,
  group,
  sort,
  empty,
  limit,
  label = "Threads",
}: {
  /** A category's slug; none: every category, each card naming its own. */
  slug?: string;
  /** Or a local group's slug: the group's threads (GET /threads?group=). */
  group?: string;
  sort: Sort;
  /** What an empty list says. */
  empty: ReactNode;
  /** Threads per page (the API's default otherwise). */
  limit?: number;
  label?: string;
}) {
  const query = $api.useInfiniteQuery(
    "get",
    "/api/v1/threads",
    {
      params: {
        query: {
          ...(slug ? { category: slug } : {}),
          ...(group ? { group } : {}),
          sort,
          ...(limit ? { limit } : {}),
        },
      },
    },
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
        <Empty>{empty}</Empty>
      ) : (
        <ul className="card-list thread-list" aria-label={label}>
          {threads.map((thread) => (
            <li
              key={thread.id}
              className={`card thread-card${thread.is_pinned ? " is-pinned" : ""}${isUnread(thread) ? " is-unread" : ""}`}
            >
              <ThreadCard thread={thread} showCategory={!slug && !group} />
            </li>
          ))}
        </ul>
      )}
      <NextPage query={query} label="Load more threads" />
    </>
  );
}

function ThreadCard({ thread, showCategory }: { thread: Thread; showCategory: boolean }) {
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
        <Link to={threadHref(thread)}>{thread.title}</Link> <UnreadBadge thread={thread} />
      </h2>
      <p className="meta">
        {showCategory && <>{thread.category.name} · </>}
        <ThreadAuthor thread={thread} link={false} /> ·{" "}
        {plural(thread.post_count, "post")} · active{" "}
        <time dateTime={thread.last_post_at} title={fullDate(thread.last_post_at)}>
          {timeAgo(thread.last_post_at)}
        </time>
      </p>
    </>
  );
}
