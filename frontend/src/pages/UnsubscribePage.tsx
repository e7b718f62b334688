// The page an email's "Unsubscribe" link opens (/unsubscribe?token=…), no sign-in needed.
// Opening it changes nothing (mail scanners open links too): it says what the link stops
// (GET /api/v1/unsubscribe) and a button does it (POST). A used, expired or damaged link
// is said in plain words, with the way to change emails in Settings.
import { useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { $api } from "../api/query";
import { ErrorMessage, Loading } from "../components/Status";
import { useAction } from "../hooks/useAction";

type LinkState = Schemas["UnsubscribeLink"];

const WHAT: Record<LinkState["kind"], string> = {
  replies: "replies to your posts (and quotes of them)",
  mentions: "mentions of you",
  digest: "the daily digest of threads you watch",
  meetups: "news of the meet-ups you answered",
};

export function UnsubscribePage() {
  const id = useId();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";

  useEffect(() => {
    document.title = "Unsubscribe · Village";
  }, []);

  return (
    <section aria-labelledby={`${id}-title`} className="unsubscribe-page">
      <div className="page-head">
        <h1 id={`${id}-title`}>Unsubscribe</h1>
      </div>
      {token ? (
        <LinkDetails token={token} />
      ) : (
        <p className="error" role="alert">
          This link is missing its code. Open the link from the email again, or choose which
          emails you get in your settings.
        </p>
      )}
      <p>
        You can also choose which emails you get in{" "}
        <Link to="/settings#notification-settings">your settings</Link> (sign-in needed).
      </p>
    </section>
  );
}

function LinkDetails({ token }: { token: string }) {
  const init = { params: { query: { token } } };
  const described = $api.useQuery("get", "/api/v1/unsubscribe", init);
  const [done, setDone] = useState<LinkState | null>(null);
  const { busy, error, run } = useAction();

  async function stop() {
    await run(async () => {
      setDone(await call(api.POST("/api/v1/unsubscribe", init)));
    });
  }

  if (described.error) return <ErrorMessage error={described.error} />;
  const link = described.data;
  if (!link) return <Loading what="Reading the link" />;
  const what = WHAT[link.kind];

  if (done) {
    return (
      <p className="notice" role="status">
        Done. We will not email {done.email} about {what} any more.
      </p>
    );
  }
  if (link.used) {
    return (
      <p className="notice" role="status">
        This link was used already. Emails about {what} are {link.enabled ? "on again" : "off"} for{" "}
        {link.email}.
      </p>
    );
  }
  if (!link.enabled) {
    return (
      <p className="notice" role="status">
        Emails about {what} are already off for {link.email}. There is nothing to do.
      </p>
    );
  }
  return (
    <>
      <p>
        This link stops emails to <strong>{link.email}</strong> about {what}. Other emails stay as
        they are.
      </p>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void stop()}>
          {busy ? "Stopping…" : `Stop emails about ${what}`}
        </button>
      </div>
    </>
  );
}
