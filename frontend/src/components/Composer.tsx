// The composer: Markdown with a Write/Preview toggle, "Post anonymously", an optional
// content warning, and a draft saved on this device on every keystroke.
//
// Problems are said next to their field in plain words (checked here first, then whatever
// the server finds); nothing typed or pasted is ever cut, a counter says how long it may be.
// A 429 counts down to when posting is possible again.
//
// The preview is HTML rendered and sanitised by the server (POST /render).
import { useEffect, useId, useImperativeHandle, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent, ReactNode, Ref } from "react";

import { idempotencyKey } from "../api/client";
import { fieldA11y, fieldProblems, focusFirstInvalid, type FieldMessages } from "../api/fieldErrors";
import { ApiError } from "../api/problem";
import { attemptKey, type Draft, type DraftReplyTo } from "../drafts";
import { CharacterCount } from "./composer/CharacterCount";
import { AnonymousOption, ContentWarningField, ReplyingTo } from "./composer/ComposerOptions";
import { ComposerPreview } from "./composer/ComposerPreview";
import { ComposerToolbar, type Mode } from "./composer/ComposerToolbar";
import { RateLimitNotice } from "./composer/RateLimitNotice";
import { UnmaskDialog } from "./composer/UnmaskDialog";
import { useCountdown } from "./composer/useCountdown";
import { useDraft } from "./composer/useDraft";
import { usePreview } from "./composer/usePreview";
import { FieldError } from "./FieldError";
import { ErrorMessage } from "./Status";
import "../styles/member.css";

export const MAX_BODY_CHARS = 20_000;
export const MAX_CONTENT_WARNING_CHARS = 200;

/** The fields of a draft, as the API names them (what a 422's `loc` points at). */
export type DraftField = "category" | "title" | "body" | "content_warning";

