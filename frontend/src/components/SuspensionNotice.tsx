// Tells a suspended member why and until when they can only read: once under the header on
// every screen after sign-in (SuspensionBanner), and again, briefly, where they would write.
// The controls they cannot use point at the banner (aria-describedby SUSPENSION_NOTICE_ID).
import { useAuth, type Me } from "../auth/AuthContext";
import { suspendedUntil, useActiveSuspension, WHILE_SUSPENDED } from "../auth/suspension";
import "../styles/account.css";

/** The id of the app-wide notice: what a disabled control's aria-describedby names. */
export const SUSPENSION_NOTICE_ID = "suspension-notice";

export function SuspensionBanner() {
  const { me } = useAuth();
  const suspension = useActiveSuspension(me);
  if (!suspension) return null;
  return (
    <section
      id={SUSPENSION_NOTICE_ID}
      className="notice suspension-banner"
      aria-labelledby={`${SUSPENSION_NOTICE_ID}-title`}
    >
      <h2 id={`${SUSPENSION_NOTICE_ID}-title`} className="notice-title">
        {suspendedUntil(suspension.until)}
      </h2>
      {suspension.reason && (
        <p>
          <span className="notice-label">The moderators’ reason:</span> {suspension.reason}
        </p>
      )}
      <p>{WHILE_SUSPENDED}</p>
    </section>
  );
}

/** Where a suspended member would write (the reply box, a new thread): why they cannot. */
export function SuspensionNotice({ me, id }: { me: Me | null; id?: string }) {
  const suspension = useActiveSuspension(me);
  if (!suspension) return null;
  return (
    <p id={id} className="notice suspension-notice" role="note">
      {suspendedUntil(suspension.until)} {WHILE_SUSPENDED}
      {suspension.reason && <> The moderators’ reason: {suspension.reason}</>}
    </p>
  );
}
