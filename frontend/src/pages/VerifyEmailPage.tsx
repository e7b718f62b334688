// The link from a verification email (after joining, or to confirm a new address): verifies
// it as the page opens and says so; a link that no longer works is said so plainly.
import { useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";

import { api, call } from "../api/client";
import { ApiError } from "../api/problem";
import { useAuth } from "../auth/AuthContext";
import { ErrorMessage, Loading } from "../components/Status";
import "../styles/account.css";

// One request per token for the page's lifetime: a token works once, so React mounting the
// page twice (StrictMode, or going back to it) must not send it a second time.
const verifications = new Map<string, Promise<void>>();

function verify(token: string): Promise<void> {
  let pending = verifications.get(token);
  if (!pending) {
    pending = call(api.POST("/api/v1/auth/verify-email", { body: { token } })).then(() => undefined);
    verifications.set(token, pending);
  }
  return pending;
}

type Outcome = { state: "verifying" } | { state: "verified" } | { state: "failed"; error: unknown };

export function VerifyEmailPage() {
  const id = useId();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const { me, refreshMe } = useAuth();
  const [outcome, setOutcome] = useState<Outcome>({ state: "verifying" });

  useEffect(() => {
    document.title = "Verify your email · Village";
  }, []);

  useEffect(() => {
    if (!token) return;
    let active = true;
    verify(token).then(
      () => {
        if (!active) return;
        setOutcome({ state: "verified" });
        // A signed-in member's settings show the address as verified (or changed) at once.
        void refreshMe();
      },
      (error: unknown) => {
        if (active) setOutcome({ state: "failed", error });
      },
    );
    return () => {
      active = false;
    };
  }, [token, refreshMe]);

  const failed = !token || outcome.state === "failed";
  const invalid =
    !token || (outcome.state === "failed" && outcome.error instanceof ApiError && outcome.error.status === 400);

  return (
    <section aria-labelledby={`${id}-title`} className="account-page">
      <h1 id={`${id}-title`}>
        {failed ? "This link doesn’t work" : outcome.state === "verified" ? "Email verified" : "Verifying your email"}
      </h1>
      {outcome.state === "verifying" && token && <Loading what="Checking your link" />}
      {outcome.state === "verified" && (
        <>
          <p role="status" className="page-notice">
            Thank you: your email address is verified.
            {/* After a change of address, the one the account uses from now on. */}
            {me && <> Your account’s address is {me.email}.</>}
          </p>
          <p>{me ? <Link to="/settings">Back to your settings</Link> : <Link to="/signin">Sign in</Link>}</p>
        </>
      )}
      {failed && (
        <>
          {invalid ? (
            <p role="alert" className="notice">
              {token
                ? "This link has been used already, or it is no longer valid."
                : "This address has no verification link in it. Perhaps part of it was cut off when you opened it."}
            </p>
          ) : (
            outcome.state === "failed" && <ErrorMessage error={outcome.error} />
          )}
          <p>
            {me ? (
              <>
                You can ask for a new link in <Link to="/settings">your settings</Link>.
              </>
            ) : (
              <>
                <Link to="/signin?next=%2Fsettings">Sign in</Link> to ask for a new link from your
                settings.
              </>
            )}
          </p>
        </>
      )}
    </section>
  );
}
