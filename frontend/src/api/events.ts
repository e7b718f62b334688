// Live events (GET /api/v1/events, Server-Sent Events) with the viewer's bearer token.
//
// The browser's EventSource cannot send an Authorization header, so the `eventsource`
// package does SSE over fetch: it parses the stream, reconnects when it ends, and sends
// Last-Event-ID on a reconnect so the server replays what was missed. Its `fetch` is ours:
// the current access token on every (re)connect, and a 401 refreshes the pair through the
// same refresh as every other request, then connects again (as a visitor if signed out).
import { EventSource, type ErrorEvent, type FetchLike } from "eventsource";

import { loadTokens, type Tokens } from "../auth/session";
import { refreshTokens } from "./client";

const authorizedFetch: FetchLike = async (url, init) => {
  const send = (tokens: Tokens | null) => {
    const headers = new Headers(init.headers);
    if (tokens) headers.set("Authorization", `Bearer ${tokens.access_token}`);
    return fetch(url, { ...init, headers });
  };
  const tokens = loadTokens();
  const response = await send(tokens);
  if (response.status !== 401 || !tokens) return response;
  await response.body?.cancel();
  return send(await refreshTokens());
};

/** "open": events flow; "down": failed or reconnecting (the page offers its button). */
export type StreamStatus = "connecting" | "open" | "down";

export interface StreamHandlers {
  /** Each event's `data`, parsed as JSON, by event name; other events are ignored. */
  events: Record<string, (data: unknown) => void>;
  onStatus(status: StreamStatus): void;
}

/** Answers that mean "not now": the stream is opened again later, with back-off. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Opens the stream at `path` (e.g. "/api/v1/events?thread=7"); returns how to close it. A
 * stream the server refuses for now (too many streams, overloaded) is opened again later,
 * from the last event seen (Last-Event-ID), so the replay window covers the gap.
 */
export function subscribe(path: string, { events, onStatus }: StreamHandlers): () => void {
  let source: EventSource | null = null;
  let lastEventId: string | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_RETRY_MS;
  let closed = false;

  // The library sends Last-Event-ID on its own reconnects; a stream opened again sends ours.
  const resumingFetch: FetchLike = (url, init) => {
    const resume = lastEventId && !init.headers["Last-Event-ID"];
    const headers = resume ? { ...init.headers, "Last-Event-ID": lastEventId ?? "" } : init.headers;
    return authorizedFetch(url, { ...init, headers });
  };

  function open() {
    try {
      source = new EventSource(path, { fetch: resumingFetch });
    } catch {
      onStatus("down"); // no fetch streaming here: the page keeps its buttons
      return;
    }
    const current = source;
    onStatus("connecting");
    current.addEventListener("open", () => {
      delay = FIRST_RETRY_MS;
      onStatus("open");
    });
    // A dropped connection is retried by the library (with Last-Event-ID); a refused one
    // (non-200) is closed for good, unless the refusal says "later". Down meanwhile.
    current.addEventListener("error", (event: ErrorEvent) => {
      onStatus("down");
      const later = event.code !== undefined && RETRY_STATUSES.has(event.code);
      if (closed || current.readyState !== EventSource.CLOSED || !later) return;
      retry = setTimeout(open, delay);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    });
    for (const [name, handle] of Object.entries(events)) {
      current.addEventListener(name, (event: MessageEvent<string>) => {
        if (event.lastEventId) lastEventId = event.lastEventId;
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          return; // not JSON: not an event this app knows
        }
        handle(data);
      });
    }
  }

  open();
  return () => {
    closed = true;
    clearTimeout(retry);
    source?.close();
  };
}
