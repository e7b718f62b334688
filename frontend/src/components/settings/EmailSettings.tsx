// Your email address: whether it is verified (and sending the link again), and changing it —
// the new address gets a link, and the account's address changes only when that link is used.
import { useId, useState } from "react";
import type { FormEvent } from "react";

import { api, call } from "../../api/client";
import { fieldA11y, fieldProblems } from "../../api/fieldErrors";
import { ApiError } from "../../api/problem";
import { useAuth, type Me } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { FieldError } from "../FieldError";
import { ErrorMessage } from "../Status";

export function EmailSettings({ me }: { me: Me }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="settings-section">
      <h2 id={`${id}-title`}>Email address</h2>
      <p className="email-line">
        <span className="email-address">{me.email}</span>{" "}
        {me.email_verified ? (
          <span className="badge verified-badge">Verified</span>
        ) : (
          <span className="badge unverified-badge">Not verified yet</span>
        )}
      </p>
      <p className="hint">
        Never shown to other members. We use it to help you back into your account if you forget
        your password.
      </p>
      {!me.email_verified && <ResendVerification email={me.email} />}
      {me.pending_email && (
        <p className="notice pending-email" role="note">
          We sent a link to <strong>{me.pending_email}</strong>. Your address changes to it only
          when you open that link; until then we keep using {me.email}.
        </p>
      )}
      <ChangeEmailForm current={me.email} />
    </section>
  );
}

function ResendVerification({ email }: { email: string }) {
  const { busy, error, run } = useAction();
  const [sent, setSent] = useState(false);

  async function resend() {
    setSent(false);
    await run(async () => {
      await call(api.POST("/api/v1/me/email/verification"));
      setSent(true);
    });
  }

  return (
    <div className="verify-email">
      <p>
        When you joined we sent a link to this address. Opening it confirms the address is
        yours.
      </p>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void resend()}>
          {busy ? "Sending…" : "Send the link again"}
        </button>
        <p role="status" className="hint saved-note">
          {sent ? `We sent a new link to ${email}. Check your inbox (and the spam folder).` : ""}
        </p>
      </div>
    </div>
  );
}

const LABELS = { email: "New email address" };

function ChangeEmailForm({ current }: { current: string }) {
  const id = useId();
  const { refreshMe } = useAuth();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  // Another account's address is a problem of the field, in the server's words.
  const taken = error instanceof ApiError && error.kind === "email-taken" ? error.message : null;
  const { fields, rest } = fieldProblems(taken ? null : error, LABELS);
  const emailProblem = taken ?? fields.email;

  async function change(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    const address = email.trim();
    await run(async () => {
      await call(api.PATCH("/api/v1/me", { body: { email: address } }));
      await refreshMe();
      setEmail("");
      setSentTo(address);
    });
  }

  return (
    <form onSubmit={(event) => void change(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Change your email address</h3>
      <label htmlFor={`${id}-email`}>{LABELS.email}</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        required
        value={email}
        {...fieldA11y(`${id}-email-error`, emailProblem, `${id}-email-hint`)}
        onChange={(event) => setEmail(event.target.value)}
      />
      <FieldError id={`${id}-email-error`} message={emailProblem} />
      <p id={`${id}-email-hint`} className="hint">
        We will send a link to the new address. Nothing changes until you open it: until then
        we keep using {current}.
      </p>
      <ErrorMessage error={rest} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Sending the link…" : "Send a link to the new address"}
        </button>
        <p role="status" className="hint saved-note">
          {sentTo ? `We sent a link to ${sentTo}. Your address changes when you open it.` : ""}
        </p>
      </div>
    </form>
  );
}
