// The host's (and moderators') tools on a meet-up page: Edit, Cancel the meet-up (asked
// first, with a reason told to those who answered), and the answers — who is going, the
// waitlist in order, and the requests waiting for a yes, with Approve.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { $api, itemsOf, keysetPaging, type KeysetPage } from "../api/query";
import { Dialog } from "../components/Dialog";
import { ErrorMessage, Loading, NextPage } from "../components/Status";
import { useAction } from "../hooks/useAction";
import { meetupKey, refreshMeetup, type Meetup } from "./meetups";

type Attendee = Schemas["AttendeeRead"];

const RSVPS_PATH = "/api/v1/meetups/{meetup_id}/rsvps";

export function HostTools({ meetup, isHost }: { meetup: Meetup; isHost: boolean }) {
  const [cancelling, setCancelling] = useState(false);
  return (
    <section className="host-tools" aria-labelledby="host-tools-title">
      <h2 id="host-tools-title">{isHost ? "You’re the host" : "Moderator tools"}</h2>
      {!meetup.is_cancelled && (
        <div className="actions">
          <Link className="button secondary" to={`/meetups/${meetup.id}/edit`}>
            Edit
          </Link>
          <button type="button" className="secondary danger-text" onClick={() => setCancelling(true)}>
            Cancel meet-up
          </button>
        </div>
      )}
      <CancelDialog meetup={meetup} open={cancelling} onClose={() => setCancelling(false)} />
      <Answers meetup={meetup} />
    </section>
  );
}

function CancelDialog({ meetup, open, onClose }: { meetup: Meetup; open: boolean; onClose(): void }) {
  const id = useId();
  const client = useQueryClient();
  const [reason, setReason] = useState("");
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(async () => {
      const cancelled = await call(
        api.POST("/api/v1/meetups/{meetup_id}/cancel", {
          params: { path: { meetup_id: meetup.id } },
          body: { reason: reason.trim() || null },
        }),
      );
      client.setQueryData<Meetup>(meetupKey(meetup.id), cancelled);
      refreshMeetup(client, meetup.id);
      onClose();
    });
  }

  return (
    <Dialog open={open} onClose={onClose} labelledBy={`${id}-title`}>
      <form className="dialog-body" onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>Cancel “{meetup.title}”?</h2>
        <p>Everyone who answered is told. It can’t be undone: plan a new one if things change.</p>
        <label htmlFor={`${id}-reason`}>Reason (optional, told to those who answered)</label>
        <input
          id={`${id}-reason`}
          maxLength={500}
          value={reason}
          placeholder="e.g. The café is closed that day"
          onChange={(event) => setReason(event.target.value)}
        />
        <ErrorMessage error={action.error} />
        <div className="actions">
          <button type="submit" className="danger" disabled={action.busy}>
            {action.busy ? "Cancelling…" : "Cancel the meet-up"}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            Keep it
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function answerText(attendee: Attendee): string {
  if (attendee.status === "pending") return "asks to come";
  if (attendee.status === "going") {
    return attendee.waitlisted ? `waitlist #${attendee.position ?? "?"}` : "going";
  }
  return attendee.status === "maybe" ? "maybe" : "can’t go";
}

function Answers({ meetup }: { meetup: Meetup }) {
  const query = $api.useInfiniteQuery(
    "get",
    RSVPS_PATH,
    { params: { path: { meetup_id: meetup.id }, query: { limit: 50 } } },
    keysetPaging,
  );
  const pages = query.data?.pages as KeysetPage<Attendee>[] | undefined;
  if (!pages) {
    return query.error ? <ErrorMessage error={query.error} /> : <Loading what="Loading the answers" />;
  }
  const attendees = itemsOf(pages, (attendee) => attendee.user.id);
  const pending = attendees.filter((attendee) => attendee.status === "pending");

  return (
    <>
      {(meetup.requires_approval || pending.length > 0) && (
        <>
          <h3>Waiting for your yes</h3>
          {pending.length === 0 ? (
            <p className="hint">No requests waiting.</p>
          ) : (
            <ul className="attendee-list" aria-label="Requests waiting for a yes">
              {pending.map((attendee) => (
                <li key={attendee.user.id}>
                  <PendingRequest meetupId={meetup.id} attendee={attendee} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>Answers</h3>
      {attendees.length === 0 ? (
        <p className="hint">Nobody has answered yet.</p>
      ) : (
        <ul className="attendee-list" aria-label="Answers">
          {attendees
            .filter((attendee) => attendee.status !== "pending")
            .map((attendee) => (
              <li key={attendee.user.id}>
                <Link to={`/u/${attendee.user.username}`}>{attendee.user.display_name}</Link>{" "}
                <span className="meta">{answerText(attendee)}</span>
              </li>
            ))}
        </ul>
      )}
      <NextPage query={query} label="More answers" />
    </>
  );
}

function PendingRequest({ meetupId, attendee }: { meetupId: number; attendee: Attendee }) {
  const client = useQueryClient();
  const action = useAction();

  async function approve() {
    await action.run(async () => {
      await call(
        api.POST("/api/v1/meetups/{meetup_id}/rsvps/{username}/approve", {
          params: { path: { meetup_id: meetupId, username: attendee.user.username } },
        }),
      );
      refreshMeetup(client, meetupId);
      void client.invalidateQueries({ queryKey: ["get", RSVPS_PATH] });
    });
  }

  return (
    <>
      <Link to={`/u/${attendee.user.username}`}>{attendee.user.display_name}</Link>{" "}
      <button
        type="button"
        className="small"
        disabled={action.busy}
        aria-label={`Approve ${attendee.user.display_name}`}
        onClick={() => void approve()}
      >
        {action.busy ? "Approving…" : "Approve"}
      </button>
      <ErrorMessage error={action.error} />
    </>
  );
}
