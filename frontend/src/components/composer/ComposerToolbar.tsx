// The composer's label and its Write / Preview toggle.
export type Mode = "write" | "preview";

export function ComposerToolbar({
  label,
  textId,
  previewId,
  mode,
  onWrite,
  onPreview,
}: {
  label: string;
  textId: string;
  previewId: string;
  mode: Mode;
  onWrite(): void;
  onPreview(): void;
}) {
  return (
    <div className="composer-head">
      <label htmlFor={textId} className="composer-label">
        {label}
      </label>
      <div className="mode-toggle" role="group" aria-label="Composer view">
        <button type="button" className="secondary" aria-pressed={mode === "write"} onClick={onWrite}>
          Write
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={mode === "preview"}
          aria-controls={previewId}
          onClick={onPreview}
        >
          Preview
        </button>
      </div>
    </div>
  );
}
