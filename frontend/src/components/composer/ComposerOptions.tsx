// The choices under the text: an optional content warning, and "Post anonymously".
import type { Draft } from "../../drafts";

export function ContentWarningField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <>
      <label htmlFor={`${id}-cw`}>Content warning (optional)</label>
      <input
        id={`${id}-cw`}
        value={value}
        maxLength={200}
        aria-describedby={`${id}-cw-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
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
  onChange,
}: {
  id: string;
  draft: Draft;
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
        Other members see “Anonymous” instead of your name. You and the moderators can still
        see who wrote it.
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
