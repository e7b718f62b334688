// Notifications and email: email at once for replies and for mentions, a daily digest of
// watched threads, news of the meet-ups you answered, and whether replying to a thread
// watches it (GET/PATCH /me/preferences).
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage, Loading } from "../Status";

type Preferences = Schemas["PreferencesRead"];

const PATH = "/api/v1/me/preferences";

export function PreferencesSettings() {
  const id = useId();
  const { data, error } = $api.useQuery("get", PATH);
  return (
    <section aria-labelledby={`${id}-title`} className="settings-section" id="notification-settings">
      <h2 id={`${id}-title`}>Notifications and email</h2>
      <ErrorMessage error={error} />
      {!data && !error && <Loading what="Loading your choices" />}
      {/* The form starts from what the server has, and keeps what the member changes. */}
      {data && <PreferencesForm saved={data} />}
    </section>
  );
}

function PreferencesForm({ saved }: { saved: Preferences }) {
  const id = useId();
  const client = useQueryClient();
  const [values, setValues] = useState<Preferences>(saved);
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();

  function change(patch: Partial<Preferences>) {
    setValues((current) => ({ ...current, ...patch }));
    setDone(false);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const fresh = await call(api.PATCH(PATH, { body: values }));
      setValues(fresh);
      setDone(true);
      // The next visit to Settings starts from it without a fetch.
      client.setQueryData($api.queryOptions("get", PATH).queryKey, fresh);
    });
  }

  return (
    <form onSubmit={(event) => void save(event)}>
      <fieldset className="choices">
        <legend>Email me at once when</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.email_replies}
            onChange={(event) => change({ email_replies: event.target.checked })}
          />
          someone replies to or quotes my posts
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.email_mentions}
            onChange={(event) => change({ email_mentions: event.target.checked })}
          />
          someone mentions me
        </label>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.email_digest === "daily"}
          aria-describedby={`${id}-digest-hint`}
          onChange={(event) => change({ email_digest: event.target.checked ? "daily" : "off" })}
        />
        Send me a daily digest of threads I watch
      </label>
      <p id={`${id}-digest-hint`} className="hint">
        One email a day at most, only when something new was posted. Every email has a link to
        stop it.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.email_meetups}
          aria-describedby={`${id}-meetups-hint`}
          onChange={(event) => change({ email_meetups: event.target.checked })}
        />
        Email me about meet-ups I answered
      </label>
      <p id={`${id}-meetups-hint`} className="hint">
        When one changes or is cancelled, when a place frees up for you, and a reminder the day
        before.
      </p>
      <fieldset className="choices">
        <legend>When I reply to a thread</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-subscription`}
            checked={values.default_subscription === "watching"}
            onChange={() => change({ default_subscription: "watching" })}
          />
          Watch it: tell me about every new post
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-subscription`}
            checked={values.default_subscription === "normal"}
            onChange={() => change({ default_subscription: "normal" })}
          />
          Don’t watch it: tell me only when someone replies to me or mentions me
        </label>
      </fieldset>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save choices"}
        </button>
        <p role="status" className="hint saved-note">
          {done ? "Your choices were saved." : ""}
        </p>
      </div>
    </form>
  );
}
