// The composer: Markdown with a Write/Preview toggle, "Post anonymously", an optional
// content warning, and a draft saved on this device on every keystroke.
//
// The preview is HTML rendered and sanitised by the server (POST /render): the only HTML this
// app ever inserts into a page.
import { useId, useImperativeHandle, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent, ReactNode, Ref } from "react";

import { api, call, idempotencyKey } from "../api/client";
import {
  attemptKey,
  clearDraft,
  EMPTY_DRAFT,
  isEmptyDraft,
  loadDraft,
  saveDraft,
  type Draft,
  type DraftReplyTo,
} from "../drafts";
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

type Mode = "write" | "preview";

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
  const [draft, setDraft] = useState<Draft>(() => ({
    ...(loadDraft(draftKey) ?? { ...EMPTY_DRAFT, ...initial }),
    ...overrides,
  }));
  // Whether a draft is kept on this device (not just the starting values shown).
  const [saved, setSaved] = useState(() => loadDraft(draftKey) !== null);
  const [mode, setMode] = useState<Mode>("write");
  const [preview, setPreview] = useState<{ body: string; html: string } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function update(patch: Partial<Draft>) {
    const next = { ...draft, ...patch };
    saveDraft(draftKey, next);
    setSaved(!isEmptyDraft(next));
    setDraft(next);
  }

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

  async function showPreview() {
    setMode("preview");
    if (preview?.body === draft.body) return;
    if (!draft.body.trim()) {
      setPreview({ body: draft.body, html: "" });
      return;
    }
    setPreviewing(true);
    setPreviewError(null);
    try {
      const rendered = await call(api.POST("/api/v1/render", { body: { body: draft.body } }));
      setPreview({ body: draft.body, html: rendered.html });
    } catch (caught) {
      setPreviewError(caught);
    } finally {
      setPreviewing(false);
    }
  }

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
      clearDraft(draftKey);
      setSaved(false);
      setDraft({ ...EMPTY_DRAFT, ...initial, ...overrides });
      setPreview(null);
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
    clearDraft(draftKey);
    onCancel?.();
  }

  const textId = `${id}-text`;
  const anonymousHintId = `${id}-anonymous-hint`;
  const cwHintId = `${id}-cw-hint`;
  const previewId = `${id}-preview`;
  const near = draft.body.length > MAX_BODY_CHARS * 0.9;

  return (
    <form className="composer" onSubmit={(event) => void submit(event)}>
      {fields?.(draft, update)}

      {draft.replyTo && (
        <p className="replying-to">
          Replying to <a href={`#post-${draft.replyTo.number}`}>post #{draft.replyTo.number}</a>
          <button
            type="button"
            className="link-button"
            onClick={() => update({ replyTo: null })}
            aria-label={`Stop replying to post #${draft.replyTo.number}`}
          >
            Remove
          </button>
        </p>
      )}

      <div className="composer-head">
        <label htmlFor={textId} className="composer-label">
          {label}
        </label>
        <div className="mode-toggle" role="group" aria-label="Composer view">
          <button
            type="button"
            className="secondary"
            aria-pressed={mode === "write"}
            onClick={() => {
              setMode("write");
              focusText();
            }}
          >
            Write
          </button>
          <button
            type="button"
            className="secondary"
            aria-pressed={mode === "preview"}
            aria-controls={previewId}
            onClick={() => void showPreview()}
          >
            Preview
          </button>
        </div>
      </div>

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
      <div
        id={previewId}
        className="composer-preview"
        role="region"
        aria-label="Preview"
        aria-live="polite"
        hidden={mode !== "preview"}
      >
        {mode === "preview" && (
          <>
            {previewing && <p className="status">Rendering preview…</p>}
            <ErrorMessage error={previewError} />
            {!previewing && !previewError && preview && !preview.html && (
              <p className="status">Nothing to preview yet.</p>
            )}
            {!previewing && preview?.html && (
              // Server-rendered, sanitised HTML (POST /render): the only HTML ever inserted.
              <div className="post-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
            )}
          </>
        )}
      </div>
      <p id={`${id}-md-hint`} className="hint">
        Markdown works: **bold**, _italic_, &gt; quote, - list.{" "}
        {near && (
          <span>
            {draft.body.length.toLocaleString()} of {MAX_BODY_CHARS.toLocaleString()} characters.
          </span>
        )}
      </p>

      {contentWarningOption && (
        <>
          <label htmlFor={`${id}-cw`}>Content warning (optional)</label>
          <input
            id={`${id}-cw`}
            value={draft.contentWarning}
            maxLength={200}
            aria-describedby={cwHintId}
            onChange={(event) => update({ contentWarning: event.target.value })}
          />
          <p id={cwHintId} className="hint">
            For hard topics, e.g. “pregnancy loss” or “birth trauma”. Readers see this first and
            choose whether to open the thread.
          </p>
        </>
      )}

      {anonymousOption && (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.anonymous}
              aria-describedby={anonymousHintId}
              onChange={(event) => update({ anonymous: event.target.checked })}
            />
            Post anonymously
          </label>
          <p id={anonymousHintId} className="hint">
            Other members see “Anonymous” instead of your name. You and the moderators can still
            see who wrote it.
          </p>
        </>
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
