// The composer: Markdown with a Write/Preview toggle, "Post anonymously", an optional
// content warning, and a draft saved on this device on every keystroke.
//
// The preview is HTML rendered and sanitised by the server (POST /render): the only HTML this
// app ever inserts into a page.
import { useId, useImperativeHandle, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent, ReactNode, Ref } from "react";

import { idempotencyKey } from "../api/client";
import { attemptKey, type Draft, type DraftReplyTo } from "../drafts";
import { AnonymousOption, ContentWarningField, ReplyingTo } from "./composer/ComposerOptions";
import { ComposerPreview } from "./composer/ComposerPreview";
import { ComposerToolbar, type Mode } from "./composer/ComposerToolbar";
import { useDraft } from "./composer/useDraft";
import { usePreview } from "./composer/usePreview";
import { ErrorMessage } from "./Status";
import "../styles/member.css";

export const MAX_BODY_CHARS = 20_000;

export interface ComposerHandle {
  /** Starts a reply quoting a post (added after anything already typed) and focuses it. */
  quote(excerpt: string, replyTo: DraftReplyTo): void;
  focus(): void;
}

export interface ComposerProps {
  /** Where the draft lives in localStorage, e.g. draftKeys.reply(me.id, threadId). */
  draftKey: string;
  /** The label of the text box, e.g. "Your reply". */
  label: string;
  submitLabel: string;
  busyLabel?: string;
  /** The starting values when there is no saved draft. */
  initial?: Partial<Draft>;
  /** Values that win over a saved draft (e.g. the category of the link that was followed). */
  overrides?: Partial<Draft>;
  /** Offer "Post anonymously" (default true). */
  anonymousOption?: boolean;
  /** Offer a content warning (default false). */
  contentWarningOption?: boolean;
  /** Extra fields above the text (title, category), saved in the same draft. */
  fields?(draft: Draft, update: (patch: Partial<Draft>) => void): ReactNode;
  /** Sends the draft; throws on failure (the draft is then kept and the error shown). */
  onSubmit(draft: Draft, idempotencyKey: string): Promise<void>;
  /** Offers a Cancel button; the draft is discarded. */
  onCancel?(): void;
  ref?: Ref<ComposerHandle>;
}

export function Composer({
  draftKey,
  label,
  submitLabel,
  busyLabel = "Posting…",
  initial,
  overrides,
  anonymousOption = true,
  contentWarningOption = false,
  fields,
  onSubmit,
  onCancel,
  ref,
}: ComposerProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { draft, saved, update, reset } = useDraft(draftKey, initial, overrides);
  const [mode, setMode] = useState<Mode>("write");
  const preview = usePreview();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function focusText(atEnd = false) {
    // After React has shown the textarea again (it is hidden while previewing).
    setTimeout(() => {
      const text = textRef.current;
      if (!text) return;
      text.focus();
      if (atEnd) text.setSelectionRange(text.value.length, text.value.length);
      text.scrollIntoView?.({ block: "center" });
    });
  }

  useImperativeHandle(ref, () => ({
    quote(excerpt, replyTo) {
      setMode("write");
      const before = draft.body.trimEnd();
      update({ body: `${before ? `${before}\n\n` : ""}${excerpt}\n\n`, replyTo });
      focusText(true);
    },
    focus() {
      focusText();
    },
  }));

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    if (!draft.body.trim()) {
      setMode("write");
      setError(new Error("Write something first: the message is empty."));
      focusText();
      return;
    }
    setError(null);
    const key = attemptKey(draftKey, draft, idempotencyKey);
    setBusy(true);
    try {
      await onSubmit(draft, key);
      reset();
      preview.forget();
      setMode("write");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  function cancel() {
    reset();
    onCancel?.();
  }

  const textId = `${id}-text`;
  const previewId = `${id}-preview`;
  const near = draft.body.length > MAX_BODY_CHARS * 0.9;

  return (
    <form className="composer" onSubmit={(event) => void submit(event)}>
      {fields?.(draft, update)}

      {draft.replyTo && (
        <ReplyingTo number={draft.replyTo.number} onRemove={() => update({ replyTo: null })} />
      )}

      <ComposerToolbar
        label={label}
        textId={textId}
        previewId={previewId}
        mode={mode}
        onWrite={() => {
          setMode("write");
          focusText();
        }}
        onPreview={() => {
          setMode("preview");
          void preview.render(draft.body);
        }}
      />

      <textarea
        id={textId}
        ref={textRef}
        hidden={mode !== "write"}
        value={draft.body}
        maxLength={MAX_BODY_CHARS}
        aria-describedby={`${id}-md-hint`}
        onChange={(event) => update({ body: event.target.value })}
        onKeyDown={onKeyDown}
      />
      <ComposerPreview id={previewId} shown={mode === "preview"} state={preview} />
      <p id={`${id}-md-hint`} className="hint">
        Markdown works: **bold**, _italic_, &gt; quote, - list.{" "}
        {near && (
          <span>
            {draft.body.length.toLocaleString()} of {MAX_BODY_CHARS.toLocaleString()} characters.
          </span>
        )}
      </p>

      {contentWarningOption && (
        <ContentWarningField
          id={id}
          value={draft.contentWarning}
          onChange={(contentWarning) => update({ contentWarning })}
        />
      )}

      {anonymousOption && (
        <AnonymousOption id={id} draft={draft} onChange={(anonymous) => update({ anonymous })} />
      )}

      <ErrorMessage error={error} />

      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={cancel} disabled={busy}>
            Cancel
          </button>
        )}
        {saved && !busy && <span className="hint draft-note">Draft saved on this device.</span>}
      </div>
    </form>
  );
}
