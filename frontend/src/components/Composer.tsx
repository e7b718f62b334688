// The composer: Markdown with a Write/Preview toggle, "Post anonymously", an optional
// content warning, and a draft saved on this device on every keystroke.
//
// Problems are said next to their field in plain words (checked here first, then whatever
// the server finds); nothing typed or pasted is ever cut, a counter says how long it may be.
// A 429 counts down to when posting is possible again.
//
// The preview is HTML rendered and sanitised by the server (POST /render).
import { useId, useImperativeHandle, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent, ReactNode, Ref } from "react";

import { idempotencyKey } from "../api/client";
import { fieldA11y } from "../api/fieldErrors";
import { attemptKey, type Draft, type DraftReplyTo } from "../drafts";
import { CharacterCount } from "./composer/CharacterCount";
import { checkMessage, fieldLabels, MAX_BODY_CHARS, type DraftProblems } from "./composer/checks";
import { AnonymousOption, ContentWarningField, ReplyingTo } from "./composer/ComposerOptions";
import { ComposerPreview } from "./composer/ComposerPreview";
import { ComposerToolbar, type Mode } from "./composer/ComposerToolbar";
import { useMentionAutocomplete } from "./composer/MentionAutocomplete";
import { RateLimitNotice } from "./composer/RateLimitNotice";
import { UnmaskDialog } from "./composer/UnmaskDialog";
import { useDraft } from "./composer/useDraft";
import { useFieldProblems } from "./composer/useFieldProblems";
import { usePreview } from "./composer/usePreview";
import { useSubmission } from "./composer/useSubmission";
import { FieldError } from "./FieldError";
import { ErrorMessage } from "./Status";
import "../styles/member.css";

export interface ComposerHandle {
  /** Starts a reply quoting a post (added after anything already typed) and focuses it. */
  quote(excerpt: string, replyTo: DraftReplyTo): void;
  /** Adds text after anything already typed (a [quote] block) and focuses it. */
  insert(text: string): void;
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
  fields?(draft: Draft, update: (patch: Partial<Draft>) => void, problems: DraftProblems): ReactNode;
  /** Checks of the extra fields before anything is sent: a message per field that is not right. */
  validate?(draft: Draft): DraftProblems;
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
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { draft, saved, update, reset } = useDraft(draftKey, initial, overrides);
  const [mode, setMode] = useState<Mode>("write");
  const preview = usePreview();
  const fieldProblems = useFieldProblems();
  const { problems } = fieldProblems;
  const submission = useSubmission(fieldLabels(label), showProblems);
  const { busy, error, remaining } = submission;
  const [confirmingName, setConfirmingName] = useState(false);
  const mention = useMentionAutocomplete({ textRef, value: draft.body, onChange: (body) => change({ body }) });

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

  function change(patch: Partial<Draft>) {
    update(patch);
    fieldProblems.changed(patch);
  }

  function showProblems(found: DraftProblems) {
    if (found.body) setMode("write");
    fieldProblems.show(found);
  }

  useImperativeHandle(ref, () => ({
    quote(excerpt, replyTo) {
      setMode("write");
      const before = draft.body.trimEnd();
      change({ body: `${before ? `${before}\n\n` : ""}${excerpt}\n\n`, replyTo });
      focusText(true);
    },
    insert(text) {
      setMode("write");
      const before = draft.body.trimEnd();
      change({ body: `${before ? `${before}\n\n` : ""}${text}` });
      focusText(true);
    },
    focus() {
      focusText();
    },
  }));

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy || remaining > 0 || blockedBy) return;
    submission.setError(null);
    const found = { ...validate?.(draft), ...checkMessage(draft, label, contentWarningOption) };
    if (Object.keys(found).length) {
      showProblems(found);
      return;
    }
    fieldProblems.clear();
    if (ownAnonymousThread && anonymousOption && !draft.anonymous) {
      setConfirmingName(true);
      return;
    }
    await send();
  }

  async function send() {
    const key = attemptKey(draftKey, draft, idempotencyKey);
    const sent = await submission.send(() => onSubmit(draft, key));
    if (!sent) return;
    reset();
    preview.forget();
    setMode("write");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (mention.onKeyDown(event)) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  function cancel() {
    reset();
    fieldProblems.clear();
    onCancel?.();
  }

  const textId = `${id}-text`;
  const previewId = `${id}-preview`;

  return (
    <form ref={fieldProblems.formRef} className="composer" noValidate onSubmit={(event) => void submit(event)}>
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
        {...mention.inputProps}
      />
      {mode === "write" && mention.popup}
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
      {submission.waited !== null && <RateLimitNotice remaining={remaining} waited={submission.waited} />}

      <div className="actions">
        <button
          type="submit"
          disabled={busy || remaining > 0}
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
