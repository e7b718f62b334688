// Validation problems next to the field they are about, in plain words.
//
// A 422 problem lists `errors: [{loc, msg}]`; `loc` ["body", "title"] is the request body's
// `title`, which a form shows as its "Title" field. `fieldProblems` sorts the list into the
// form's fields (by the API's field names) and what belongs to none of them; `fieldA11y`
// gives a field `aria-invalid` and points `aria-describedby` at its message.
//
//   const { fields, rest } = fieldProblems(error, { title: "Title", body: "Your message" });
//   <input {...fieldA11y("title-error", fields.title, "title-hint")} />
//   <FieldError id="title-error" message={fields.title} />
//   <ErrorMessage error={rest} />
//   after a failed submit: focusFirstInvalid(formElement)
import { ApiError } from "./problem";
import { labelFromName, plainMessage } from "./plainWords";

export { plainMessage } from "./plainWords";

/** A message per field, by the API's name of the field. */
export type FieldMessages<F extends string = string> = Partial<Record<F, string>>;

export interface FieldProblems<F extends string> {
  /** Plain words for each field of the form the problem is about. */
  fields: FieldMessages<F>;
  /**
   * What belongs to no field of the form, for `<ErrorMessage>`: the error itself when it is
   * not about fields at all, an Error with the plain words of the others, or null.
   */
  rest: unknown;
}

/** The request body's field a `loc` points at (["body", "scopes", 0] → "scopes"), if any. */
export function fieldOf(loc: readonly (string | number)[]): string | null {
  return loc[0] === "body" && loc.length >= 2 ? String(loc[1]) : null;
}

/**
 * Sorts a failed request's validation problems into the form's fields. `labels` names the
 * fields the form shows, by their API names, as the person sees them ("Title").
 */
export function fieldProblems<F extends string>(
  error: unknown,
  labels: Record<F, string>,
): FieldProblems<F> {
  const items = error instanceof ApiError && error.status === 422 ? error.problem.errors : undefined;
  if (!items?.length) return { fields: {}, rest: error ?? null };

  const fields: FieldMessages<F> = {};
  const others: string[] = [];
  for (const item of items) {
    const name = fieldOf(item.loc);
    if (name !== null && Object.hasOwn(labels, name)) {
      const field = name as F;
      // The first problem of a field is the one to fix first; one message per field.
      fields[field] ??= plainMessage(labels[field], item.msg);
    } else {
      const label = name ?? item.loc.filter((part) => part !== "body").at(-1) ?? "The request";
      others.push(plainMessage(labelFromName(label), item.msg));
    }
  }
  return { fields, rest: others.length ? new Error(others.join(" ")) : null };
}

/**
 * A field's accessibility attributes: invalid while it has a message, described by the
 * message first and then by its hints (ids; false, null and undefined are left out).
 */
export function fieldA11y(
  errorId: string,
  message: string | null | undefined,
  ...hintIds: (string | false | null | undefined)[]
): { "aria-invalid": true | undefined; "aria-describedby": string | undefined } {
  const ids = [message ? errorId : null, ...hintIds].filter(Boolean);
  return {
    "aria-invalid": message ? true : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  };
}

/** Puts the focus on the form's first field that is not right (marked by fieldA11y). */
export function focusFirstInvalid(form: HTMLElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
