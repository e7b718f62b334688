// A meet-up: what, when (in the viewer's own time zone, named), where (the exact place for
// signed-in members only), who hosts it, how many are going and waiting; your answer (Going /
// Maybe / Can't go, your waitlist place); "Add to calendar"; Report; the host's tools; and
// its discussion beneath.
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";

import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { ErrorMessage, Loading } from "../components/Status";
import { ReportMeetupDialog } from "../components/ReportDialog";
import { AddToCalendar } from "../meetups/AddToCalendar";
import { HostTools } from "../meetups/HostTools";
import { MeetupDiscussion } from "../meetups/MeetupDiscussion";
import { kindLabel, MEETUP_PATH, meetupInit, placesText, type Meetup } from "../meetups/meetups";
import { RsvpPanel } from "../meetups/RsvpPanel";
import { meetupWhen } from "../meetups/time";
import "../styles/member.css";
import "../styles/meetups.css";

/** How often a waitlisted or pending member's page reads the meet-up again. */
const WAITING_REFRESH_MS = 60_000;

function isWaiting(rsvp: Meetup["my_rsvp"] | undefined): boolean {
  return Boolean(rsvp && (rsvp.waitlisted || rsvp.status === "pending"));
}

export function MeetupPage() {
  const { meetupId = "" } = useParams();
  if (!/^\d{1,15}$/.test(meetupId)) {
    return (
      <section>
        <h1>Meet-up not found</h1>
        <p className="error" role="alert">
          There is no meet-up at this address.
        </p>
      </section>
    );
  }
  return <MeetupView key={meetupId} meetupId={Number(meetupId)} />;
}

function MeetupView({ meetupId }: { meetupId: number }) {
  const query = $api.useQuery("get", MEETUP_PATH, meetupInit(meetupId), {
    // Places change under a waiting member's eyes: she sees hers when she comes back to the
    // page, and every minute while she waits (the notification tells her too).
    refetchOnWindowFocus: true,
    refetchInterval: (current) => (isWaiting(current.state.data?.my_rsvp) ? WAITING_REFRESH_MS : false),
  });
  const meetup = query.data;

  useEffect(() => {
    if (meetup) document.title = `${meetup.title} · Village`;
  }, [meetup]);

  if (query.error) {
    return (
      <section>
        <h1>Meet-up</h1>
        <ErrorMessage error={query.error} />
        <p>
          <Link to="/meetups">Back to the meet-ups</Link>
        </p>
      </section>
    );
  }
  if (!meetup) return <Loading what="Loading the meet-up" />;
  return <MeetupDetails meetup={meetup} />;
}

export function MeetupDetails({ meetup }: { meetup: Meetup }) {
  const { me, isModerator } = useAuth();
  const [reporting, setReporting] = useState(false);
  const when = meetupWhen(meetup.starts_at, meetup.ends_at);
  const isHost = me?.id === meetup.host.id;

  return (
    <article className="meetup-page" aria-labelledby="meetup-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        {meetup.group ? (
          <Link to={`/groups/${meetup.group.slug}`}>Back to {meetup.group.name}</Link>
        ) : (
          <Link to="/meetups">Back to the meet-ups</Link>
        )}
      </nav>
      <header className="meetup-head">
        <p className="badges">
          <span className="badge kind-badge">{kindLabel(meetup.kind)}</span>
          {meetup.is_cancelled && <span className="badge cancelled-badge">Cancelled</span>}
          {meetup.requires_approval && <span className="badge">The host says yes to each answer</span>}
        </p>
        <h1 id="meetup-title">{meetup.title}</h1>
      </header>

      <dl className="meetup-facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={meetup.starts_at}>
              {when.day}, {when.time} {when.zone}
            </time>
            <span className="hint zone-note"> (your time zone: {when.zoneId})</span>
          </dd>
        </div>
        <div>
          <dt>Area</dt>
          <dd>{meetup.area}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd className="meetup-venue">
            {meetup.venue ?? (me ? "Not given yet: ask the host in the discussion." : <SignInForVenue meetupId={meetup.id} />)}
          </dd>
        </div>
        <div>
          <dt>Host</dt>
          <dd>
            <Link to={`/u/${meetup.host.username}`}>{meetup.host.display_name}</Link>
          </dd>
        </div>
        <div>
          <dt>Places</dt>
          <dd>
            {placesText(meetup)}
            {meetup.capacity !== null && meetup.going_count >= meetup.capacity && !meetup.is_cancelled && (
              <> · full</>
            )}
            {meetup.waitlist_count > 0 && <> · {meetup.waitlist_count} on the waitlist</>}
            {meetup.maybe_count > 0 && <> · {meetup.maybe_count} maybe</>}
          </dd>
        </div>
      </dl>

      {meetup.description && <p className="meetup-description">{meetup.description}</p>}

      <RsvpPanel meetup={meetup} />

      <div className="meetup-actions">
        <AddToCalendar meetupId={meetup.id} signedIn={me !== null} />
        {me && !isHost && (
          <button type="button" className="link-button report-meetup" onClick={() => setReporting(true)}>
            Report this meet-up
          </button>
        )}
      </div>
      <ReportMeetupDialog meetupId={meetup.id} open={reporting} onClose={() => setReporting(false)} />

      {me && (isHost || isModerator) && <HostTools meetup={meetup} isHost={isHost} />}

      <MeetupDiscussion threadId={meetup.thread_id} />
    </article>
  );
}

/** What a visitor sees instead of the venue: the exact place is for signed-in members. */
function SignInForVenue({ meetupId }: { meetupId: number }) {
  return (
    <>
      <Link to={`/signin?next=${encodeURIComponent(`/meetups/${meetupId}`)}`}>Sign in</Link> to see the exact place.
    </>
  );
}
