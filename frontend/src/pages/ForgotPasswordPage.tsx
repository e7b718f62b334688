// "Forgot your password?": an email address in, the same answer out whether or not an
// account uses it (nobody learns from this page who is a member).
import { useEffect, useId, useState } from "react";
import type { FormEvent } from "react";
import { Link } from "react-router";

import { api, call } from "../api/client";
import { fieldA11y, fieldProblems } from "../api/fieldErrors";
import { FieldError } from "../components/FieldError";
import { ErrorMessage } from "../components/Status";
import { useAction } from "../hooks/useAction";
import "../styles/account.css";

const LABELS = { email: "Email address" };

export function ForgotPasswordPage() {
  const id = useId();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const { fields, rest } = fieldProblems(error, LABELS);

  useEffect(() => {
    document.title = "Forgot your password? · Village";
  }, []);

  async function send(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    await run(async () => {
      await call(api.POST("/api/v1/auth/password-reset", { body: { email: address } }));
      setSentTo(address);
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="account-page">
      <h1 id={`${id}-title`}>Forgot your password?</h1>
      {sentTo ? (
        <div role="status" className="page-notice">
          <p>
            If an account uses {sentTo}, we’ve sent a link to it. The link works for one hour.
          </p>
          <p>Nothing there after a few minutes? Check your spam folder, or ask again below.</p>
        </div>
      ) : (
        <p className="lead">
          Tell us the email address of your account and we’ll send you a link to choose a new
          password.
        </p>
      )}
      <form onSubmit={(event) => void send(event)}>
        <label htmlFor={`${id}-email`}>{LABELS.email}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          required
          value={email}
          {...fieldA11y(`${id}-email-error`, fields.email)}
          onChange={(event) => setEmail(event.target.value)}
        />
        <FieldError id={`${id}-email-error`} message={fields.email} />
        <ErrorMessage error={rest} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Sending…" : sentTo ? "Send another link" : "Send me a link"}
          </button>
        </div>
      </form>
      <p>
        Remembered it? <Link to="/signin">Sign in</Link>.
      </p>
    </section>
  );
}
