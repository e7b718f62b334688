import { useState } from "react";

import { fieldProblems } from "../../api/fieldErrors";
import { ApiError } from "../../api/problem";
import type { DraftField, DraftProblems } from "./checks";
import { useCountdown } from "./useCountdown";

/**
 * Sending a draft: busy while it goes; a failure sorted into problems of the form's fields
 * (handed to `onProblems`) and the rest (`error`, for <ErrorMessage>); a 429 waits out its
 * Retry-After, counted down (`wait`), before the next try.
 */
export function useSubmission(labels: Record<DraftField, string>, onProblems: (found: DraftProblems) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const countdown = useCountdown();
  // The wait the server asked for, in seconds, while its notice is up.
  const [waited, setWaited] = useState<number | null>(null);

  async function send(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    setWaited(null);
    try {
      await action();
      return true;
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 429 && caught.retryAfter !== null) {
        countdown.start(caught.retryAfter);
        setWaited(caught.retryAfter);
      } else {
        const sorted = fieldProblems(caught, labels);
        setError(sorted.rest);
        if (Object.keys(sorted.fields).length) onProblems(sorted.fields);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    error,
    setError,
    /** Seconds left before sending may be tried again (0: now). */
    remaining: countdown.remaining,
    waited,
    send,
  };
}
