// Moderator tools on a member's profile: suspension, warnings, private notes, and (for
// administrators) the role. Renders nothing for members.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../api/client";
import { $api, prependTo } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { outranks, ROLE_LABELS, ROLES } from "../../pages/mod/labels";
import { Empty, ErrorMessage, Loading } from "../Status";
import { fullDate } from "../format";
import { Done, UserLink, useRetryKey, useSubmit, When } from "./ModShared";
import "../../styles/mod.css";

type User = Schemas["UserRead"];
type Warning = Schemas["WarningRead"];
type Note = Schemas["NoteRead"];
type Role = Schemas["Role"];

interface Suspension {
  until: string;
  reason: string;
  by: Schemas["UserRef"] | null;
}

/** "unknown" when the log could not be read. */
type SuspensionState = Suspension | null | "unknown";

/** The cache entry of a member's current suspension, as read from the log. */
function suspensionKey(userId: number) {
  return ["moderation", "suspension", userId] as const;
}

const SUSPENSION_ACTIONS = ["user.suspend", "user.unsuspend", "user.suspension_expired"];

/**
 * The API does not say whether another member is suspended (User has no `suspended_until`),
 * so the latest suspension entry of the moderation log is the source: a `user.suspend`
 * entry's note reads "until <ISO time>: <reason>".
 */
async function suspensionFromLog(userId: number): Promise<Suspension | null> {
  const pages = await Promise.all(
    SUSPENSION_ACTIONS.map((action) =>
      call(
        api.GET("/api/v1/moderation/log", {
          params: { query: { action, target_type: "user", limit: 100 } },
        }),
      ),
    ),
  );
  const latest = pages
    .flatMap((page) => page.items)
    .filter((entry) => entry.target_id === userId)
    .sort((a, b) => b.id - a.id)[0];
  if (!latest || latest.action !== "user.suspend") return null;
  const match = /^until (\S+): ([\s\S]*)$/.exec(latest.note ?? "");
  if (!match?.[1]) return null;
  if (new Date(match[1]).getTime() <= Date.now()) return null;
  return { until: match[1], reason: match[2] ?? "", by: latest.actor };
}

/** A `datetime-local` value `days` from now. */
function daysFromNow(days: number): string {
  return localInput(new Date(Date.now() + days * 24 * 3600 * 1000));
}

function localInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

const PRESETS: [string, number][] = [
  ["1 day", 1],
  ["1 week", 7],
  ["30 days", 30],
];

export function UserModTools({ username }: { username: string }) {
  const { isModerator, me } = useAuth();
  if (!isModerator || !me) return null;
  return <Tools key={username} username={username} me={me} />;
}

function userQuery(username: string) {
  return $api.queryOptions("get", "/api/v1/users/{username}", { params: { path: { username } } });
}

function Tools({ username, me }: { username: string; me: Schemas["MeRead"] }) {
  const queryClient = useQueryClient();
  // The same entry as the profile page's: a role change shows on both.
  const { data: user = null, error } = useQuery(userQuery(username));
  const setUser = (fresh: User) => queryClient.setQueryData(userQuery(username).queryKey, fresh);

  const titleId = `mod-user-${username}`;
  const mayAct = user !== null && outranks(me, user);
  const isSelf = user !== null && user.id === me.id;

  return (
    <section className="mod-user" aria-labelledby={titleId}>
      <h2 id={titleId}>Moderation</h2>
      <ErrorMessage error={error} />
      {!user && !error && <Loading what="Loading moderation tools" />}
      {user && (
        <>
          {!mayAct && (
            <p className="hint">
              {isSelf
                ? "This is you: nobody can suspend or warn themselves."
                : `You cannot suspend or warn ${user.display_name}: moderators act on members, ` +
                  "and administrators on moderators too."}
            </p>
          )}
          {me.role === "admin" && !isSelf && (
            <RoleForm user={user} onChange={setUser} username={username} />
          )}
          <SuspensionPanel user={user} mayAct={mayAct} username={username} />
          <WarningsPanel user={user} mayAct={mayAct} username={username} />
          <NotesPanel user={user} username={username} />
        </>
      )}
    </section>
  );
}

function RoleForm({
  user,
  onChange,
  username,
}: {
  user: User;
  onChange: (user: User) => void;
  username: string;
}) {
  const [role, setRole] = useState<Role>(user.role);
  const { busy, error, done, submit } = useSubmit();
  const id = `mod-role-${user.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const fresh = await call(
        api.PUT("/api/v1/users/{username}/role", {
          params: { path: { username } },
          body: { role },
        }),
      );
      onChange(fresh);
      return `${fresh.display_name} is now ${ROLE_LABELS[fresh.role].toLowerCase()}.`;
    });
  }

  return (
    <div className="mod-panel">
      <h3 className="mod-subhead">Role</h3>
      <p className="meta">Currently: {ROLE_LABELS[user.role]}</p>
      <form className="mod-inline-form" onSubmit={(event) => void save(event)}>
        <div className="mod-grow">
          <label htmlFor={id}>Role</label>
          <select id={id} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy || role === user.role}>
          {busy ? "Changing…" : "Change role"}
        </button>
      </form>
      <ErrorMessage error={error} />
      <Done>{done}</Done>
    </div>
  );
}

interface PanelProps {
  user: User;
  mayAct: boolean;
  username: string;
}

function SuspensionPanel({ user, mayAct, username }: PanelProps) {
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

function WarningsPanel({ user, mayAct, username }: PanelProps) {
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

function NotesPanel({ user, username }: { user: User; username: string }) {
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
