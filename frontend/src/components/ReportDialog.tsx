// "Report" on someone else's post (or a meet-up: ReportMeetupDialog): a reason, an optional
// note (required for "other"), sent to the moderators as a flag. The post then carries the reader's report (my_flag), so it stays
// "Reported" after a reload. The attempt's Idempotency-Key waits in localStorage
// (`report:<post id>:attempt`) until the report is through; signing out clears it.
import { useId, useRef, useState } from "react";
import type { FormEvent } from "react";

import { api, call, idempotencyKey, type Schemas } from "../api/client";
import { ApiError } from "../api/problem";
import { attemptKey, clearDraft } from "../drafts";
import { Dialog } from "./Dialog";
import { ErrorMessage } from "./Status";
import "../styles/member.css";

type FlagReason = Schemas["FlagReason"];
type MyFlag = Schemas["MyFlagRead"];

export const REPORT_REASONS: { value: FlagReason; label: string; hint: string }[] = [
  { value: "spam", label: "Spam or advertising", hint: "Selling something, or posted to many places." },
  { value: "abusive", label: "Abusive or unkind", hint: "Insults, harassment or hate." },
  { value: "off_topic", label: "Off topic", hint: "In the wrong place, or derails the thread." },
  {
    value: "safety",
    label: "Someone may be at risk",
    hint: "A child or parent may be in danger. Moderators see these first.",
  },
  { value: "other", label: "Something else", hint: "Please tell the moderators what is wrong." },
];

interface ReportDialogProps {
  postId: number;
  postNumber: number;
  open: boolean;
  onClose(): void;
  /** Called after the report was accepted (or found to have been sent before). */
  onReported?(flag: MyFlag): void;
}

/** What is reported, and how: a post, or a meet-up (the same reasons, the same queue). */
interface ReportTarget {
  /** The heading's id and the attempt's localStorage scope. */
  scope: string;
  /** "post #4", "this meet-up". */
  name: string;
  /** Who is not told: "author", "host". */
  owner: string;
  send(body: { reason: FlagReason; note: string | null }, key: string): Promise<MyFlag>;
  /** The report sent before (another tab, another device), if it can be known. */
  existing(): Promise<MyFlag | null>;
}

export function ReportDialog({ postId, postNumber, open, onClose, onReported }: ReportDialogProps) {
  const target: ReportTarget = {
    scope: `report:${postId}`,
    name: `post #${postNumber}`,
    owner: "author",
    send: (body, key) =>
      call(
        api.POST("/api/v1/posts/{post_id}/flags", {
          params: { path: { post_id: postId }, header: { "Idempotency-Key": key } },
          body,
        }),
      ),
    existing: async () =>
      (await call(api.GET("/api/v1/posts/{post_id}", { params: { path: { post_id: postId } } })).catch(() => null))
        ?.my_flag ?? null,
  };
  return (
    <Dialog open={open} onClose={onClose} labelledBy={`report-title-${postId}`}>
      {open && <ReportForm target={target} titleId={`report-title-${postId}`} onClose={onClose} onReported={onReported} />}
    </Dialog>
  );
}

/** "Report" on a meet-up: POST /meetups/{id}/flags, into the moderators' same queue. */
export function ReportMeetupDialog({
  meetupId,
  open,
  onClose,
}: {
  meetupId: number;
  open: boolean;
  onClose(): void;
}) {
  const target: ReportTarget = {
    scope: `report-meetup:${meetupId}`,
    name: "this meet-up",
    owner: "host",
    send: (body, key) =>
      call(
        api.POST("/api/v1/meetups/{meetup_id}/flags", {
          params: { path: { meetup_id: meetupId }, header: { "Idempotency-Key": key } },
          body,
        }),
      ),
    existing: () => Promise.resolve(null),
  };
  const titleId = `report-meetup-title-${meetupId}`;
  return (
    <Dialog open={open} onClose={onClose} labelledBy={titleId}>
      {open && <ReportForm target={target} titleId={titleId} onClose={onClose} />}
    </Dialog>
  );
}

function ReportForm({
  target,
  titleId,
  onClose,
  onReported,
}: {
  target: ReportTarget;
  titleId: string;
  onClose(): void;
  onReported?(flag: MyFlag): void;
}) {
  const id = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<"sent" | "already" | null>(null);
  const attemptScope = target.scope;

  const noteRequired = reason === "other";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!reason) {
      setProblem("Choose a reason for your report.");
      return;
    }
    if (noteRequired && !note.trim()) {
      setProblem("Please add a note: tell the moderators what is wrong.");
      noteRef.current?.focus();
      return;
    }
    setProblem(null);
    const body = { reason, note: note.trim() ? note.trim() : null };
    const key = attemptKey(attemptScope, body, idempotencyKey);
    setBusy(true);
    try {
      const flag = await target.send(body, key);
      clearDraft(attemptScope);
      setDone("sent");
      onReported?.({ id: flag.id, reason: flag.reason, status: flag.status });
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.kind === "already-flagged")) {
        setError(caught);
        return;
      }
      // Sent before (another tab, another device): nothing went wrong, say so calmly, and
      // fetch the post to learn the report it already carries.
      clearDraft(attemptScope);
      setDone("already");
      const flag = await target.existing();
      if (flag) onReported?.(flag);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="dialog-body">
        <h2 id={titleId}>Report {target.name}</h2>
        <p role="status">
          {done === "sent"
            ? `Thank you. Your report about ${target.name} was sent, and a moderator will take a look.`
            : `You reported ${target.name} already, and a moderator will take a look. Thank you.`}
        </p>
        <div className="actions">
          <button type="button" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="dialog-body" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={titleId}>Report {target.name}</h2>
      <p className="hint">Reports go to the moderators only. The {target.owner} is not told who sent it.</p>
      <fieldset className="choices">
        <legend>Why are you reporting it?</legend>
        {REPORT_REASONS.map((item) => (
          <div key={item.value} className="choice">
            <input
              id={`${id}-${item.value}`}
              type="radio"
              name={`${id}-reason`}
              value={item.value}
              checked={reason === item.value}
              onChange={() => {
                setReason(item.value);
                setProblem(null);
              }}
              aria-describedby={`${id}-${item.value}-hint`}
            />
            <div>
              <label htmlFor={`${id}-${item.value}`} className="choice-label">
                {item.label}
              </label>
              <p id={`${id}-${item.value}-hint`} className="hint choice-hint">
                {item.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>
        {noteRequired ? "Note for the moderators (required)" : "Note for the moderators (optional)"}
      </label>
      <textarea
        id={`${id}-note`}
        ref={noteRef}
        className="short"
        maxLength={500}
        required={noteRequired}
        aria-required={noteRequired}
        aria-invalid={problem !== null && noteRequired && !note.trim()}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Sending…" : "Send report"}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
