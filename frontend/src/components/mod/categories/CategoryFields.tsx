// A category's fields (name, slug, description, position) and the draft they edit.
import type { Schemas } from "../../../api/client";

type Category = Schemas["CategoryRead"];

export interface Draft {
  slug: string;
  name: string;
  description: string;
  position: string;
}

export const EMPTY: Draft = { slug: "", name: "", description: "", position: "" };
const SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

export function draftOf(category: Category): Draft {
  return {
    slug: category.slug,
    name: category.name,
    description: category.description,
    position: String(category.position),
  };
}

export function CategoryFields({
  prefix,
  draft,
  onChange,
  positionHint,
}: {
  prefix: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  positionHint?: string;
}) {
  return (
    <>
      <label htmlFor={`${prefix}-name`}>Name</label>
      <input
        id={`${prefix}-name`}
        required
        maxLength={80}
        value={draft.name}
        onChange={(event) => onChange({ ...draft, name: event.target.value })}
      />
      <label htmlFor={`${prefix}-slug`}>Slug</label>
      <input
        id={`${prefix}-slug`}
        required
        maxLength={50}
        pattern={SLUG_PATTERN}
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${prefix}-slug-hint`}
        value={draft.slug}
        onChange={(event) => onChange({ ...draft, slug: event.target.value })}
      />
      <p className="hint" id={`${prefix}-slug-hint`}>
        The address: lower-case letters, digits and single hyphens, e.g. <code>school-years</code>.
      </p>
      <label htmlFor={`${prefix}-description`}>Description</label>
      <textarea
        id={`${prefix}-description`}
        className="mod-short-text"
        maxLength={1000}
        value={draft.description}
        onChange={(event) => onChange({ ...draft, description: event.target.value })}
      />
      <label htmlFor={`${prefix}-position`}>Position</label>
      <input
        id={`${prefix}-position`}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000000}
        step={1}
        aria-describedby={positionHint ? `${prefix}-position-hint` : undefined}
        value={draft.position}
        onChange={(event) => onChange({ ...draft, position: event.target.value })}
      />
      {positionHint && (
        <p className="hint" id={`${prefix}-position-hint`}>
          {positionHint}
        </p>
      )}
    </>
  );
}
