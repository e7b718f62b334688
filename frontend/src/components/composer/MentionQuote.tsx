// "Quote" on a post: puts `[quote post=ID]…[/quote]` into the thread's reply box, with the
// words the reader selected in that post or else the whole post. The server renders the
// block with who wrote it and which post it was ("Priya wrote, #12:", an anonymous post's
// label instead of a name) and tells its author.
import { createContext, use, useRef } from "react";

import type { Schemas } from "../../api/client";

/** The thread page provides where quotes go (its reply box); none: no Quote button. */
export const QuoteTarget = createContext<((text: string) => void) | null>(null);

/** Quotes inside the quoted post are left out: a quote shows one post, not a chain. */
function withoutQuotes(body: string): string {
  let text = body;
  let previous;
  do {
    previous = text;
    text = text.replace(/\[quote(?: post=\d+)?\][^]*?\[\/quote\]\n?/g, "");
  } while (text !== previous);
  return text.trim();
}

export function quoteBlock(postId: number, text: string): string {
  return `[quote post=${postId}]\n${text.trim()}\n[/quote]\n`;
}

/** The text selected inside `container`, if the selection lies wholly within it. */
export function selectedTextIn(container: Element | null): string {
  const selection = typeof window.getSelection === "function" ? window.getSelection() : null;
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return "";
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return "";
  return selection.toString().trim();
}

export function QuoteButton({ post }: { post: Schemas["PostRead"] }) {
  const insert = use(QuoteTarget);
  // Read when the press starts: on some phones the selection is gone by the click.
  const selected = useRef("");
  if (!insert) return null;

  function body(): Element | null {
    return document.getElementById(`post-${post.number}`)?.querySelector(".post-body") ?? null;
  }

  return (
    <button
      type="button"
      className="secondary small"
      onPointerDown={() => {
        selected.current = selectedTextIn(body());
      }}
      onClick={() => {
        const text = selectedTextIn(body()) || selected.current || withoutQuotes(post.body);
        selected.current = "";
        insert?.(quoteBlock(post.id, text));
      }}
    >
      Quote<span className="visually-hidden"> post #{post.number}</span>
    </button>
  );
}
