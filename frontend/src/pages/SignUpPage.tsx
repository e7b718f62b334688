// Join: create an account, then sign in straight away.
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link, useNavigate } from "react-router";

import { useAuth } from "../auth/AuthContext";
import { ErrorMessage } from "../components/Status";

export function SignUpPage() {
  const { signUp } = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState({ username: "", email: "", password: "", display_name: "" });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

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
      navigate("/");
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
          aria-describedby="username-hint"
          value={form.username}
          onChange={update("username")}
        />
        <p id="username-hint" className="hint">
          3–30 letters, digits or underscores. Shown to everyone.
        </p>
        <label htmlFor="display_name">Display name (optional)</label>
        <input
          id="display_name"
          autoComplete="nickname"
          maxLength={50}
          value={form.display_name}
          onChange={update("display_name")}
        />
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          required
          aria-describedby="email-hint"
          value={form.email}
          onChange={update("email")}
        />
        <p id="email-hint" className="hint">
          Never shown to other members.
        </p>
        <label htmlFor="new-password">Password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby="password-hint"
          value={form.password}
          onChange={update("password")}
        />
        <p id="password-hint" className="hint">
          At least 10 characters. A short sentence works well.
        </p>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Creating your account…" : "Join"}
          </button>
        </div>
      </form>
      <p>
        Already a member? <Link to="/signin">Sign in</Link>.
      </p>
    </section>
  );
}
