// Join: create an account, sign in straight away, and go back to the page the person was
// reading (?next=, a path on this site only).
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";

import { fieldA11y, fieldProblems } from "../api/fieldErrors";
import { ApiError, describe } from "../api/problem";
import { useAuth } from "../auth/AuthContext";
import { safeNext, withNext } from "../auth/next";
import { MIN_PASSWORD } from "../auth/passwords";
import { FieldError } from "../components/FieldError";
import { ErrorMessage } from "../components/Status";

const TAKEN: Record<string, keyof typeof LABELS> = { "username-taken": "username", "email-taken": "email" };

const LABELS = {
  username: "Username",
  display_name: "Display name",
  email: "Email",
  password: "Password",
};

export function SignUpPage() {
  const { signUp } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [form, setForm] = useState({ username: "", email: "", password: "", display_name: "" });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A taken username or address is a problem of its field, in the server's words.
  const taken = error instanceof ApiError ? TAKEN[error.kind] : undefined;
  const { fields, rest } = taken ? { fields: { [taken]: describe(error) }, rest: null } : fieldProblems(error, LABELS);

  useEffect(() => {
    document.title = "Join · Village";
  }, []);

  function update(field: keyof typeof form) {
    return (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [field]: event.target.value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signUp({ ...form, display_name: form.display_name.trim() || null });
      navigate(next, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="signup-title">
      <h1 id="signup-title">Join Village</h1>
      <p className="lead">Free, kind, and moderated by parents.</p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="username">Username</label>
        <input
          id="username"
          autoComplete="username"
          required
          minLength={3}
          maxLength={30}
          pattern="[A-Za-z0-9_]{3,30}"
          {...fieldA11y("username-error", fields.username, "username-hint")}
          value={form.username}
          onChange={update("username")}
        />
        <FieldError id="username-error" message={fields.username} />
        <p id="username-hint" className="hint">
          3–30 letters, digits or underscores. Shown to everyone.
        </p>
        <label htmlFor="display_name">Display name (optional)</label>
        <input
          id="display_name"
          autoComplete="nickname"
          maxLength={50}
          {...fieldA11y("display_name-error", fields.display_name)}
          value={form.display_name}
          onChange={update("display_name")}
        />
        <FieldError id="display_name-error" message={fields.display_name} />
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          required
          {...fieldA11y("email-error", fields.email, "email-hint")}
          value={form.email}
          onChange={update("email")}
        />
        <FieldError id="email-error" message={fields.email} />
        <p id="email-hint" className="hint">
          Never shown to other members.
        </p>
        <label htmlFor="new-password">Password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          {...fieldA11y("password-error", fields.password, "password-hint")}
          value={form.password}
          onChange={update("password")}
        />
        <FieldError id="password-error" message={fields.password} />
        <p id="password-hint" className="hint">
          At least {MIN_PASSWORD} characters. A short sentence works well.
        </p>
        <ErrorMessage error={rest} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Creating your account…" : "Join"}
          </button>
        </div>
      </form>
      <p>
        Already a member? <Link to={withNext("/signin", next)}>Sign in</Link>.
      </p>
    </section>
  );
}
