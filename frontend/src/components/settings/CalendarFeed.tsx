// The private calendar feed: a link that calendar apps poll for the meet-ups you are going
// to. Made (or replaced) with POST /me/calendar-key and shown this once, with a way to copy
// it; "Turn off" revokes it (DELETE), so an app still polling it gets nothing more.
import { useId, useRef, useState } from "react";

import { api, call } from "../../api/client";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage } from "../Status";

export function CalendarFeed() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const { busy, error, run } = useAction();

  async function make() {
    await run(async () => {
      const made = await call(api.POST("/api/v1/me/calendar-key"));
      const replaced = url !== null;
      setUrl(made.url);
      setSaid(replaced ? "A new link was made: the old one no longer works." : "Your calendar link is ready.");
      requestAnimationFrame(() => input.current?.focus());
    });
  }

  async function turnOff() {
    await run(async () => {
      await call(api.DELETE("/api/v1/me/calendar-key"));
      setUrl(null);
      setSaid("Your calendar link was turned off: calendar apps using it get nothing more.");
    });
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setSaid("Copied to the clipboard.");
    } catch {
      input.current?.select();
      setSaid("Selected: press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section" id="calendar-feed">
      <h2 id={`${id}-title`}>Calendar feed</h2>
      <p className="hint">
        Put the meet-ups you’re going to in your phone’s calendar: add this link to it as a
        subscribed calendar, and it keeps up with changes and cancellations.
      </p>
      {url && (
        <div className="notice calendar-link">
          <label htmlFor={`${id}-url`}>Your calendar link</label>
          <input
            id={`${id}-url`}
            ref={input}
            readOnly
            value={url}
            className="token-value"
            aria-describedby={`${id}-advice`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p id={`${id}-advice`} className="hint">
            Anyone with this link sees the meet-ups you’re going to, with their places. Keep it
            to yourself; it is shown only this once. If it got out, make a new one.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              Copy link
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" className={url ? "secondary" : undefined} disabled={busy} onClick={() => void make()}>
          {url ? "Make a new link" : "Get my calendar link"}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void turnOff()}>
          Turn off
        </button>
      </div>
      {!url && (
        <p className="hint">Getting a link again makes a new one: any older link stops working.</p>
      )}
      <p role="status" className="hint">
        {said}
      </p>
    </section>
  );
}
