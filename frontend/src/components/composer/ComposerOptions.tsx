// The choices under the text: an optional content warning, and "Post anonymously".
import { fieldA11y } from "../../api/fieldErrors";
import type { Draft } from "../../drafts";
import { FieldError } from "../FieldError";

export function ContentWarningField({
  id,
  value,
  problem,
  onChange,
}: {
  id: string;
  value: string;
  /** What is not right with it, in plain words. */
  problem?: string;
  onChange(value: string): void;
}) {
  return (
    <>
      <label htmlFor={`${id}-cw`}>Content warning (optional)</label>
      <input
        id={`${id}-cw`}
        value={value}
        {...fieldA11y(`${id}-cw-error`, problem, `${id}-cw-hint`)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={`${id}-cw-error`} message={problem} />
      <p id={`${id}-cw-hint`} className="hint">
        For hard topics, e.g. “pregnancy loss” or “birth trauma”. Readers see this first and
        choose whether to open the thread.
      </p>
    </>
  );
}

export function AnonymousOption({
  id,
  draft,
  ownAnonymousThread = false,
  onChange,
}: {
  id: string;
  draft: Draft;
  /** A reply in a thread the writer started anonymously: anonymous unless they untick it. */
  ownAnonymousThread?: boolean;
  onChange(anonymous: boolean): void;
}) {
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.anonymous}
          aria-describedby={`${id}-anonymous-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        Post anonymously
      </label>
      <p id={`${id}-anonymous-hint`} className="hint">
        {ownAnonymousThread
          ? "You started this thread anonymously, so your replies here are anonymous too: others see “Anonymous (original poster)”."
          : "Other members see “Anonymous” instead of your name."}{" "}
        You and the moderators can still see who wrote it.
      </p>
    </>
  );
}

/** "Replying to post #N", with a way to stop. */
export function ReplyingTo({ number, onRemove }: { number: number; onRemove(): void }) {
  return (
    <p className="replying-to">
      Replying to <a href={`#post-${number}`}>post #{number}</a>
      <button
        type="button"
        className="link-button"
        onClick={onRemove}
        aria-label={`Stop replying to post #${number}`}
      >
        Remove
      </button>
    </p>
  );
}
