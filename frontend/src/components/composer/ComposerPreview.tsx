// The preview: HTML rendered and sanitised by the server (POST /render), the only HTML
// this app ever inserts into a page besides posts.
import { ErrorMessage } from "../Status";
import type { usePreview } from "./usePreview";

export function ComposerPreview({
  id,
  shown,
  state,
}: {
  id: string;
  shown: boolean;
  state: ReturnType<typeof usePreview>;
}) {
  const { preview, previewing, error } = state;
  return (
    <div
      id={id}
      className="composer-preview"
      role="region"
      aria-label="Preview"
      aria-live="polite"
      hidden={!shown}
    >
      {shown && (
        <>
          {previewing && <p className="status">Rendering preview…</p>}
          <ErrorMessage error={error} />
          {!previewing && !error && preview && !preview.html && (
            <p className="status">Nothing to preview yet.</p>
          )}
          {!previewing && preview?.html && (
            <div className="post-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
          )}
        </>
      )}
    </div>
  );
}
