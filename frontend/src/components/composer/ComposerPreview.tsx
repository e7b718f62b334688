// The preview: HTML rendered and sanitised by the server (POST /render), one of the few
// server-sanitised HTML sources this app inserts (see the rule in eslint.config.js).
import { ErrorMessage } from "../Status";
import { hasMarkdownImage, ImagesNotice } from "./ImagesNotice";
import type { usePreview } from "./usePreview";

export function ComposerPreview({
  id,
  shown,
  body,
  state,
}: {
  id: string;
  shown: boolean;
  /** The Markdown being previewed. */
  body: string;
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
          {hasMarkdownImage(body) && <ImagesNotice />}
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
