// Local groups, by area (a prefix of it: "leeds n" finds "Leeds North"), a page at a time.
import { Link } from "react-router";

import type { Schemas } from "../api/client";
import { $api, itemsOf, keysetPaging, type KeysetPage } from "../api/query";
import { plural } from "../components/format";
import { Empty, ErrorMessage, Loading, NextPage } from "../components/Status";

type Group = Schemas["GroupRead"];

export function GroupList({ area, empty }: { area: string; empty: React.ReactNode }) {
  const query = $api.useInfiniteQuery(
    "get",
    "/api/v1/groups",
    { params: { query: area ? { area } : {} } },
    keysetPaging,
  );
  const pages = query.data?.pages as KeysetPage<Group>[] | undefined;

  if (!pages) {
    return query.error ? <ErrorMessage error={query.error} /> : <Loading what="Loading groups" />;
  }
  const groups = itemsOf(pages, (group) => group.id);
  return (
    <>
      {groups.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="card-list group-list" aria-label="Groups">
          {groups.map((group) => (
            <li key={group.id} className="card group-card">
              <h2 className="card-title">
                <Link to={`/groups/${group.slug}`}>{group.name}</Link>{" "}
                {group.is_member && <span className="badge joined-badge">Joined</span>}
              </h2>
              <p className="meta">
                {group.area} · {plural(group.member_count, "member")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <NextPage query={query} label="More groups" />
    </>
  );
}
