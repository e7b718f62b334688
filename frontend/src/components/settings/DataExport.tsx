// "Download my data" (GDPR art. 15 and 20): everything Village holds about you, as one JSON
// file saved by the browser.
import { useId, useState } from "react";

import { api, apiError } from "../../api/client";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage } from "../Status";

/** The file name the server suggests (Content-Disposition), or a plain one. */
export function exportFileName(disposition: string | null, username: string): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  const suggested = match?.[1] ? decodeURIComponent(match[1]).replace(/[/\\]/g, "_") : "";
  return suggested || `village-data-${username}.json`;
}

/** Hands `blob` to the browser as a download called `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: the browser has the file by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DataExport({ username }: { username: string }) {
  const id = useId();
  const { busy, error, run } = useAction();
  const [saved, setSaved] = useState<string | null>(null);

  async function download() {
    setSaved(null);
    await run(async () => {
      const { data, error: body, response } = await api.GET("/api/v1/me/export", { parseAs: "blob" });
      if (!response.ok || !data) throw apiError(body, response);
      const name = exportFileName(response.headers.get("Content-Disposition"), username);
      saveBlob(data, name);
      setSaved(name);
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="settings-section">
      <h2 id={`${id}-title`}>Your data</h2>
      <p id={`${id}-what`}>
        A file with everything Village keeps about you: your profile, every post you wrote (the
        anonymous ones marked as such) and their earlier versions, your reactions, the reports
        you sent, warnings and suspensions you received, and your access tokens’ names and
        dates (never the tokens themselves). Moderators’ private notes are not included; the
        file says so.
      </p>
      <p className="hint">It is a JSON file: text that other services and programs can read.</p>
      <ErrorMessage error={error} />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-describedby={`${id}-what`}
          onClick={() => void download()}
        >
          {busy ? "Preparing your file…" : "Download my data"}
        </button>
        <p role="status" className="hint saved-note">
          {saved ? `Done: your browser is saving “${saved}”.` : ""}
        </p>
      </div>
    </section>
  );
}
