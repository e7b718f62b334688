// The link from the password-reset email: a new password, typed twice. A link that is unknown,
// used or more than an hour old is said so plainly, with a way to ask for another.
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";

import { api, call } from "../api/client";
import { fieldA11y, fieldProblems } from "../api/fieldErrors";
import { ApiError } from "../api/problem";
import { FieldError } from "../components/FieldError";
import { NewPasswordField } from "../components/NewPasswordField";
import { noticeState } from "../components/PageNotice";
import { ErrorMessage } from "../components/Status";
import { useAction } from "../hooks/useAction";
import "../styles/account.css";

const LABELS = { new_password: "New password" };

export function ResetPasswordPage() {
  const id = useId();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { busy, error, run } = useAction();
  const againRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = "Choose a new password · Village";
  }, []);

  const invalidLink = !token || (error instanceof ApiError && error.kind === "invalid-reset-token");
  const { fields, rest } = fieldProblems(error, LABELS);
  const againProblem = mismatch ? "The two passwords are not the same. Type the new one again." : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (password !== again) {
      setMismatch(true);
      againRef.current?.focus();
      return;
    }
    setMismatch(false);
    await run(async () => {
      await call(api.POST("/api/v1/auth/password-reset/confirm", { body: { token, new_password: password } }));
      navigate("/signin", {
        replace: true,
        state: noticeState("Your password was changed. Sign in with your new password."),
      });
    });
  }

  if (invalidLink) {
    return (
      <section aria-labelledby={`${id}-title`} className="account-page">
        <h1 id={`${id}-title`}>This link doesn’t work any more</h1>
        <p role="alert" className="notice">
          {token
            ? "The link has been used already, or it is more than an hour old. Each link works once, for one hour."
            : "This address has no reset link in it. Perhaps part of it was cut off when you opened it."}
        </p>
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>, or <Link to="/signin">sign in</Link>{" "}
          if you remember your password.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby={`${id}-title`} className="account-page">
      <h1 id={`${id}-title`}>Choose a new password</h1>
      <p className="lead">Once it is changed, you are signed out everywhere, and you sign in with the new one.</p>
      <form onSubmit={(event) => void save(event)}>
        <NewPasswordField
          id={`${id}-new`}
          value={password}
          onChange={setPassword}
          problem={fields.new_password}
        />
        <label htmlFor={`${id}-again`}>New password, again</label>
        <input
          id={`${id}-again`}
          ref={againRef}
          type="password"
          autoComplete="new-password"
          required
          value={again}
          {...fieldA11y(`${id}-again-error`, againProblem)}
          onChange={(event) => {
            setAgain(event.target.value);
            setMismatch(false);
          }}
        />
        <FieldError id={`${id}-again-error`} message={againProblem} />
        <ErrorMessage error={rest} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save my new password"}
          </button>
        </div>
      </form>
    </section>
  );
}
