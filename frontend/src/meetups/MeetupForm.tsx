// The meet-up form, to plan one or to change it: title, kind, start and end (typed in local
// time, sent with the UTC offset), area, venue, places, whether the host says yes to each
// answer, the group, and a description; the API's field problems next to their fields, and
// short safety advice beside it. There is no anonymous option: a meet-up has a real host.
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";

import { fieldA11y, fieldProblems, focusFirstInvalid, type FieldMessages } from "../api/fieldErrors";
import { FieldError } from "../components/FieldError";
import { ErrorMessage } from "../components/Status";
import { AreaField } from "../groups/AreaField";
import { useAction } from "../hooks/useAction";
import { KINDS, type MeetupKind } from "./meetups";
import { fromLocalInput } from "./time";

export interface MeetupFields {
  title: string;
  kind: MeetupKind | "";
  starts: string;
  ends: string;
  area: string;
  venue: string;
  capacity: string;
  requiresApproval: boolean;
  group: string;
  description: string;
}

export const EMPTY_FIELDS: MeetupFields = {
  title: "",
  kind: "",
  starts: "",
  ends: "",
  area: "",
  venue: "",
  capacity: "",
  requiresApproval: false,
  group: "",
  description: "",
};

/** The API's names of the fields, as the form labels them. */
const LABELS = {
  title: "Title",
  kind: "Kind",
  starts_at: "Starts",
  ends_at: "Ends",
  area: "Area",
  venue: "Venue",
  capacity: "Places",
  requires_approval: "Approval",
  group: "Group",
  description: "Description",
} as const;
type ApiField = keyof typeof LABELS;

/** What the form sends (the API's names and shapes), or the problems that stop it. */
export interface MeetupPayload {
  title: string;
  kind: MeetupKind;
  starts_at: string;
  ends_at: string | null;
  area: string;
  venue: string;
  capacity: number | null;
  requires_approval: boolean;
  group: string | null;
  description: string;
}

export function toPayload(
  fields: MeetupFields,
  now: number = Date.now(),
): { payload: MeetupPayload | null; problems: FieldMessages<ApiField> } {
  const problems: FieldMessages<ApiField> = {};
  const title = fields.title.trim();
  if (title.length < 3) problems.title = "Title needs at least 3 characters.";
  if (!fields.kind) problems.kind = "Choose what kind of meet-up it is.";
  const startsAt = fromLocalInput(fields.starts);
  if (!startsAt) problems.starts_at = "Choose the day and time it starts.";
  else if (new Date(startsAt).getTime() <= now) problems.starts_at = "It has to start in the future.";
  const endsAt = fields.ends ? fromLocalInput(fields.ends) : null;
  if (fields.ends && !endsAt) problems.ends_at = "Ends isn't a date and time we can read.";
  else if (endsAt && startsAt && new Date(endsAt) <= new Date(startsAt)) problems.ends_at = "It has to end after it starts.";
  const area = fields.area.trim();
  if (area.length < 2) problems.area = "Area needs at least 2 characters, e.g. a town or neighbourhood.";
  const venue = fields.venue.trim();
  if (venue.length < 2) problems.venue = "Say where to meet: a café, a park gate, a library.";
  const capacity = fields.capacity.trim() ? Number(fields.capacity) : null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000)) {
    problems.capacity = "Places must be a whole number from 1 to 10,000, or empty for no limit.";
  }
  if (Object.keys(problems).length > 0) return { payload: null, problems };
  return {
    payload: {
      title,
      kind: fields.kind as MeetupKind,
      starts_at: startsAt!,
      ends_at: endsAt,
      area,
      venue,
      capacity,
      requires_approval: fields.requiresApproval,
      group: fields.group || null,
      description: fields.description,
    },
    problems,
  };
}

