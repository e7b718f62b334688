// A member's notifications for one thread: Watching, Normal or Muted, each with what it
// means in one line. The choice shows at once and is undone if the server refuses it.
import { useId, useState } from "react";

import { ErrorMessage } from "../Status";
import { saveSubscription, type SubscriptionLevel } from "./readingApi";

const LEVELS: { value: SubscriptionLevel; label: string; hint: string }[] = [
  { value: "watching", label: "Watching", hint: "You'll be notified of every new post." },
  { value: "normal", label: "Normal", hint: "Only replies to you and mentions." },
  { value: "muted", label: "Muted", hint: "No notifications from this thread." },
];

export function labelOf(level: SubscriptionLevel | null): string {
  return LEVELS.find((option) => option.value === (level ?? "normal"))?.label ?? "Normal";
}

export function WatchControl({
  threadId,
  level,
  onChange,
}: {
  threadId: number;
  /** The member's level for this thread; null: never chosen, which is "Normal". */
  level: SubscriptionLevel | null;
  onChange(level: SubscriptionLevel | null): void;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The choice being saved: shown even if the thread is read again meanwhile (a refetch that
  // started before the save would otherwise put the old level back under the reader's finger).
  const [chosen, setChosen] = useState<SubscriptionLevel | null>(null);
  const current = chosen ?? level ?? "normal";

  async function choose(next: SubscriptionLevel) {
    if (next === current || busy) return;
    const before = level;
    setBusy(true);
    setChosen(next);
    setError(null);
    onChange(next);
    try {
      await saveSubscription(threadId, next);
      onChange(next);
    } catch (caught) {
      onChange(before);
      setError(caught);
    } finally {
      setChosen(null);
      setBusy(false);
    }
  }

  return (
    <details className="watch-control">
      <summary>
        Notifications: <strong>{labelOf(chosen ?? level)}</strong>
      </summary>
      <fieldset aria-busy={busy}>
        <legend>Notifications for this thread</legend>
        {LEVELS.map((option) => (
          <div key={option.value} className="watch-option">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={`${id}-level`}
              value={option.value}
              checked={current === option.value}
              aria-describedby={`${id}-${option.value}-hint`}
              onChange={() => void choose(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            <p className="hint" id={`${id}-${option.value}-hint`}>
              {option.hint}
            </p>
          </div>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
    </details>
  );
}
