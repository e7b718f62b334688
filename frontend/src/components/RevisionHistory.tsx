// The earlier versions of an edited post, for its author and the moderators. Loaded when
// first opened. Earlier bodies are Markdown source, shown as plain text (never as HTML).
import { useState } from "react";

import { $api } from "../api/query";
import { fullDate, plural } from "./format";
import { Empty, ErrorMessage, Loading } from "./Status";
import "../styles/member.css";

export function RevisionHistory({ postId, postNumber }: { postId: number; postNumber: number }) {
  const [requested, setRequested] = useState(false);
  const query = $api.useQuery(
    "get",
    "/api/v1/posts/{post_id}/revisions",
    { params: { path: { post_id: postId } } },
    { enabled: requested },
  );
  const revisions = query.data;
  const error = query.isFetching ? null : query.error;

  function load() {
    if (requested) void query.refetch();
    else setRequested(true);
  }

  return (
    <details
      className="revisions"
      onToggle={(event) => {
        if (event.currentTarget.open && !requested) load();
      }}
    >
      <summary>
        Edit history<span className="visually-hidden"> of post #{postNumber}</span>
      </summary>
      <ErrorMessage error={error} />
      {error !== null && (
        <button type="button" className="secondary" onClick={load}>
          Try again
        </button>
      )}
      {requested && !revisions && !error && <Loading what="Loading earlier versions" />}
      {revisions?.length === 0 && <Empty>No earlier versions were kept.</Empty>}
      {revisions && revisions.length > 0 && (
        <>
          <p className="hint">
            {plural(revisions.length, "earlier version")}, oldest first. The post above is the
            current version.
          </p>
          <ol className="revision-list">
            {revisions.map((revision) => (
              <li key={revision.number}>
                <p className="meta">
                  Version {revision.number} · replaced{" "}
                  <time dateTime={revision.created_at}>{fullDate(revision.created_at)}</time> by{" "}
                  {revision.editor.display_name}
                </p>
                <pre className="revision-body">{revision.body}</pre>
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
