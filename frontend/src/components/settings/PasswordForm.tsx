// Change your password: the current one, then the new one. Every other session (another
// browser, a lost phone) is signed out; this one carries on with the fresh pair of tokens.
import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";

import { api, call } from "../../api/client";
import { fieldA11y, fieldProblems } from "../../api/fieldErrors";
import { ApiError } from "../../api/problem";
import { useAuth } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { FieldError } from "../FieldError";
import { NewPasswordField } from "../NewPasswordField";
import { ErrorMessage } from "../Status";

const LABELS = { current_password: "Current password", new_password: "New password" };

export function PasswordForm() {
  const id = useId();
  const { adoptTokens } = useAuth();
  const [current, setCurrent] = useState("");
  const [fresh, setFresh] = useState("");
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const currentRef = useRef<HTMLInputElement>(null);

  const wrongPassword = error instanceof ApiError && error.kind === "wrong-password";
  const { fields, rest } = fieldProblems(wrongPassword ? null : error, LABELS);
  const currentProblem = wrongPassword
    ? "That is not your current password. Check it and try again."
    : fields.current_password;

  async function save(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    await run(async () => {
      try {
        const tokens = await call(
          api.POST("/api/v1/me/password", {
            body: { current_password: current, new_password: fresh },
          }),
        );
        adoptTokens(tokens);
        setCurrent("");
        setFresh("");
        setDone(true);
      } catch (caught) {
        if (caught instanceof ApiError && caught.kind === "wrong-password") currentRef.current?.focus();
        throw caught;
      }
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section">
      <h2 id={`${id}-title`}>Password</h2>
      <form onSubmit={(event) => void save(event)}>
        <label htmlFor={`${id}-current`}>{LABELS.current_password}</label>
        <input
          id={`${id}-current`}
          ref={currentRef}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          {...fieldA11y(`${id}-current-error`, currentProblem)}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <FieldError id={`${id}-current-error`} message={currentProblem} />
        <NewPasswordField
          id={`${id}-new`}
          value={fresh}
          onChange={setFresh}
          problem={fields.new_password}
        >
          Changing it signs you out everywhere else, for example on a phone you no longer have.
        </NewPasswordField>
        <ErrorMessage error={rest} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Changing…" : "Change password"}
          </button>
          <p role="status" className="hint saved-note">
            {done ? "Your password was changed. You were signed out everywhere else." : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
