// "Reply to this thread": the composer for members, a way to sign in for visitors.
import type { Ref } from "react";
import { Link } from "react-router";

import type { Me } from "../../auth/AuthContext";
import { draftKeys, type Draft } from "../../drafts";
import { Composer, type ComposerHandle } from "../Composer";
import { SuspensionNotice } from "../SuspensionNotice";

export function ReplyBox({
  threadId,
  me,
  composer,
  onReply,
}: {
  threadId: number;
  me: Me | null;
  composer: Ref<ComposerHandle>;
  onReply(draft: Draft, idempotencyKey: string): Promise<void>;
}) {
  return (
    <section className="reply-box" aria-labelledby="reply-title">
      <h2 id="reply-title">Reply to this thread</h2>
      {me ? (
        <>
          <SuspensionNotice me={me} />
          <Composer
            key={draftKeys.reply(me.id, threadId)}
            ref={composer}
            draftKey={draftKeys.reply(me.id, threadId)}
            label="Your reply"
            submitLabel="Post reply"
            onSubmit={onReply}
          />
        </>
      ) : (
        <p>
          <Link to={`/signin?next=${encodeURIComponent(`/t/${threadId}`)}`}>Sign in</Link> to
          reply, react or report a post.
        </p>
      )}
    </section>
  );
}
