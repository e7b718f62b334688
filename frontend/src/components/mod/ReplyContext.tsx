// The post a reported reply answered, quoted above it: a reply often reads differently once
// you see what it answered.
import { Link } from "react-router";

import type { Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { ErrorMessage, Loading } from "../Status";
import { authorName } from "./authorName";
import "../../styles/mod.css";

export function ReplyContext({
  replyTo,
  threadId,
}: {
  replyTo: Schemas["PostNumberRef"];
  threadId: number;
}) {
  const { data: parent, error } = $api.useQuery("get", "/api/v1/posts/{post_id}", {
    params: { path: { post_id: replyTo.id } },
  });
  const label = `In reply to post #${replyTo.number}`;
  return (
    <figure className="mod-reply-context" aria-label={label}>
      <figcaption className="meta">
        <Link to={`/t/${threadId}#post-${replyTo.number}`}>{label}</Link>
        {parent && <> by {authorName(parent)}</>}
      </figcaption>
      <ErrorMessage error={error} />
      {!parent && !error && <Loading what={`Loading post #${replyTo.number}`} />}
      {parent?.is_deleted && <p className="status">That post has been deleted.</p>}
      {parent && !parent.is_deleted && (
        // Server-rendered, sanitised HTML, as everywhere a post's body shows.
        <blockquote className="post-body mod-quote" dangerouslySetInnerHTML={{ __html: parent.body_html }} />
      )}
    </figure>
  );
}
