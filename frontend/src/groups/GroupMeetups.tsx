// A few upcoming meet-ups (of a group, or in an area), each with its day and time in the
// viewer's time zone, where, and how many are going.
import { Link } from "react-router";

import type { Schemas } from "../api/client";
import { $api } from "../api/query";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { kindLabel, meetupWhen } from "./when";

type Meetup = Schemas["MeetupRead"];

export function MeetupLine({ meetup, showArea = true }: { meetup: Meetup; showArea?: boolean }) {
  const full = meetup.capacity !== null && meetup.going_count >= meetup.capacity;
  return (
    <>
      <p className="card-title meetup-line-title">
        <Link to={`/meetups/${meetup.id}`}>{meetup.title}</Link>
        {meetup.is_cancelled && <span className="badge cancelled-badge">Cancelled</span>}
      </p>
      <p className="meta">
        <time dateTime={meetup.starts_at}>{meetupWhen(meetup.starts_at)}</time> · {kindLabel(meetup.kind)}
        {showArea && <> · {meetup.area}</>} · {meetup.going_count}
        {meetup.capacity !== null && <> of {meetup.capacity}</>} going
        {full && !meetup.is_cancelled && <> · full, waitlist open</>}
      </p>
    </>
  );
}

export function GroupMeetups({ group, limit = 5 }: { group: string; limit?: number }) {
  const { data, error } = $api.useQuery("get", "/api/v1/meetups", {
    params: { query: { group, limit } },
  });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading what="Loading meet-ups" />;
  if (data.items.length === 0) return <Empty>Nothing planned yet.</Empty>;
  return (
    <ul className="card-list meetup-lines" aria-label="Upcoming meet-ups">
      {data.items.map((meetup) => (
        <li key={meetup.id} className="card">
          <MeetupLine meetup={meetup} />
        </li>
      ))}
    </ul>
  );
}