export function MeetupForm({
  initial,
  submitLabel,
  busyLabel,
  groupChoice,
  onSubmit,
}: {
  initial: MeetupFields;
  submitLabel: string;
  busyLabel: string;
  /** The group field (creation only: a meet-up stays in its group). */
  groupChoice?: (value: string, onChange: (slug: string) => void) => ReactNode;
  onSubmit(payload: MeetupPayload): Promise<void>;
}) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState(initial);
  const [checked, setChecked] = useState<FieldMessages<ApiField>>({});
  const action = useAction();
  const fromServer = fieldProblems(action.error, LABELS);
  const problems: FieldMessages<ApiField> = { ...fromServer.fields, ...checked };

  function set<K extends keyof MeetupFields>(name: K, value: MeetupFields[K]) {
    setFields((current) => ({ ...current, [name]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { payload, problems: found } = toPayload(fields);
    setChecked(found);
    if (!payload) {
      action.setError(null);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    await action.run(() => onSubmit(payload));
    requestAnimationFrame(() => focusFirstInvalid(form.current));
  }

  const field = (name: ApiField, ...hints: (string | false)[]) => fieldA11y(`${id}-${name}-error`, problems[name], ...hints);

  return (
    <div className="meetup-form-layout">
      <aside className="notice safety-advice" aria-labelledby={`${id}-safety`}>
        <h2 id={`${id}-safety`}>Meeting safely</h2>
        <ul>
          <li>Meet in a public place first.</li>
          <li>Tell someone where you’re going.</li>
          <li>The exact place is shown only to signed-in members.</li>
        </ul>
      </aside>
      <form ref={form} className="meetup-form" noValidate onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          required
          maxLength={200}
          value={fields.title}
          placeholder="e.g. Thursday playgroup at the library"
          {...field("title")}
          onChange={(event) => set("title", event.target.value)}
        />
        <FieldError id={`${id}-title-error`} message={problems.title} />

        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} required value={fields.kind} {...field("kind")} onChange={(event) => set("kind", event.target.value as MeetupKind)}>
          {!fields.kind && <option value="">Choose a kind</option>}
          {KINDS.map((kind) => (
            <option key={kind.value} value={kind.value}>
              {kind.label}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-kind-error`} message={problems.kind} />

        <div className="meetup-times">
          <div>
            <label htmlFor={`${id}-starts`}>Starts</label>
            <input
              id={`${id}-starts`}
              type="datetime-local"
              required
              value={fields.starts}
              {...field("starts_at", `${id}-zone`)}
              onChange={(event) => set("starts", event.target.value)}
            />
            <FieldError id={`${id}-starts_at-error`} message={problems.starts_at} />
          </div>
          <div>
            <label htmlFor={`${id}-ends`}>Ends (optional)</label>
            <input
              id={`${id}-ends`}
              type="datetime-local"
              value={fields.ends}
              min={fields.starts || undefined}
              {...field("ends_at", `${id}-zone`)}
              onChange={(event) => set("ends", event.target.value)}
            />
            <FieldError id={`${id}-ends_at-error`} message={problems.ends_at} />
          </div>
        </div>
        <p className="hint" id={`${id}-zone`}>
          In your time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}). Everyone sees it in theirs.
        </p>

        <label htmlFor={`${id}-area`}>Area</label>
        <AreaField
          id={`${id}-area`}
          required
          maxLength={80}
          value={fields.area}
          placeholder="e.g. Leeds North"
          {...field("area", `${id}-area-hint`)}
          onChange={(value) => set("area", value)}
        />
        <FieldError id={`${id}-area-error`} message={problems.area} />
        <p className="hint" id={`${id}-area-hint`}>
          The town or neighbourhood: everyone sees it, visitors too.
        </p>

        <label htmlFor={`${id}-venue`}>Venue</label>
        <input
          id={`${id}-venue`}
          required
          maxLength={300}
          value={fields.venue}
          placeholder="e.g. Café Rosa, 12 High Street"
          {...field("venue", `${id}-venue-hint`)}
          onChange={(event) => set("venue", event.target.value)}
        />
        <FieldError id={`${id}-venue-error`} message={problems.venue} />
        <p className="hint" id={`${id}-venue-hint`}>
          The exact place, shown only to signed-in members.
        </p>

        <label htmlFor={`${id}-capacity`}>Places (optional)</label>
        <input
          id={`${id}-capacity`}
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          value={fields.capacity}
          {...field("capacity", `${id}-capacity-hint`)}
          onChange={(event) => set("capacity", event.target.value)}
        />
        <FieldError id={`${id}-capacity-error`} message={problems.capacity} />
        <p className="hint" id={`${id}-capacity-hint`}>
          Leave empty for no limit. When it is full, others join a waitlist and move up if someone drops out.
        </p>

        <label className="checkbox">
          <input
            type="checkbox"
            checked={fields.requiresApproval}
            onChange={(event) => set("requiresApproval", event.target.checked)}
          />
          I’ll say yes to each person who wants to come
        </label>

        {groupChoice?.(fields.group, (slug) => set("group", slug))}

        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          maxLength={5000}
          value={fields.description}
          placeholder="What to expect, what to bring, how to find you."
          {...field("description")}
          onChange={(event) => set("description", event.target.value)}
        />
        <FieldError id={`${id}-description-error`} message={problems.description} />

        <ErrorMessage error={fromServer.rest} />
        <div className="actions">
          <button type="submit" disabled={action.busy}>
            {action.busy ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
