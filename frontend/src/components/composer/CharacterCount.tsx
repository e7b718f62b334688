// A live count of characters under a field, warning near the limit and saying plainly by how
// much a text is too long. Nothing is ever cut: a pasted text stays whole and visible.
export const NEAR_LIMIT = 0.9;

export type CountState = "ok" | "near" | "over";

export function countState(length: number, max: number): CountState {
  if (length > max) return "over";
  return length >= Math.floor(max * NEAR_LIMIT) ? "near" : "ok";
}

export function CharacterCount({
  id,
  label,
  length,
  max,
}: {
  /** Referenced by the field's aria-describedby. */
  id: string;
  /** The field's name in a sentence, e.g. "Title". */
  label: string;
  length: number;
  max: number;
}) {
  const state = countState(length, max);
  const limit = max.toLocaleString();
  const text =
    state === "over"
      ? `${(length - max).toLocaleString()} too many: ${length.toLocaleString()} of ${limit} characters`
      : `${length.toLocaleString()} of ${limit} characters`;
  // Screen readers hear when a limit comes near or is passed, not every keystroke.
  const announcement =
    state === "over"
      ? `${label} is longer than ${limit} characters.`
      : state === "near"
        ? `${label} is close to its limit of ${limit} characters.`
        : "";
  return (
    <>
      <p id={id} className={`char-count is-${state}`}>
        {state !== "ok" && <span aria-hidden="true">⚠ </span>}
        {text}
      </p>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
