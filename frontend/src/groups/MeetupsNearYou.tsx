// The home page's "Meet-ups near you": the next three in the area remembered on this device,
// or a way to set one. One request at most, and a box of a steady height while it loads.
import { Link } from "react-router";

import { $api } from "../api/query";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { rememberedArea } from "../meetups/area";
import { MeetupLine } from "./GroupMeetups";
import "../styles/groups.css";

const NEXT = 3;

export function MeetupsNearYou() {
  const area = rememberedArea();
  return (
    <section aria-labelledby="near-you-title" className="near-you">
      <h2 id="near-you-title">Meet-ups near you</h2>
      {area ? (
        <NextMeetups area={area} />
      ) : (
        <p>
          Playgroups, coffee and walks with parents nearby.{" "}
          <Link to="/meetups">Set your area</Link> to see what’s on.
        </p>
      )}
    </section>
  );
}

function NextMeetups({ area }: { area: string }) {
  const { data, error } = $api.useQuery("get", "/api/v1/meetups", {
    params: { query: { area, limit: NEXT } },
  });
  return (
    <div className="near-you-body">
      {error ? (
        <ErrorMessage error={error} />
      ) : !data ? (
        <Loading what="Loading meet-ups" />
      ) : data.items.length === 0 ? (
        <Empty>Nothing planned in {area} yet.</Empty>
      ) : (
        <ul className="near-you-list" aria-label={`Next meet-ups in ${area}`}>
          {data.items.slice(0, NEXT).map((meetup) => (
            <li key={meetup.id}>
              <MeetupLine meetup={meetup} showArea={false} />
            </li>
          ))}
        </ul>
      )}
      <p className="near-you-more">
        <Link to="/meetups">All meet-ups in {area}</Link> · <Link to="/groups">Local groups</Link>
      </p>
    </div>
  );
}
