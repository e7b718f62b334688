// A token just created: shown this once, focused, with a way to copy it.
import { useEffect, useId, useRef, useState } from "react";

import type { Schemas } from "../../api/client";

export function NewTokenNotice({
  token,
  onDone,
}: {
  token: Schemas["TokenCreated"];
  onDone(): void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied("Copied to the clipboard.");
    } catch {
      input.current?.select();
      setCopied("Selected: press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  return (
    <div className="notice new-token" role="region" aria-labelledby={`${id}-new-title`}>
      <h3 id={`${id}-new-title`}>Token “{token.name}” created</h3>
      <label htmlFor={`${id}-new-token`}>New token</label>
      <input
        id={`${id}-new-token`}
        ref={input}
        readOnly
        value={token.token}
        className="token-value"
        aria-describedby={`${id}-new-hint`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p id={`${id}-new-hint`} className="hint">
        Copy it now and keep it somewhere safe: it will not be shown again. Village keeps only a
        fingerprint of it.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          Copy token
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          I have copied it
        </button>
        <p role="status" className="hint">
          {copied ?? ""}
        </p>
      </div>
    </div>
  );
}
