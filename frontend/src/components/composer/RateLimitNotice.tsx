// "You're posting quickly — try again in N seconds", counting down to the moment the server
// named (Retry-After). Screen readers hear it once, and again when posting is possible; the
// seconds tick for the eyes only.
import { formatWait } from "../../api/problem";

export function RateLimitNotice({ remaining, waited }: { remaining: number; waited: number }) {
  return (
    <>
      {remaining > 0 && (
        <p className="notice rate-limit" aria-hidden="true">
          You're posting quickly — try again in {formatWait(remaining)}.
        </p>
      )}
      <p className="visually-hidden" role="alert">
        {remaining > 0
          ? `You're posting quickly — try again in ${formatWait(waited)}.`
          : "You can post again now."}
      </p>
    </>
  );
}
