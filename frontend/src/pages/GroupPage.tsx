// A local group: what it is, who is in it (how many), join or leave, its upcoming meet-ups
// and its threads.
import { useEffect } from "react";
import { Link, useParams } from "react-router";

import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { ThreadList } from "../components/category/ThreadList";
import { plural } from "../components/format";
import { ErrorMessage, Loading } from "../components/Status";
import { GroupMeetups } from "../groups/GroupMeetups";
import { MembershipButton } from "../groups/MembershipButton";
import "../styles/member.css";
import "../styles/groups.css";

export function GroupPage() {
  const { slug = "" } = useParams();
  return <GroupView key={slug} slug={slug} />;
}

function signedInPath(signedIn: boolean, path: string): string {
  return signedIn ? path : `/signin?next=${encodeURIComponent(path)}`;
}

function GroupView({ slug }: { slug: string }) {
  const { me } = useAuth();
  const { data: group, error } = $api.useQuery("get", "/api/v1/groups/{slug}", {
    params: { path: { slug } },
  });

  const name = group?.name;
  useEffect(() => {
    if (name) document.title = `${name} · Village`;
  }, [name]);

  const crumbs = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/groups">Local groups</Link>
    </nav>
  );
  if (error) {
    return (
      <section aria-labelledby="group-title">
        {crumbs}
        <h1 id="group-title">Group</h1>
        <ErrorMessage error={error} />
      </section>
    );
  }
  if (!group) return <Loading what="Loading the group" />;

  const newThread = signedInPath(!!me, `/new?group=${encodeURIComponent(slug)}`);
  const newMeetup = signedInPath(!!me, `/meetups/new?group=${encodeURIComponent(slug)}`);

  return (
    <section aria-labelledby="group-title" className="group-page">
      {crumbs}
      <div className="page-head group-head">
        <div>
          <h1 id="group-title">{group.name}</h1>
          <p className="meta">
            {group.area} · {plural(group.member_count, "member")}
          </p>
          {group.description && <p className="group-description">{group.description}</p>}
        </div>
        <MembershipButton group={group} />
      </div>

      <section aria-labelledby="group-meetups-title" className="group-section">
        <div className="section-head">
          <h2 id="group-meetups-title">Upcoming meet-ups</h2>
          <Link to={newMeetup} className="button secondary">
            Plan a meet-up
          </Link>
        </div>
        <GroupMeetups group={slug} />
      </section>

      <section aria-labelledby="group-threads-title" className="group-section">
        <div className="section-head">
          <h2 id="group-threads-title">Threads</h2>
          <Link to={newThread} className="button secondary">
            Start a thread
          </Link>
        </div>
        <ThreadList
          group={slug}
          sort="active"
          label={`Threads in ${group.name}`}
          empty={<>No threads yet. Say hello: the others would love to hear from you.</>}
        />
      </section>
    </section>
  );
}
