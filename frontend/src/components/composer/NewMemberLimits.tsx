// A new member's limits, said before they write rather than after the post is refused.
// Only for members who have them (Me.new_member is null for everyone else).
import type { Me } from "../../auth/AuthContext";
import { fullDate, plural } from "../format";

export function NewMemberLimits({ me, id }: { me: Me; id: string }) {
  const limits = me.new_member;
  if (!limits) return null;
  return (
    <p id={id} className="notice new-member-limits" role="note">
      Welcome! Until <time dateTime={limits.until}>{fullDate(limits.until)}</time>, as a new
      member you can start up to {plural(limits.max_threads, "thread")} and post up to{" "}
      {plural(limits.max_replies, "reply", "replies")}, with at most{" "}
      {plural(limits.max_links, "link")} in a post. These limits lift by themselves.
    </p>
  );
}
