// The "new password" field of every form that sets one (settings, the reset link): the same
// label, browser hints, minimum length, problem and advice wherever a password is chosen.
import type { ReactNode } from "react";

import { fieldA11y } from "../api/fieldErrors";
import { MIN_PASSWORD } from "../auth/passwords";
import { FieldError } from "./FieldError";

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  problem: string | undefined;
  // Said after the length advice: what choosing it does.
  children?: ReactNode;
}

export function NewPasswordField({ id, value, onChange, problem, children }: Props) {
  return (
    <>
      <label htmlFor={id}>New password</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        value={value}
        {...fieldA11y(`${id}-error`, problem, `${id}-hint`)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-error`} message={problem} />
      <p id={`${id}-hint`} className="hint">
        At least {MIN_PASSWORD} characters. A short sentence works well.
        {children ? <> {children}</> : null}
      </p>
    </>
  );
}
