// A new thread's title when it is started in a local group: the group is fixed (named above
// the title), so there is no category to choose.
import type { Schemas } from "../api/client";
import { fieldA11y } from "../api/fieldErrors";
import { CharacterCount } from "../components/composer/CharacterCount";
import { MAX_TITLE_CHARS, MIN_TITLE_CHARS, type DraftProblems } from "../components/composer/checks";
import { FieldError } from "../components/FieldError";
import type { Draft } from "../drafts";

export function GroupThreadFields({
  group,
  draft,
  problems,
  update,
}: {
  group: Schemas["GroupRead"];
  draft: Draft;
  problems: DraftProblems;
  update(patch: Partial<Draft>): void;
}) {
  const title = draft.title ?? "";
  return (
    <>
      <p className="thread-group">
        In the group <strong>{group.name}</strong> ({group.area})
      </p>
      <FieldError id="new-thread-category-error" message={problems.category} />
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
          {MIN_TITLE_CHARS} to {MAX_TITLE_CHARS} characters. A clear title helps the group find it.
        </p>
        <CharacterCount id="new-thread-title-count" label="Title" length={title.length} max={MAX_TITLE_CHARS} />
      </div>
    </>
  );
}
