// The message under a field that is not right, referenced by the field's aria-describedby
// (see fieldA11y in api/fieldErrors.ts). Rendered only while there is something to say.
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
