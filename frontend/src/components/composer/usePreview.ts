import { useState } from "react";

import { api, call } from "../../api/client";

/** The server's rendering of a body (POST /render), asked again only when the body changed. */
export function usePreview() {
  const [preview, setPreview] = useState<{ body: string; html: string } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function render(body: string) {
    if (preview?.body === body) return;
    if (!body.trim()) {
      setPreview({ body, html: "" });
      return;
    }
    setPreviewing(true);
    setError(null);
    try {
      const rendered = await call(api.POST("/api/v1/render", { body: { body } }));
      setPreview({ body, html: rendered.html });
    } catch (caught) {
      setError(caught);
    } finally {
      setPreviewing(false);
    }
  }

  return { preview, previewing, error, render, forget: () => setPreview(null) };
}
