// What is checked before a draft is sent, said in the words the field shows next to it. The
// server checks the same again (its 422 problems are mapped to the same fields).
import type { FieldMessages } from "../../api/fieldErrors";
import type { Draft } from "../../drafts";

export const MAX_BODY_CHARS = 20_000;
export const MAX_CONTENT_WARNING_CHARS = 200;
export const MIN_TITLE_CHARS = 3;
export const MAX_TITLE_CHARS = 200;

/** The fields of a draft, as the API names them (what a 422's `loc` points at). */
export type DraftField = "category" | "title" | "body" | "content_warning";
export type DraftProblems = FieldMessages<DraftField>;

/** The API's name of each field of a draft. */
export const DRAFT_FIELDS: Partial<Record<keyof Draft, DraftField>> = {
  category: "category",
  title: "title",
  body: "body",
  contentWarning: "content_warning",
};

/** The fields' names in the messages about them; the text is named as its box is labelled. */
export function fieldLabels(textLabel: string): Record<DraftField, string> {
  return { category: "Category", title: "Title", body: textLabel, content_warning: "The content warning" };
}

/** "Title can be at most 200 characters — this one has 425." */
export function tooLong(label: string, length: number, max: number): string {
  return `${label} can be at most ${max.toLocaleString()} characters — this one has ${length.toLocaleString()}.`;
}

/** The text (named `textLabel`) and, when offered, the content warning. */
export function checkMessage(draft: Draft, textLabel: string, contentWarning: boolean): DraftProblems {
  const found: DraftProblems = {};
  if (!draft.body.trim()) {
    found.body = "Write something first: the message is empty.";
  } else if (draft.body.length > MAX_BODY_CHARS) {
    found.body = tooLong(textLabel, draft.body.length, MAX_BODY_CHARS);
  }
  const warning = draft.contentWarning.trim();
  if (contentWarning && warning.length > MAX_CONTENT_WARNING_CHARS) {
    found.content_warning = tooLong("The content warning", warning.length, MAX_CONTENT_WARNING_CHARS);
  }
  return found;
}

/** A new thread's category and title. */
export function checkThreadFields(draft: Draft): DraftProblems {
  const found: DraftProblems = {};
  if (!draft.category) found.category = "Choose a category for your thread.";
  const title = (draft.title ?? "").trim();
  if (!title) found.title = "Give your thread a title.";
  else if (title.length < MIN_TITLE_CHARS) found.title = `Title needs at least ${MIN_TITLE_CHARS} characters.`;
  else if (title.length > MAX_TITLE_CHARS) found.title = tooLong("Title", title.length, MAX_TITLE_CHARS);
  return found;
}
