// "Warn author" and "Suspend author" on a queue item: the member screen's own warning and
// suspension forms, opened in a dialog without leaving the queue.
import { useState } from "react";

import type { Schemas } from "../../api/client";
import { Dialog } from "../Dialog";
import { ErrorMessage, Loading } from "../Status";
import { SuspensionPanel } from "./member/SuspensionPanel";
import { WarningsPanel } from "./member/WarningsPanel";
import { UserLink } from "./ModShared";
import { useModeratedUser, whyNot } from "./UserModTools";
import "../../styles/mod.css";

type Tool = "warn" | "suspend";

const TITLES: Record<Tool, string> = { warn: "Warn", suspend: "Suspend" };

export function QuickUserActions({
  author,
  postNumber,
  me,
}: {
  author: Schemas["UserRef"];
  postNumber: number;
  me: Schemas["MeRead"];
}) {
  const [open, setOpen] = useState<Tool | null>(null);
  return (
    <>
      <div className="actions mod-quick" role="group" aria-label={`The author of post #${postNumber}`}>
        {(["warn", "suspend"] as const).map((tool) => (
          <button
            key={tool}
            type="button"
            className="secondary mod-small"
            aria-haspopup="dialog"
            onClick={() => setOpen(tool)}
          >
            {TITLES[tool]} author
            <span className="visually-hidden"> of post #{postNumber}</span>
          </button>
        ))}
      </div>
      {open && (
        <UserToolDialog
          tool={open}
          author={author}
          me={me}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function UserToolDialog({
  tool,
  author,
  me,
  onClose,
}: {
  tool: Tool;
  author: Schemas["UserRef"];
  me: Schemas["MeRead"];
  onClose: () => void;
}) {
  const { user, error, mayAct, isSelf } = useModeratedUser(author.username, me);
  const titleId = `quick-${tool}-${author.id}`;
  const Panel = tool === "warn" ? WarningsPanel : SuspensionPanel;
  return (
    <Dialog open onClose={onClose} labelledBy={titleId} className="mod-dialog">
      <div className="dialog-body">
        <h2 id={titleId}>
          {TITLES[tool]} {author.display_name}
        </h2>
        <p className="meta">
          <UserLink user={author} /> · the full record is on their profile.
        </p>
        <ErrorMessage error={error} />
        {!user && !error && <Loading what="Loading the member" />}
        {user && !mayAct && <p className="hint">{whyNot(user, isSelf)}</p>}
        {user && <Panel user={user} mayAct={mayAct} username={author.username} />}
        <div className="actions">
          <button type="button" className="secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
