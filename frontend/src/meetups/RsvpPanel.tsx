// "Are you going?": Going / Maybe / Can't go (pressed = your answer), and what your answer
// means now — going, number N on the waitlist, waiting for the host's yes. A cancelled or
// past meet-up says why the buttons are gone; a visitor is asked to sign in.
import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";

import { api, call } from "../api/client";
import { useAuth } from "../auth/AuthContext";
import { ErrorMessage } from "../components/Status";
import { useAction } from "../hooks/useAction";
import { hasStarted, isFull, meetupKey, refreshMeetup, rsvpSentence, type Meetup, type RsvpAnswer } from "./meetups";

const ANSWERS: { value: RsvpAnswer; label: string }[] = [
  { value: "going", label: "Going" },
  { value: "maybe", label: "Maybe" },
  { value: "not_going", label: "Can’t go" },
];

/** The answer a button stands for is the member's own (pending is a "going" waiting for a yes). */
function isMine(meetup: Meetup, answer: RsvpAnswer): boolean {
  const status = meetup.my_rsvp?.status;
  return status === answer || (answer === "going" && status === "pending");
}

export function RsvpPanel({ meetup }: { meetup: Meetup }) {
  const { me } = useAuth();
  const client = useQueryClient();
  const action = useAction();

  if (meetup.is_cancelled) {
    return (
      <RsvpBox>
        <p className="notice">This meet-up was cancelled, so answers are closed.</p>
      </RsvpBox>
    );
  }
  if (hasStarted(meetup)) {
    return (
      <RsvpBox>
        <p className="notice">This meet-up has already started, so answers are closed.</p>
        {meetup.my_rsvp && <p className="hint">{rsvpSentence(meetup.my_rsvp)}</p>}
      </RsvpBox>
    );
  }
  if (!me) {
    return (
      <RsvpBox>
        <p>
          <Link to={`/signin?next=${encodeURIComponent(`/meetups/${meetup.id}`)}`}>Sign in</Link> to say you’re
          going.
        </p>
      </RsvpBox>
    );
  }

  async function answer(status: RsvpAnswer) {
    await action.run(async () => {
      try {
        const rsvp = await call(
          api.PUT("/api/v1/meetups/{meetup_id}/rsvp", {
            params: { path: { meetup_id: meetup.id } },
            body: { status },
          }),
        );
        // Her answer at once; the counts come with the meet-up, read again.
        client.setQueryData<Meetup>(meetupKey(meetup.id), (current) => current && { ...current, my_rsvp: rsvp });
      } finally {
        // Also after a refusal: cancelled or started meanwhile, the page then says so.
        refreshMeetup(client, meetup.id);
      }
    });
  }

  const sentence = rsvpSentence(meetup.my_rsvp);
  const full = isFull(meetup);
  return (
    <RsvpBox>
      <div className="rsvp-buttons" role="group" aria-label="Your answer">
        {ANSWERS.map((item) => (
          <button
            key={item.value}
            type="button"
            className="secondary"
            aria-pressed={isMine(meetup, item.value)}
            disabled={action.busy}
            onClick={() => void answer(item.value)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <p className="rsvp-state" role="status">
        {sentence ??
          (full
            ? "It’s full: say Going to join the waitlist, and we’ll tell you if a place frees up."
            : meetup.requires_approval
              ? "The host says yes to each answer: yours will wait for it."
              : "")}
      </p>
      <ErrorMessage error={action.error} />
    </RsvpBox>
  );
}

function RsvpBox({ children }: { children: ReactNode }) {
  return (
    <section className="rsvp-panel" aria-labelledby="rsvp-title">
      <h2 id="rsvp-title">Are you going?</h2>
      {children}
    </section>
  );
}
