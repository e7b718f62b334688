// A member's warnings, newest first, and a form to send one.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../../api/client";
import { $api, prependTo } from "../../../api/query";
import { Empty, ErrorMessage, Loading } from "../../Status";
import { Done, UserLink, useRetryKey, useSubmit, When } from "../ModShared";
import type { PanelProps } from "./panel";

type Warning = Schemas["WarningRead"];

export function WarningsPanel({ user, mayAct, username }: PanelProps) {
  const queryClient = useQueryClient();
  const warningsQuery = $api.queryOptions("get", "/api/v1/users/{username}/warnings", {
    params: { path: { username } },
  });
  const { data: warnings, error: loadError } = useQuery(warningsQuery);
  const add = (warning: Warning) => prependTo(queryClient, warningsQuery.queryKey, warning);
  const [reason, setReason] = useState("");
  const { busy, error, done, submit } = useSubmit();
  const retry = useRetryKey();
  const id = `mod-warn-${user.id}`;

  function warn(event: FormEvent) {
    event.preventDefault();
    const body = { reason: reason.trim() };
    void submit(async () => {
      const warning = await call(
        api.POST("/api/v1/users/{username}/warnings", {
          params: { path: { username }, header: { "Idempotency-Key": retry.keyFor(body) } },
          body,
        }),
      );
      retry.done();
      add(warning);
      setReason("");
      return `Warning sent to ${user.display_name}.`;
    });
  }

  return (
    <div className="mod-panel">
      <h3 className="mod-subhead">
        Warnings{warnings && <span className="badge mod-count">{warnings.length}</span>}
      </h3>
      <ErrorMessage error={loadError} />
      {!warnings && !loadError && <Loading what="Loading warnings" />}
      {warnings?.length === 0 && <Empty>No warnings.</Empty>}
      {warnings && warnings.length > 0 && (
        <ul className="mod-history" aria-label="Warnings">
          {warnings.map((warning) => (
            <li key={warning.id}>
              <p className="mod-history-text">{warning.reason}</p>
              <p className="meta">
                <UserLink user={warning.moderator} /> · <When iso={warning.created_at} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {mayAct && (
        <form onSubmit={warn}>
          <label htmlFor={`${id}-reason`}>Reason for warning</label>
          <textarea
            id={`${id}-reason`}
            className="mod-short-text"
            required
            maxLength={1000}
            value={reason}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setReason(event.target.value)}
          />
          <p className="hint" id={`${id}-hint`}>
            {user.display_name} will see this warning and its reason.
          </p>
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" disabled={busy || !reason.trim()}>
              {busy ? "Sending…" : "Send warning"}
            </button>
          </div>
        </form>
      )}
      <Done>{done}</Done>
    </div>
  );
}
