// Reactions under a post: heart, hug, same, thanks, laugh, each a toggle with its count.
import { useState } from "react";

import { api, call, type Schemas } from "../api/client";
import { ErrorMessage } from "./Status";
import "../styles/member.css";

type Post = Schemas["PostRead"];
type ReactionKind = Schemas["ReactionKind"];

export const REACTIONS: { kind: ReactionKind; emoji: string; label: string }[] = [
  { kind: "heart", emoji: "❤️", label: "Heart" },
  { kind: "hug", emoji: "🤗", label: "Hug" },
  { kind: "same", emoji: "🙋", label: "Same" },
  { kind: "thanks", emoji: "🙏", label: "Thanks" },
  { kind: "laugh", emoji: "😄", label: "Laugh" },
];

/** The post after `kind` was switched on or off by the viewer. */
export function toggled(post: Post, kind: ReactionKind, on: boolean): Post {
  const count = post.reactions[kind] ?? 0;
  const mine = post.my_reactions.includes(kind);
  if (on === mine) return post;
  const reactions = { ...post.reactions, [kind]: Math.max(0, count + (on ? 1 : -1)) };
  if (!reactions[kind]) delete reactions[kind];
  return {
    ...post,
    reactions,
    my_reactions: on ? [...post.my_reactions, kind] : post.my_reactions.filter((k) => k !== kind),
  };
}

interface ReactionsProps {
  post: Post;
  /** Signed in and able to react; otherwise the counts are shown read-only. */
  canReact: boolean;
  /**
   * The id of the notice saying why the reader cannot react now (a suspension): the buttons
   * show the counts, disabled, described by it.
   */
  blockedBy?: string;
  onChange(post: Post): void;
}

export function Reactions({ post, canReact, blockedBy, onChange }: ReactionsProps) {
  const [busy, setBusy] = useState<ReactionKind | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (!canReact) {
    const shown = REACTIONS.filter(({ kind }) => (post.reactions[kind] ?? 0) > 0);
    if (!shown.length) return null;
    return (
      <ul className="reaction-counts" aria-label="Reactions">
        {shown.map(({ kind, emoji, label }) => (
          <li key={kind}>
            <span aria-hidden="true">{emoji}</span>
            <span className="visually-hidden">{label}</span> {post.reactions[kind]}
          </li>
        ))}
      </ul>
    );
  }

  async function toggle(kind: ReactionKind) {
    // Not `disabled` while busy: that would throw keyboard focus off the button.
    if (busy === kind || blockedBy) return;
    const on = !post.my_reactions.includes(kind);
    const before = post;
    setBusy(kind);
    setError(null);
    onChange(toggled(post, kind, on));
    try {
      const params = { params: { path: { post_id: post.id, kind } } };
      const now = await call(
        on
          ? api.PUT("/api/v1/posts/{post_id}/reactions/{kind}", params)
          : api.DELETE("/api/v1/posts/{post_id}/reactions/{kind}", params),
      );
      // The server's counts include what others did meanwhile.
      onChange({ ...post, reactions: now.reactions, my_reactions: now.my_reactions });
    } catch (caught) {
      onChange(before);
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <div className="reactions" role="group" aria-label={`Reactions to post #${post.number}`}>
        {REACTIONS.map(({ kind, emoji, label }) => {
          const count = post.reactions[kind] ?? 0;
          const pressed = post.my_reactions.includes(kind);
          return (
            <button
              key={kind}
              type="button"
              aria-pressed={pressed}
              aria-busy={busy === kind}
              aria-disabled={blockedBy ? true : undefined}
              aria-describedby={blockedBy}
              onClick={() => void toggle(kind)}
            >
              <span aria-hidden="true">{emoji}</span>
              <span>{label}</span>
              {count > 0 && <span className="reaction-count">{count}</span>}
            </button>
          );
        })}
      </div>
      <ErrorMessage error={error} />
    </>
  );
}
