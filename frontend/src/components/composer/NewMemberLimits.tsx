// A new member's limits, said before they write rather than after the post is refused.
// Only for members who have them (Me.new_member is null for everyone else).
import type { Me } from "../../auth/AuthContext";
import { fullDate, plural } from "../format";

export interface NewMemberLimitsData {
  until: string;
  max_threads: number;
  max_replies: number;
  max_links: number;
}

// Me.new_member per API-members.md; read through this until the generated types carry it.
function limitsOf(me: Me): NewMemberLimitsData | null {
  return (me as Me & { new_member?: NewMemberLimitsData | null }).new_member ?? null;
}

export function NewMemberLimits({ me, id }: { me: Me; id: string }) {
  const limits = limitsOf(me);
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
