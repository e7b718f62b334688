// Small pieces shared by the moderator and admin screens.
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";

import { idempotencyKey, type Schemas } from "../../api/client";
import { ApiError } from "../../api/problem";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage } from "../Status";
import { fullDate, timeAgo } from "../format";
import "../../styles/mod.css";

/** 401 or 403: the viewer may not see this screen at all (a suspension says so itself). */
export function isAccessError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 401 || (error.status === 403 && error.kind !== "suspended");
}

/** The "moderators only" answer, in the server's own words, with a way to sign in. */
export function NotAllowed({
  error,
  who = "moderators",
  signedOut,
}: {
  error?: unknown;
  who?: "moderators" | "administrators";
  signedOut?: boolean;
}) {
  const location = useLocation();
  const needsSignIn = signedOut ?? (error instanceof ApiError && error.status === 401);
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <div className="mod-denied">
      <p>
        <strong>This page is for {who} only.</strong>
      </p>
      <ErrorMessage error={error} />
      {needsSignIn && (
        <p>
          <Link to={`/signin?next=${next}`}>Sign in</Link> with{" "}
          {who === "moderators" ? "a moderator" : "an administrator"} account to continue.
        </p>
      )}
    </div>
  );
}

/**
 * One Idempotency-Key per user action: a retry of the same body reuses the key, a changed
 * body gets a fresh one, and `done()` forgets it after success.
 */
export function useRetryKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  const keyFor = useCallback((body: unknown) => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: idempotencyKey() };
    return last.current.key;
  }, []);
  const done = useCallback(() => {
    last.current = null;
  }, []);
  return { keyFor, done };
}

export function When({ iso, prefix }: { iso: string; prefix?: string }) {
  return (
    <time dateTime={iso} title={fullDate(iso)}>
      {prefix}
      {timeAgo(iso)}
    </time>
  );
}

export function UserLink({ user }: { user: Schemas["UserRef"] }) {
  return (
    <Link to={`/u/${encodeURIComponent(user.username)}`}>
      {user.display_name} <span className="mod-handle">@{user.username}</span>
    </Link>
  );
}

/** Announces the result of an action to everyone, screen readers included. */
export function Done({ children }: { children: string | null }) {
  return (
    <p className="mod-done" role="status" aria-live="polite">
      {children}
    </p>
  );
}

/** What a moderator just did, and (while it can still be taken back) how to undo it. */
export interface Outcome {
  message: string;
  /** Takes the action back; resolves to what to say then ("Restored post #2."). */
  undo?: () => Promise<Outcome>;
  /** What "Undo" takes back, for screen readers when several are on the page. */
  undoes?: string;
  /** Shown as a link after the message (e.g. to the restored post). */
  link?: { to: string; label: string };
}

/**
 * Announces an outcome (one live region that stays, so every change is read out) with an
 * "Undo" button while it can be undone. What an undo did belongs to the outcome it undid:
 * a newer outcome shows as itself, with its own undo.
 */
export function OutcomeStatus({
  outcome,
  focus = false,
}: {
  outcome: Outcome | null;
  /** Take the keyboard to each new outcome: for an action whose button went with it. */
  focus?: boolean;
}) {
  const [undo, setUndo] = useState<{
    of: Outcome;
    busy: boolean;
    error: unknown;
    result: Outcome | null;
  } | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const mine = undo !== null && undo.of === outcome ? undo : null;
  const shown = mine?.result ?? outcome;

  useEffect(() => {
    if (focus && outcome) region.current?.focus();
  }, [focus, outcome]);

  async function takeBack(of: Outcome, take: () => Promise<Outcome>) {
    setUndo({ of, busy: true, error: null, result: null });
    try {
      const result = await take();
      setUndo({ of, busy: false, error: null, result });
      // The button is gone with the undo: keep the keyboard here, where the news is.
      region.current?.focus();
    } catch (caught) {
      setUndo({ of, busy: false, error: caught, result: null });
    }
  }

  return (
    <div className="mod-outcome" ref={region} tabIndex={-1}>
      <p className="mod-done" role="status" aria-live="polite">
        {shown?.message}
        {shown?.link && (
          <>
            {" "}
            <Link to={shown.link.to}>{shown.link.label}</Link>
          </>
        )}
      </p>
      {outcome?.undo && !mine?.result && (
        <button
          type="button"
          className="secondary mod-small"
          disabled={mine?.busy}
          onClick={() => outcome.undo && void takeBack(outcome, outcome.undo)}
        >
          {mine?.busy ? "Undoing…" : "Undo"}
          {outcome.undoes && <span className="visually-hidden"> {outcome.undoes}</span>}
        </button>
      )}
      <ErrorMessage error={mine?.error} />
    </div>
  );
}

/** The busy / error / done state of a small form whose action says what it did. */
export function useSubmit() {
  const { busy, error, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const submit = useCallback(
    (action: () => Promise<string>) => run(async () => setDone(await action())),
    [run],
  );
  return { busy, error, done, submit };
}
