// Leaving Village (GDPR art. 17): your password, and what becomes of your posts, in plain
// words. Afterwards this device forgets you and you land on the home page, told it is done.
import { startTransition, useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useNavigate } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { fieldA11y } from "../../api/fieldErrors";
import { ApiError } from "../../api/problem";
import { useAuth, type Me } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { FieldError } from "../FieldError";
import { noticeState } from "../PageNotice";
import { ErrorMessage } from "../Status";

type PostsChoice = "keep" | "erase";

const CHOICES: { value: PostsChoice; label: string; hint: string }[] = [
  {
    value: "keep",
    label: "Keep my posts, without my name",
    hint:
      "What you wrote stays, so the conversations you were part of still make sense. " +
      "It shows “Deleted member” where your name was.",
  },
  {
    value: "erase",
    label: "Remove what my posts say",
    hint:
      "The words of every post you wrote are removed, as when a post is deleted. Replies keep " +
      "their place, so threads still read in order.",
  },
];

const DONE: Record<PostsChoice, string> = {
  keep: "Your account was deleted. Your posts stay, shown as from “Deleted member”. Take care.",
  erase: "Your account was deleted, and the words of your posts were removed. Take care.",
};

/** A moderator's or admin's deletion answer (409 demote-first), kindly. */
function demoteFirst(role: Me["role"]): string {
  const who = role === "admin" ? "another administrator" : "an administrator";
  return (
    "Thank you for looking after this community. Before you can leave, " +
    `${who} needs to change your role back to member — please ask them. ` +
    "Then you can delete your account here."
  );
}

export function DeleteAccount({ me }: { me: Me }) {
  const id = useId();
  const navigate = useNavigate();
  const { forgetAccount } = useAuth();
  const [posts, setPosts] = useState<PostsChoice | null>(null);
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ choice: boolean; password: boolean }>({
    choice: false,
    password: false,
  });
  const { busy, error, run } = useAction();
  const passwordRef = useRef<HTMLInputElement>(null);
  const choicesRef = useRef<HTMLFieldSetElement>(null);

  const kind = error instanceof ApiError ? error.kind : null;
  const choiceProblem = missing.choice && !posts ? "Choose what should happen to your posts." : null;
  const passwordProblem =
    missing.password && !password
      ? "Enter your password."
      : kind === "wrong-password"
        ? "That is not your password. Check it and try again."
        : null;
  const shown = kind === "wrong-password" || kind === "demote-first" ? null : error;

  async function leave(event: FormEvent) {
    event.preventDefault();
    setMissing({ choice: !posts, password: !password });
    if (!posts) {
      choicesRef.current?.querySelector("input")?.focus();
      return;
    }
    if (!password) {
      passwordRef.current?.focus();
      return;
    }
    const body: Schemas["LeaveRequest"] = { password, posts };
    await run(async () => {
      try {
        await call(api.DELETE("/api/v1/me", { body }));
      } catch (caught) {
        if (caught instanceof ApiError && caught.kind === "wrong-password") passwordRef.current?.focus();
        throw caught;
      }
      // Home and signed out in one render (the router navigates in a transition): the
      // settings page must not see a signed-out visitor and send them to sign in.
      startTransition(() => {
        navigate("/", { state: noticeState(DONE[posts]) });
        forgetAccount();
      });
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section danger-zone">
      <h2 id={`${id}-title`}>Delete your account</h2>
      <p className="notice danger-notice" id={`${id}-warning`}>
        <strong>This cannot be undone.</strong> Your email address, password, profile, reactions
        and access tokens are erased, you are signed out everywhere, and your username becomes
        free for someone else. You may want to download your data first.
      </p>
      <form onSubmit={(event) => void leave(event)} noValidate>
        <fieldset
          ref={choicesRef}
          className="choices"
          aria-describedby={choiceProblem ? `${id}-choice-error` : `${id}-anonymous`}
        >
          <legend>What should happen to your posts?</legend>
          {CHOICES.map((choice) => (
            <div key={choice.value} className="choice">
              <input
                id={`${id}-${choice.value}`}
                type="radio"
                name={`${id}-posts`}
                value={choice.value}
                checked={posts === choice.value}
                aria-describedby={`${id}-${choice.value}-hint`}
                onChange={() => setPosts(choice.value)}
              />
              <div>
                <label htmlFor={`${id}-${choice.value}`} className="choice-label">
                  {choice.label}
                </label>
                <p id={`${id}-${choice.value}-hint`} className="hint choice-hint">
                  {choice.hint}
                </p>
              </div>
            </div>
          ))}
          <p id={`${id}-anonymous`} className="hint">
            Posts you wrote anonymously stay anonymous either way.
          </p>
          <FieldError id={`${id}-choice-error`} message={choiceProblem} />
        </fieldset>
        <label htmlFor={`${id}-password`}>Your password</label>
        <input
          id={`${id}-password`}
          ref={passwordRef}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          {...fieldA11y(`${id}-password-error`, passwordProblem, `${id}-password-hint`)}
          onChange={(event) => setPassword(event.target.value)}
        />
        <FieldError id={`${id}-password-error`} message={passwordProblem} />
        <p id={`${id}-password-hint`} className="hint">
          To be sure it is you.
        </p>
        {kind === "demote-first" && (
          <p className="notice" role="alert">
            {demoteFirst(me.role)}
          </p>
        )}
        <ErrorMessage error={shown} />
        <div className="actions">
          <button
            type="submit"
            className="danger"
            disabled={busy}
            aria-describedby={`${id}-warning`}
          >
            {busy ? "Deleting your account…" : "Delete my account for good"}
          </button>
        </div>
      </form>
    </section>
  );
}
