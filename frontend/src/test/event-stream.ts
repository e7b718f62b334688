// A fake Server-Sent Events answer for the tests: a real text/event-stream Response whose
// events the test writes, so the app's SSE client parses them as it would the server's.

export interface FakeEventStream {
  /** The answer to one GET /api/v1/events; a reconnect needs another. */
  response(): Response;
  /** Writes one event: `event:`, `id:` and its JSON `data:`. */
  send(event: string, data: unknown, id?: number): void;
  /** Writes raw lines, e.g. ": ping" or "retry: 10". */
  raw(text: string): void;
  /** Ends the current answer (the client then reconnects). */
  end(): void;
}

export function fakeEventStream(): FakeEventStream {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const write = (text: string) => controller?.enqueue(encoder.encode(text));
  return {
    response() {
      const body = new ReadableStream<Uint8Array>({
        start(started) {
          controller = started;
        },
      });
      return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
    },
    send(event, data, id) {
      write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    raw(text) {
      write(`${text}\n\n`);
    },
    end() {
      controller?.close();
      controller = null;
    },
  };
}
