// The moderation log's entries as a table (stacked into cards on narrow screens): local
// dates, each target by the name the server gives it (`target_label`), linked where the app
// has a page for it.
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { actionLabel, localNote, targetName, USERNAME } from "../../pages/mod/labels";
import { fullDate, timeAgo } from "../format";
import { isRestorable, LogRestore } from "./LogRestore";
import { UserLink } from "./ModShared";
import "../../styles/mod.css";

type Entry = Schemas["AuditEntryRead"];
type PostPlace = { thread_id: number; number: number };

/** Categories by id, for links by slug (without them, category targets show unlinked). */
function useCategorySlugs(): Map<number, string> {
  const { data } = $api.useQuery("get", "/api/v1/categories");
  return new Map((data ?? []).map((category) => [category.id, category.slug]));
}

/** Entries name posts by id; a link needs the thread and number, so look each up once. */
function usePostPlaces(entries: Entry[]): Map<number, PostPlace> {
  const posts = entries.filter((entry) => entry.target_type === "post");
  const ids = [...new Set(posts.map((entry) => entry.target_id))];
  const found = useQueries({
    queries: ids.map((id) =>
      $api.queryOptions("get", "/api/v1/posts/{post_id}", { params: { path: { post_id: id } } }),
    ),
  });
  const places = new Map<number, PostPlace>();
  ids.forEach((id, index) => {
    const post = found[index]?.data; // a post that cannot be read shows without a link
    if (post) places.set(id, { thread_id: post.thread_id, number: post.number });
  });
  return places;
}

export function AuditLogTable({ entries }: { entries: Entry[] }) {
  const categories = useCategorySlugs();
  const posts = usePostPlaces(entries);
  return (
    <div className="mod-table-scroll" role="region" aria-labelledby="log-caption" tabIndex={0}>
      {/* Explicit roles keep the table a table for assistive technology when the narrow
          layout stacks each row into a card with CSS. */}
      <table className="mod-table" role="table">
        <caption id="log-caption" className="visually-hidden">
          Moderation log entries
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">When</th>
            <th scope="col" role="columnheader">Who</th>
            <th scope="col" role="columnheader">Action</th>
            <th scope="col" role="columnheader">Target</th>
            <th scope="col" role="columnheader">Note</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {entries.map((entry) => (
            <tr key={entry.id} role="row">
              <td role="cell" data-label="When">
                <span>
                  <time dateTime={entry.created_at}>
                    {fullDate(entry.created_at)}
                  </time>{" "}
                  <span className="mod-ago">{timeAgo(entry.created_at)}</span>
                </span>
              </td>
              <td role="cell" data-label="Who">
                <span>
                  {entry.actor ? (
                    <UserLink user={entry.actor} />
                  ) : (
                    <span className="mod-automatic">automatic</span>
                  )}
                </span>
              </td>
              <td role="cell" data-label="Action">
                <span>
                  {actionLabel(entry.action)} <code className="mod-code">{entry.action}</code>
                </span>
              </td>
              <td role="cell" data-label="Target">
                <TargetCell entry={entry} categories={categories} posts={posts} />
              </td>
              <td role="cell" data-label="Note" className="mod-note-cell">
                {entry.note ? localNote(entry.note) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TargetProps {
  entry: Entry;
  categories: Map<number, string>;
  posts: Map<number, PostPlace>;
}

/** The target's name (linked where it can be), and "Restore" beside a delete. */
function TargetCell(props: TargetProps) {
  const [restored, setRestored] = useState(false);
  const { entry } = props;
  return (
    <span>
      <Target {...props} restored={restored} />
      {isRestorable(entry) && (
        <LogRestore
          entry={entry}
          name={targetName(entry.target_label)}
          onRestored={() => setRestored(true)}
        />
      )}
    </span>
  );
}

function Target({ entry, categories, posts, restored }: TargetProps & { restored: boolean }) {
  const id = entry.target_id;
  const name = targetName(entry.target_label);
  switch (entry.target_type) {
    case "thread":
      // A deleted thread has no page (its title still names it here) until it is restored.
      return entry.action === "thread.delete" && !restored ? (
        <>{name}</>
      ) : (
        <Link to={`/t/${id}`}>{name}</Link>
      );
    case "post": {
      const place = posts.get(id);
      return place ? (
        <Link to={`/t/${place.thread_id}#post-${place.number}`}>{name}</Link>
      ) : (
        <>{name}</>
      );
    }
    case "category": {
      const slug = categories.get(id);
      return slug ? <Link to={`/c/${slug}`}>{name}</Link> : <>{name}</>;
    }
    case "user":
      return USERNAME.test(entry.target_label) ? (
        <Link to={`/u/${encodeURIComponent(entry.target_label)}`}>@{entry.target_label}</Link>
      ) : (
        <>{name}</>
      );
    default:
      return <>{name}</>;
  }
}
