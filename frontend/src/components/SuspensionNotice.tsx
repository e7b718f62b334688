// Tells a suspended member, before they type, until when they can only read.
import type { Me } from "../auth/AuthContext";
import { fullDate } from "./format";
import "../styles/member.css";

export function isSuspended(me: Me | null, now: number): boolean {
  return Boolean(me?.suspended_until && new Date(me.suspended_until).getTime() > now);
}

export function SuspensionNotice({ me }: { me: Me | null }) {
  if (!me?.suspended_until || !isSuspended(me, currentTime())) return null;
  return (
    <p className="notice suspension-notice" role="note">
      Your account is suspended until{" "}
      <time dateTime={me.suspended_until}>{fullDate(me.suspended_until)}</time>. You can still
      read, but not post, react or change anything until then.
    </p>
  );
}

function currentTime(): number {
  return Date.now();
}
