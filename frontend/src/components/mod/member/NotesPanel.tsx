// Moderators' private notes on a member, and a form to add one.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../../api/client";
import { $api, prependTo } from "../../../api/query";
import { Empty, ErrorMessage, Loading } from "../../Status";
import { Done, UserLink, useRetryKey, useSubmit, When } from "../ModShared";

type User = Schemas["UserRead"];
type Note = Schemas["NoteRead"];

export function NotesPanel({ user, username }: { user: User; username: string }) {
  const queryClient = useQueryClient();
  const notesQuery = $api.queryOptions("get", "/api/v1/users/{username}/notes", {
    params: { path: { username } },
  });
  const { data: notes, error: loadError } = useQuery(notesQuery);
  const addNote = (note: Note) => prependTo(queryClient, notesQuery.queryKey, note);
  const [body, setBody] = useState("");
  const { busy, error, done, submit } = useSubmit();
  const retry = useRetryKey();
  const id = `mod-note-${user.id}`;

  function add(event: FormEvent) {
    event.preventDefault();
    const request = { body: body.trim() };
    void submit(async () => {
      const note = await call(
        api.POST("/api/v1/users/{username}/notes", {
          params: { path: { username }, header: { "Idempotency-Key": retry.keyFor(request) } },
          body: request,
        }),
      );
      retry.done();
      addNote(note);
      setBody("");
      return "Note added.";
    });
  }

  return (
    <div className="mod-panel">
      <h3 className="mod-subhead">
        Private notes{notes && <span className="badge mod-count">{notes.length}</span>}
      </h3>
      <p className="hint">Only moderators see these notes; {user.display_name} never does.</p>
      <ErrorMessage error={loadError} />
      {!notes && !loadError && <Loading what="Loading notes" />}
      {notes?.length === 0 && <Empty>No notes yet.</Empty>}
      {notes && notes.length > 0 && (
        <ul className="mod-history" aria-label="Private notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="mod-history-text">{note.body}</p>
              <p className="meta">
                <UserLink user={note.author} /> · <When iso={note.created_at} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label htmlFor={`${id}-body`}>New note</label>
        <textarea
          id={`${id}-body`}
          className="mod-short-text"
          required
          maxLength={5000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy || !body.trim()}>
            {busy ? "Adding…" : "Add note"}
          </button>
        </div>
      </form>
      <Done>{done}</Done>
    </div>
  );
}
