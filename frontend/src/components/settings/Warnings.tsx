// The warnings moderators have sent you.
import { $api } from "../../api/query";
import { fullDate, timeAgo } from "../format";
import { Empty, ErrorMessage, Loading } from "../Status";

export function Warnings() {
  const { data: warnings, error } = $api.useQuery("get", "/api/v1/me/warnings");

  return (
    <section aria-labelledby="warnings-title" className="settings-section">
      <h2 id="warnings-title">Warnings from moderators</h2>
      <ErrorMessage error={error} />
      {!warnings && !error && <Loading what="Loading your warnings" />}
      {warnings?.length === 0 && <Empty>You have no warnings. Thank you for being kind.</Empty>}
      {warnings && warnings.length > 0 && (
        <ul className="card-list warning-list">
          {warnings.map((warning) => (
            <li key={warning.id} className="card">
              <p className="warning-reason">{warning.reason}</p>
              <p className="meta">
                From {warning.moderator.display_name},{" "}
                <time dateTime={warning.created_at} title={fullDate(warning.created_at)}>
                  {timeAgo(warning.created_at)}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
