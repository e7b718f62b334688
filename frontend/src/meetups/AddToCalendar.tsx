// "Add to calendar": the meet-up as an .ics file (RFC 5545) that a phone's calendar takes.
// The link works on its own (a visitor's file has the area, not the venue); for a signed-in
// member it is fetched with her session so that her file carries the exact place.
import { useState, type MouseEvent } from "react";
import { Link } from "react-router";

import { loadTokens } from "../auth/session";
import { api, call } from "../api/client";
import { ErrorMessage } from "../components/Status";

export function calendarHref(meetupId: number): string {
  return `/api/v1/meetups/${meetupId}.ics`;
}

export function AddToCalendar({ meetupId, signedIn }: { meetupId: number; signedIn: boolean }) {
  const [error, setError] = useState<unknown>(null);
  const href = calendarHref(meetupId);
  const filename = `meetup-${meetupId}.ics`;

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (!signedIn || !loadTokens() || typeof URL.createObjectURL !== "function") return;
    event.preventDefault();
    setError(null);
    try {
      const blob = await call(
        api.GET("/api/v1/meetups/{meetup_id}.ics", {
          params: { path: { meetup_id: meetupId } },
          parseAs: "blob",
        }),
      );
      const url = URL.createObjectURL(new Blob([blob as Blob], { type: "text/calendar" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <div className="add-to-calendar">
      <a className="button secondary" href={href} download={filename} onClick={(event) => void download(event)}>
        Add to calendar
      </a>
      {signedIn && (
        <p className="hint">
          Or have every meet-up you’re going to in your calendar: <Link to="/settings">your calendar feed</Link> in Settings.
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
