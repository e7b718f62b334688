// One meet-up in a list: what kind, what, when (in the viewer's zone), where roughly, how
// many are going, whether it is full or cancelled, and the member's own answer.
import { Link } from "react-router";

import { isFull, kindLabel, placesText, rsvpBadge, type Meetup } from "./meetups";
import { meetupWhenShort } from "./time";

export function MeetupCard({ meetup }: { meetup: Meetup }) {
  const full = isFull(meetup);
  const mine = rsvpBadge(meetup.my_rsvp);
  return (
    <article className={`meetup-card${meetup.is_cancelled ? " is-cancelled" : ""}`}>
      <p className="meetup-card-kind">
        <span className="badge kind-badge">{kindLabel(meetup.kind)}</span>
        {meetup.is_cancelled && <span className="badge cancelled-badge">Cancelled</span>}
        {!meetup.is_cancelled && full && <span className="badge full-badge">Full — waitlist</span>}
        {mine && <span className="badge mine-badge">{mine}</span>}
      </p>
      <h2 className="card-title">
        <Link to={`/meetups/${meetup.id}`}>{meetup.title}</Link>
      </h2>
      <p className="meta">
        <time dateTime={meetup.starts_at}>{meetupWhenShort(meetup.starts_at, meetup.ends_at)}</time>
      </p>
      <p className="meta">
        {meetup.area}
        {meetup.group && <> · {meetup.group.name}</>}
      </p>
      <p className="meta">
        {placesText(meetup)}
        {meetup.waitlist_count > 0 && <> · {meetup.waitlist_count} on the waitlist</>}
      </p>
    </article>
  );
}
