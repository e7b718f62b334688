// "Start a group": a name, the area it meets in, what it is about, and (optionally) its web
// address. The member who starts it is its first member; she lands on its page.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";

import { api, call, idempotencyKey } from "../api/client";
import { fieldA11y, fieldProblems, focusFirstInvalid } from "../api/fieldErrors";
import { ApiError } from "../api/problem";
import { FieldError } from "../components/FieldError";
import { ErrorMessage } from "../components/Status";
import { attemptKey, clearDraft } from "../drafts";
import { useAction } from "../hooks/useAction";
import { rememberArea } from "../meetups/area";
import { AreaField } from "./AreaField";

const LABELS = { name: "Name", area: "Area", description: "What the group is about", slug: "Web address" };
const ATTEMPT = "group:new";

/** What is checked before anything is sent. */
type Checks = { name?: string; area?: string };

export function NewGroupForm({ area: initialArea }: { area: string }) {
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [area, setArea] = useState(initialArea);
  const [description, setDescription] = useState("");
  const [slug, setSlug] = useState("");
  const [checks, setChecks] = useState<Checks>({});
  const { busy, error, setError, run } = useAction();

  const taken = error instanceof ApiError && error.status === 409;
  const problems = fieldProblems(taken ? null : error, LABELS);
  const fields = { ...problems.fields, ...checks };
  const { rest } = problems;
  const slugProblem = taken ? "That web address is taken: choose another, or leave it empty." : fields.slug;

  async function create(event: FormEvent) {
    event.preventDefault();
    const body = {
      name: name.trim(),
      area: area.trim(),
      description: description.trim(),
      ...(slug.trim() ? { slug: slug.trim().toLowerCase() } : {}),
    };
    const found: Checks = {};
    if (body.name.length < 3) found.name = "Give the group a name of at least 3 characters.";
    if (body.area.length < 2) found.area = "Say where the group meets, for example Leeds North.";
    setChecks(found);
    if (found.name || found.area) {
      setError(null);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    await run(async () => {
      const key = attemptKey(ATTEMPT, body, idempotencyKey);
      try {
        const group = await call(api.POST("/api/v1/groups", { body, headers: { "Idempotency-Key": key } }));
        clearDraft(ATTEMPT);
        rememberArea(group.area);
        void client.invalidateQueries({ queryKey: ["get", "/api/v1/groups"] });
        navigate(`/groups/${group.slug}`);
      } catch (caught) {
        requestAnimationFrame(() => focusFirstInvalid(form.current));
        throw caught;
      }
    });
  }

  return (
    <form ref={form} className="new-group-form" noValidate onSubmit={(event) => void create(event)}>
      <label htmlFor={`${id}-name`}>{LABELS.name}</label>
      <input
        id={`${id}-name`}
        required
        maxLength={80}
        value={name}
        {...fieldA11y(`${id}-name-error`, fields.name, `${id}-name-hint`)}
        onChange={(event) => setName(event.target.value)}
      />
      <FieldError id={`${id}-name-error`} message={fields.name} />
      <p id={`${id}-name-hint`} className="hint">
        For example “Leeds North mums” or “Dads of Didsbury”.
      </p>

      <label htmlFor={`${id}-area`}>{LABELS.area}</label>
      <AreaField
        id={`${id}-area`}
        required
        maxLength={80}
        value={area}
        onChange={setArea}
        {...fieldA11y(`${id}-area-error`, fields.area, `${id}-area-hint`)}
      />
      <FieldError id={`${id}-area-error`} message={fields.area} />
      <p id={`${id}-area-hint`} className="hint">
        A town or a neighbourhood, so parents nearby find it. Never a home address.
      </p>

      <label htmlFor={`${id}-description`}>{LABELS.description} (optional)</label>
      <textarea
        id={`${id}-description`}
        maxLength={2000}
        value={description}
        {...fieldA11y(`${id}-description-error`, fields.description)}
        onChange={(event) => setDescription(event.target.value)}
      />
      <FieldError id={`${id}-description-error`} message={fields.description} />

      <label htmlFor={`${id}-slug`}>{LABELS.slug} (optional)</label>
      <input
        id={`${id}-slug`}
        maxLength={50}
        autoCapitalize="none"
        spellCheck={false}
        value={slug}
        {...fieldA11y(`${id}-slug-error`, slugProblem, `${id}-slug-hint`)}
        onChange={(event) => setSlug(event.target.value)}
      />
      <FieldError id={`${id}-slug-error`} message={slugProblem} />
      <p id={`${id}-slug-hint`} className="hint">
        Lowercase letters, digits and dashes, as in /groups/leeds-north-mums. Made from the name
        when empty.
      </p>

      <ErrorMessage error={rest} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Starting…" : "Start the group"}
        </button>
      </div>
    </form>
  );
}