const DRAFT_FIELDS: Partial<Record<keyof Draft, DraftField>> = {
  category: "category",
  title: "title",
  body: "body",
  contentWarning: "content_warning",
};

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
  /**
   * A reply in a thread the writer started anonymously: "Post anonymously" explains that
   * replies are anonymous there, and posting with it unticked asks first, naming the name.
   */
  ownAnonymousThread?: { displayName: string } | null;
  /** Offer a content warning (default false). */
  contentWarningOption?: boolean;
  /**
   * The id of a notice saying why nothing can be posted now (a suspension): the writer may
   * keep writing (the draft is saved), the submit button is disabled and described by it.
   */
  blockedBy?: string;
  /**
   * Extra fields above the text (title, category), saved in the same draft; `problems` has
   * the plain-words message of each field that is not right. An invalid field carries
   * aria-invalid="true" (fieldA11y), which is how the composer finds it to focus it.
   */
  fields?(draft: Draft, update: (patch: Partial<Draft>) => void, problems: FieldMessages<DraftField>): ReactNode;
  /** Checks of the extra fields before anything is sent: a message per field that is not right. */
  validate?(draft: Draft): FieldMessages<DraftField>;
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
  ownAnonymousThread = null,
  contentWarningOption = false,
  blockedBy,
  fields,
  validate,
  onSubmit,
  onCancel,
  ref,
}: ComposerProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { draft, saved, update, reset } = useDraft(draftKey, initial, overrides);
  const [mode, setMode] = useState<Mode>("write");
  const preview = usePreview();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<FieldMessages<DraftField>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [confirmingName, setConfirmingName] = useState(false);
  const wait = useCountdown();
  const [waited, setWaited] = useState<number | null>(null);

  // After problems were shown: the first field that is not right gets the focus.
  useEffect(() => {
    if (!focusRequest) return;
    focusFirstInvalid(formRef.current);
  }, [focusRequest]);

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

  /** Changes the draft; a field that changes drops its problem (it may be right now). */
  function change(patch: Partial<Draft>) {
    update(patch);
    const touched = Object.keys(patch).map((key) => DRAFT_FIELDS[key as keyof Draft]);
    if (touched.some((field) => field && problems[field])) {
      setProblems((current) => {
        const next = { ...current };
        for (const field of touched) if (field) delete next[field];
        return next;
      });
    }
  }

  useImperativeHandle(ref, () => ({
    quote(excerpt, replyTo) {
      setMode("write");
      const before = draft.body.trimEnd();
      change({ body: `${before ? `${before}\n\n` : ""}${excerpt}\n\n`, replyTo });
      focusText(true);
    },
    focus() {
      focusText();
    },
  }));

  function check(): FieldMessages<DraftField> {
    const found: FieldMessages<DraftField> = { ...validate?.(draft) };
    if (!draft.body.trim()) {
      found.body = "Write something first: the message is empty.";
    } else if (draft.body.length > MAX_BODY_CHARS) {
      found.body = tooLong(label, draft.body.length, MAX_BODY_CHARS);
    }
    if (contentWarningOption && draft.contentWarning.trim().length > MAX_CONTENT_WARNING_CHARS) {
      const length = draft.contentWarning.trim().length;
      found.content_warning = tooLong("The content warning", length, MAX_CONTENT_WARNING_CHARS);
    }
    return found;
  }

  function showProblems(found: FieldMessages<DraftField>) {
    setProblems(found);
    if (found.body) setMode("write");
    // The focus moves once the fields show their messages (and the text box is back).
    setTimeout(() => setFocusRequest((count) => count + 1));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || wait.remaining > 0 || blockedBy) return;
    setError(null);
    const found = check();
    if (Object.keys(found).length) {
      showProblems(found);
      return;
    }
    setProblems({});
    if (ownAnonymousThread && anonymousOption && !draft.anonymous) {
      setConfirmingName(true);
      return;
    }
    await send();
  }

  async function send() {
    const key = attemptKey(draftKey, draft, idempotencyKey);
    setBusy(true);
    setWaited(null);
    try {
      await onSubmit(draft, key);
      reset();
      preview.forget();
      setMode("write");
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 429 && caught.retryAfter !== null) {
        wait.start(caught.retryAfter);
        setWaited(caught.retryAfter);
      } else {
        const sorted = fieldProblems(caught, {
          category: "Category",
          title: "Title",
          body: label,
          content_warning: "The content warning",
        });
        setError(sorted.rest);
        if (Object.keys(sorted.fields).length) showProblems(sorted.fields);
      }
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
    setProblems({});
    onCancel?.();
  }

  const textId = `${id}-text`;
  const previewId = `${id}-preview`;

  return (
    <form ref={formRef} className="composer" noValidate onSubmit={(event) => void submit(event)}>
      {fields?.(draft, change, problems)}

      {draft.replyTo && (
        <ReplyingTo number={draft.replyTo.number} onRemove={() => change({ replyTo: null })} />
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
        {...fieldA11y(`${id}-body-error`, problems.body, `${id}-md-hint`, `${id}-body-count`)}
        onChange={(event) => change({ body: event.target.value })}
        onKeyDown={onKeyDown}
      />
      <ComposerPreview id={previewId} shown={mode === "preview"} body={draft.body} state={preview} />
      <FieldError id={`${id}-body-error`} message={problems.body} />
      <div className="composer-hints">
        <p id={`${id}-md-hint`} className="hint">
          Markdown works: **bold**, _italic_, &gt; quote, - list.
        </p>
        <CharacterCount id={`${id}-body-count`} label={label} length={draft.body.length} max={MAX_BODY_CHARS} />
      </div>

      {contentWarningOption && (
        <ContentWarningField
          id={id}
          value={draft.contentWarning}
          problem={problems.content_warning}
          onChange={(contentWarning) => change({ contentWarning })}
        />
      )}

      {anonymousOption && (
        <AnonymousOption
          id={id}
          draft={draft}
          ownAnonymousThread={Boolean(ownAnonymousThread)}
          onChange={(anonymous) => change({ anonymous })}
        />
      )}

      <ErrorMessage error={error} />
      {waited !== null && <RateLimitNotice remaining={wait.remaining} waited={waited} />}

      <div className="actions">
        <button
          type="submit"
          disabled={busy || wait.remaining > 0}
          aria-disabled={blockedBy ? true : undefined}
          aria-describedby={blockedBy}
        >
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={cancel} disabled={busy}>
            Cancel
          </button>
        )}
        {saved && !busy && <span className="hint draft-note">Draft saved on this device.</span>}
      </div>

      {ownAnonymousThread && (
        <UnmaskDialog
          id={id}
          open={confirmingName}
          displayName={ownAnonymousThread.displayName}
          onConfirm={() => {
            setConfirmingName(false);
            void send();
          }}
          onKeepAnonymous={() => {
            setConfirmingName(false);
            change({ anonymous: true });
          }}
        />
      )}
    </form>
  );
}

/** "Title can be at most 200 characters — this one has 425." */
export function tooLong(label: string, length: number, max: number): string {
  return `${label} can be at most ${max.toLocaleString()} characters — this one has ${length.toLocaleString()}.`;
}
