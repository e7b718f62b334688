// A member's suspension: its state, and (for who outranks them) suspend, change or lift.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call } from "../../../api/client";
import { fullDate } from "../../format";
import { ErrorMessage, Loading } from "../../Status";
import { Done, UserLink } from "../ModShared";
import type { PanelProps } from "./panel";
import {
  daysFromNow,
  PRESETS,
  suspensionFromLog,
  suspensionKey,
  type Suspension,
  type SuspensionState,
} from "./suspension";

export function SuspensionPanel({ user, mayAct, username }: PanelProps) {
  const queryClient = useQueryClient();
  const suspension = useQuery({
    queryKey: suspensionKey(user.id),
    queryFn: () => suspensionFromLog(user.id),
  });
  const state: SuspensionState | undefined = suspension.isError ? "unknown" : suspension.data;
  const setState = (known: Suspension | null) =>
    queryClient.setQueryData(suspensionKey(user.id), known);
  const [until, setUntil] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = `mod-suspend-${user.id}`;

  function preset(days: number) {
    setUntil(daysFromNow(days));
  }

  async function suspend(event: FormEvent) {
    event.preventDefault();
    const end = new Date(until);
    if (Number.isNaN(end.getTime())) return;
    setBusy("suspend");
    setError(null);
    try {
      const body = { until: end.toISOString(), reason: reason.trim() };
      await call(
        api.PUT("/api/v1/users/{username}/suspension", { params: { path: { username } }, body }),
      );
      setState({ until: body.until, reason: body.reason, by: null });
      setUntil("");
      setReason("");
      setDone(`${user.display_name} is suspended until ${fullDate(body.until)}.`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function lift() {
    setBusy("lift");
    setError(null);
    try {
      await call(
        api.DELETE("/api/v1/users/{username}/suspension", { params: { path: { username } } }),
      );
      setState(null);
      setDone(`Lifted the suspension of ${user.display_name}.`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  const suspended = state !== undefined && state !== null && state !== "unknown";

  return (
    <div className="mod-panel">
      <h3 className="mod-subhead">Suspension</h3>
      {state === undefined && <Loading what="Checking for a suspension" />}
      {state === null && <p>Not suspended.</p>}
      {state === "unknown" && (
        <p className="hint">
          We could not read the moderation log, so the current state is unknown.
        </p>
      )}
      {suspended && (
        <p className="notice">
          <strong>Suspended until {fullDate(state.until)}</strong>
          {state.by && (
            <>
              {" "}
              by <UserLink user={state.by} />
            </>
          )}
          . Reason: {state.reason}
        </p>
      )}
      {mayAct && (
        <>
          {(suspended || state === "unknown") && (
            <div className="actions">
              <button
                type="button"
                className="secondary"
                disabled={busy !== null}
                onClick={() => void lift()}
              >
                {busy === "lift" ? "Lifting…" : "Lift suspension"}
              </button>
            </div>
          )}
          <form onSubmit={(event) => void suspend(event)} aria-labelledby={`${id}-legend`}>
            <p id={`${id}-legend`} className="mod-form-title">
              {suspended ? "Change the suspension" : `Suspend ${user.display_name}`}
            </p>
            <label htmlFor={`${id}-until`}>Suspend until</label>
            <input
              id={`${id}-until`}
              type="datetime-local"
              required
              value={until}
              aria-describedby={`${id}-until-hint`}
              onChange={(event) => setUntil(event.target.value)}
            />
            <p className="hint" id={`${id}-until-hint`}>
              Your local time. While suspended they can read but not post, reply or react.
            </p>
            <div className="actions mod-presets" role="group" aria-label="Quick lengths">
              {PRESETS.map(([label, days]) => (
                <button
                  key={days}
                  type="button"
                  className="secondary mod-small"
                  onClick={() => preset(days)}
                >
                  {label}
                </button>
              ))}
            </div>
            <label htmlFor={`${id}-reason`}>Reason for suspension</label>
            <textarea
              id={`${id}-reason`}
              className="mod-short-text"
              required
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <div className="actions">
              <button
                type="submit"
                className="danger"
                disabled={busy !== null || !until || !reason.trim()}
              >
                {busy === "suspend" ? "Suspending…" : suspended ? "Update suspension" : "Suspend"}
              </button>
            </div>
          </form>
        </>
      )}
      <ErrorMessage error={error} />
      <Done>{done}</Done>
    </div>
  );
}
