// A new thread's title when it is started in a local group: the group is fixed (named above
// the title), so there is no category to choose.
import type { Schemas } from "../api/client";
import type { DraftProblems } from "../components/composer/checks";
import { TitleField } from "../components/composer/ThreadFields";
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
      <TitleField title={title} problems={problems} update={update} audience="the group" />
    </>
  );
}
