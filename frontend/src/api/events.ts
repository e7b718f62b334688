// Live events (GET /api/v1/events, Server-Sent Events) with the viewer's bearer token.
//
// The browser's EventSource cannot send an Authorization header, so the `eventsource`
// package does SSE over fetch: it parses the stream, reconnects when it ends, and sends
// Last-Event-ID on a reconnect so the server replays what was missed. Its `fetch` is ours:
// the current access token on every (re)connect, and a 401 refreshes the pair through the
// same refresh as every other request, then connects again (as a visitor if signed out).
import { EventSource, type FetchLike } from "eventsource";

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

/** Opens the stream at `path` (e.g. "/api/v1/events?thread=7"); returns how to close it. */
export function subscribe(path: string, { events, onStatus }: StreamHandlers): () => void {
  let source: EventSource;
  try {
    source = new EventSource(path, { fetch: authorizedFetch });
  } catch {
    onStatus("down"); // no fetch streaming here: the page keeps its buttons
    return () => undefined;
  }
  onStatus("connecting");
  source.addEventListener("open", () => onStatus("open"));
  // A failed connection (non-200, not an event stream) is closed for good; a dropped one
  // is retried by the library with Last-Event-ID. Either way, live updates are down now.
  source.addEventListener("error", () => onStatus("down"));
  for (const [name, handle] of Object.entries(events)) {
    source.addEventListener(name, (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return; // not JSON: not an event this app knows
      }
      handle(data);
    });
  }
  return () => source.close();
}
