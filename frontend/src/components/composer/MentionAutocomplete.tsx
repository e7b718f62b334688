// `@` autocomplete in the composer: typing "@pri" lists members whose username starts with
// "pri" (GET /users?prefix=pri&limit=8, asked once typing pauses), under the text box.
//
// The text box keeps its own role (a textbox: a combobox role is not allowed on <textarea>)
// and carries the ARIA combobox pattern's parts that fit it: aria-autocomplete="list",
// aria-controls the listbox, aria-activedescendant the highlighted option. Arrow keys move,
// Enter or Tab inserts "@username ", Escape closes; a tap on an option inserts it too, and
// the focus never leaves the text box.
import { useEffect, useId, useState } from "react";
import type { KeyboardEvent, RefObject, SyntheticEvent } from "react";

import { api, call, type Schemas } from "../../api/client";
import "./MentionAutocomplete.css";

/** An "@name" being typed right before the caret (not inside a word or an email address). */
const TYPING_MENTION = /(^|[^A-Za-z0-9_@.])@([A-Za-z0-9_]{1,30})$/;
const DEBOUNCE_MS = 200;
const LIMIT = 8;

interface Token {
  /** Where the "@" is. */
  start: number;
  prefix: string;
}

export function mentionAt(text: string, caret: number): Token | null {
  const match = TYPING_MENTION.exec(text.slice(0, caret));
  if (!match?.[2]) return null;
  return { start: caret - match[2].length - 1, prefix: match[2] };
}

type Member = Schemas["UserRef"];

/**
 * The members whose username starts with `prefix`, asked once typing pauses (the composer
 * also lives outside any query cache, e.g. in a dialog, so this is a plain request). The
 * answer for a shorter prefix is kept meanwhile; a stale answer never replaces a newer one.
 */
function useMembersStartingWith(prefix: string | null): { prefix: string; members: Member[] } | null {
  const [found, setFound] = useState<{ prefix: string; members: Member[] } | null>(null);
  useEffect(() => {
    if (!prefix) return;
    let current = true;
    const timer = setTimeout(() => {
      call(api.GET("/api/v1/users", { params: { query: { prefix, limit: LIMIT } } }))
        .then((members) => {
          if (current) setFound({ prefix, members });
        })
        .catch(() => {
          // No suggestions this time: typing the name in full works all the same.
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [prefix]);
  return found;
}

export function useMentionAutocomplete({
  textRef,
  value,
  onChange,
}: {
  textRef: RefObject<HTMLTextAreaElement | null>;
  value: string;
  /** The body with the chosen mention inserted. */
  onChange(body: string): void;
}) {
  const id = useId();
  const listId = `${id}-mentions`;
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  // Escape closes the list for the "@name" being typed; typing another one opens it again.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  const token = caret === null ? null : mentionAt(value, caret);
  const typed = token?.prefix.toLowerCase() ?? "";
  const found = useMembersStartingWith(typed || null);
  // An answer for what is typed now, or for its start (narrowed here while the next comes).
  const options =
    found && typed.startsWith(found.prefix)
      ? found.members.filter((user) => user.username.toLowerCase().startsWith(typed))
      : [];
  const open = token !== null && dismissedAt !== token.start && options.length > 0;
  const current = open ? Math.min(active, options.length - 1) : -1;

  function track(event: SyntheticEvent<HTMLTextAreaElement>) {
    const text = event.currentTarget;
    const next = text.selectionStart === text.selectionEnd ? text.selectionStart : null;
    if (next !== caret) setActive(0);
    setCaret(next);
  }

  function insert(username: string) {
    if (!token || caret === null) return;
    const inserted = `@${username} `;
    const after = value.slice(caret).replace(/^[A-Za-z0-9_]*/, "").replace(/^ /, "");
    const body = `${value.slice(0, token.start)}${inserted}${after}`;
    const position = token.start + inserted.length;
    onChange(body);
    setCaret(position);
    setActive(0);
    // Once React has shown the new text: the caret goes after the inserted name.
    setTimeout(() => {
      const text = textRef.current;
      if (!text) return;
      text.focus();
      text.setSelectionRange(position, position);
    });
  }

  /** Handles the keys the list uses; true when the key was the list's (not the text's). */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || !token) return false;
    const chosen = options[current];
    switch (event.key) {
      case "ArrowDown":
        setActive((current + 1) % options.length);
        break;
      case "ArrowUp":
        setActive((current - 1 + options.length) % options.length);
        break;
      case "Enter":
      case "Tab":
        if (event.ctrlKey || event.metaKey || event.shiftKey || !chosen) return false;
        insert(chosen.username);
        break;
      case "Escape":
        setDismissedAt(token.start);
        break;
      default:
        return false;
    }
    event.preventDefault();
    // Escape closes the list only, not a dialog the composer is in.
    event.stopPropagation();
    return true;
  }

  const optionId = (index: number) => `${id}-mention-${index}`;

  const inputProps = {
    "aria-autocomplete": "list" as const,
    "aria-controls": open ? listId : undefined,
    "aria-activedescendant": open ? optionId(current) : undefined,
    onSelect: track,
    onInput: track,
  };

  const popup = (
    <>
      <ul id={listId} role="listbox" aria-label="Members to mention" className="mention-list" hidden={!open}>
        {open &&
          options.map((user, index) => (
            <li
              key={user.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="mention-option"
              // Keeps the focus (and the caret) in the text box.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => insert(user.username)}
            >
              <span className="mention-name">{user.display_name}</span>{" "}
              <span className="mention-username">@{user.username}</span>
            </li>
          ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open
          ? `${options.length} ${options.length === 1 ? "member" : "members"} to mention. Up and down to choose, Enter to insert.`
          : ""}
      </p>
    </>
  );

  return { inputProps, onKeyDown, popup };
}
