// A new thread's category and title, above its message: each with its problem next to it,
// and the title with a counter that says how long it may be (nothing is ever cut).
import type { Schemas } from "../../api/client";
import { fieldA11y } from "../../api/fieldErrors";
import type { Draft } from "../../drafts";
import { FieldError } from "../FieldError";
import { CharacterCount } from "./CharacterCount";
import { MAX_TITLE_CHARS, MIN_TITLE_CHARS, type DraftProblems } from "./checks";

export function ThreadFields({
  categories,
  draft,
  problems,
  update,
}: {
  categories: Schemas["CategoryRead"][];
  draft: Draft;
  problems: DraftProblems;
  update(patch: Partial<Draft>): void;
}) {
  const title = draft.title ?? "";
  return (
    <>
      <label htmlFor="new-thread-category">Category</label>
      <select
        id="new-thread-category"
        required
        value={draft.category ?? ""}
        {...fieldA11y("new-thread-category-error", problems.category)}
        onChange={(event) => update({ category: event.target.value })}
      >
        {!categories.some((category) => category.slug === draft.category) && (
          <option value="">Choose a category</option>
        )}
        {categories.map((category) => (
          <option key={category.id} value={category.slug}>
            {category.name}
          </option>
        ))}
      </select>
      <FieldError id="new-thread-category-error" message={problems.category} />

      <TitleField title={title} problems={problems} update={update} audience="the right people" />
    </>
  );
}

/** The thread's title with its problem and a counter that says how long it may be. */
export function TitleField({
  title,
  problems,
  update,
  audience,
}: {
  title: string;
  problems: DraftProblems;
  update(patch: Partial<Draft>): void;
  /** Who a clear title helps ("the right people", "the group"). */
  audience: string;
}) {
  return (
    <>
      <label htmlFor="new-thread-title-input">Title</label>
      <input
        id="new-thread-title-input"
        required
        value={title}
        {...fieldA11y("new-thread-title-error", problems.title, "new-thread-title-hint", "new-thread-title-count")}
        onChange={(event) => update({ title: event.target.value })}
      />
      <FieldError id="new-thread-title-error" message={problems.title} />
      <div className="composer-hints">
        <p id="new-thread-title-hint" className="hint">
          {MIN_TITLE_CHARS} to {MAX_TITLE_CHARS} characters. A clear title helps {audience} find it.
        </p>
        <CharacterCount id="new-thread-title-count" label="Title" length={title.length} max={MAX_TITLE_CHARS} />
      </div>
    </>
  );
}
