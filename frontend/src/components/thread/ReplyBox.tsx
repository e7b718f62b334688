// "Reply to this thread": the composer for members, a way to sign in for visitors.
//
// In a thread the member started anonymously, replies are anonymous unless they untick the
// box, and then the composer asks before posting under their name.
import type { Ref } from "react";
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import type { Me } from "../../auth/AuthContext";
import { withNext } from "../../auth/next";
import { useActiveSuspension } from "../../auth/suspension";
import { draftKeys, type Draft } from "../../drafts";
import { Composer, type ComposerHandle } from "../Composer";
import { NewMemberLimits } from "../composer/NewMemberLimits";
import { SuspensionNotice } from "../SuspensionNotice";

export function ReplyBox({
  thread,
  me,
  composer,
  onReply,
}: {
  thread: Schemas["ThreadRead"];
  me: Me | null;
  composer: Ref<ComposerHandle>;
  onReply(draft: Draft, idempotencyKey: string): Promise<void>;
}) {
  const ownAnonymous = thread.anonymous && thread.is_mine;
  const suspended = useActiveSuspension(me) !== null;
  return (
    <section className="reply-box" aria-labelledby="reply-title">
      <h2 id="reply-title">Reply to this thread</h2>
      {me ? (
        <>
          <SuspensionNotice me={me} id="reply-suspended" />
          <NewMemberLimits me={me} id="reply-limits" />
          <Composer
            key={draftKeys.reply(me.id, thread.id)}
            ref={composer}
            draftKey={draftKeys.reply(me.id, thread.id)}
            label="Your reply"
            submitLabel="Post reply"
            initial={ownAnonymous ? { anonymous: true } : undefined}
            ownAnonymousThread={ownAnonymous ? { displayName: me.display_name } : null}
            blockedBy={suspended ? "reply-suspended" : undefined}
            onSubmit={onReply}
          />
        </>
      ) : (
        <p>
          <Link to={withNext("/signin", `/t/${thread.id}`)}>Sign in</Link> or{" "}
          <Link to={withNext("/signup", `/t/${thread.id}`)}>join Village</Link> to reply, react or
          report a post.
        </p>
      )}
    </section>
  );
}
