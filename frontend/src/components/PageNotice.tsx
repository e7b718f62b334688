// A short status carried to the next screen in the router's state — "Your password was
// changed" on the sign-in page, "Your account was deleted" on the home page — shown above
// that screen and focused, so that a screen reader reads it and nobody misses it.
import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

import "../styles/account.css";

export interface NoticeState {
  notice: string;
}

/** `navigate(to, { state: noticeState("…") })` shows "…" on the next screen. */
export function noticeState(text: string): NoticeState {
  return { notice: text };
}

function noticeOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  const { notice } = state as { notice: unknown };
  return typeof notice === "string" && notice ? notice : null;
}

export function PageNotice() {
  const location = useLocation();
  const text = noticeOf(location.state);
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (text) ref.current?.focus();
  }, [location.key, text]);

  if (!text) return null;
  return (
    <p ref={ref} tabIndex={-1} role="status" className="page-notice">
      {text}
    </p>
  );
}
