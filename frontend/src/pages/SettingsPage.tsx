// Your settings: profile (display name, bio), warnings from moderators, personal access tokens.
import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent } from "react";
import { Link, Navigate } from "react-router";

import { api, call, idempotencyKey, type Schemas } from "../api/client";
import { useAuth, type Me } from "../auth/AuthContext";
import { fullDate, timeAgo } from "../components/format";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { SuspensionNotice } from "../components/SuspensionNotice";
import { useAction } from "../hooks/useAction";
import { attemptKey, clearDraft } from "../drafts";
import "../styles/member.css";

type Warning = Schemas["WarningRead"];
type Token = Schemas["TokenRead"];
type NewToken = Schemas["TokenCreated"];
type Scope = Schemas["Scope"];

type Role = "member" | "moderator" | "admin";

const SCOPES: { value: Scope; label: string; hint: string; needs: Role }[] = [
  {
    value: "read",
    label: "Read",
    hint: "Read the forum as you, including your notifications.",
    needs: "member",
  },
  { value: "write", label: "Write", hint: "Post, reply, react and edit as you.", needs: "member" },
  {
    value: "moderate",
    label: "Moderate",
    hint: "Use your moderator powers: review reports, hide posts, suspend.",
    needs: "moderator",
  },
  {
    value: "admin",
    label: "Administer",
    hint: "Use your administrator powers: change roles, manage categories.",
    needs: "admin",
  },
];

export function SettingsPage() {
  const { me, loading } = useAuth();

  useEffect(() => {
    document.title = "Settings · Village";
  }, []);

  if (!loading && !me) return <Navigate to={`/signin?next=${encodeURIComponent("/settings")}`} replace />;
  if (!me) return <Loading what="Loading your settings" />;

  return (
    <section aria-labelledby="settings-title" className="settings">
      <div className="page-head">
        <h1 id="settings-title">Settings</h1>
        <p className="lead">
          Signed in as <Link to={`/u/${me.username}`}>@{me.username}</Link> ({me.email}).
        </p>
      </div>
      <SuspensionNotice me={me} />
      <ProfileForm key={me.id} me={me} />
      <Warnings />
      <Tokens />
    </section>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { refreshMe } = useAuth();
  const [displayName, setDisplayName] = useState(me.display_name);
  const [bio, setBio] = useState(me.bio);
  const { busy, error, run } = useAction();
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      await call(api.PATCH("/api/v1/me", { body: { display_name: displayName.trim(), bio } }));
      await refreshMe();
      setSaved(true);
    });
  }

  return (
    <section aria-labelledby="profile-settings-title" className="settings-section">
      <h2 id="profile-settings-title">Your profile</h2>
      <form onSubmit={(event) => void save(event)}>
        <label htmlFor="settings-display-name">Display name</label>
        <input
          id="settings-display-name"
          autoComplete="nickname"
          required
          maxLength={50}
          value={displayName}
          aria-describedby="settings-display-name-hint"
          onChange={(event) => {
            setDisplayName(event.target.value);
            setSaved(false);
          }}
        />
        <p id="settings-display-name-hint" className="hint">
          What other members see beside your posts. Up to 50 characters.
        </p>
        <label htmlFor="settings-bio">Bio</label>
        <textarea
          id="settings-bio"
          className="short"
          maxLength={2000}
          value={bio}
          aria-describedby="settings-bio-hint"
          onChange={(event) => {
            setBio(event.target.value);
            setSaved(false);
          }}
        />
        <p id="settings-bio-hint" className="hint">
          A few words on your public profile, e.g. your children’s ages or your area. Plain text,
          up to 2,000 characters.
        </p>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save profile"}
          </button>
          <p role="status" className="hint saved-note">
            {saved ? "Your profile was saved." : ""}
          </p>
        </div>
      </form>
    </section>
  );
}

function Warnings() {
  const [warnings, setWarnings] = useState<Warning[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call(api.GET("/api/v1/me/warnings")).then(setWarnings, setError);
  }, []);

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

function Tokens() {
  const { isModerator, isAdmin } = useAuth();
  const id = useId();
  const [tokens, setTokens] = useState<Token[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>(["read"]);
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const [created, setCreated] = useState<NewToken | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<number | null>(null);
  const newTokenRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    call(api.GET("/api/v1/me/tokens")).then(setTokens, setError);
  }, []);

  useEffect(() => {
    if (created) newTokenRef.current?.focus();
  }, [created]);

  const mayGrant: Record<Role, boolean> = { member: true, moderator: isModerator, admin: isAdmin };
  const offered = SCOPES.filter((scope) => mayGrant[scope.needs]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setCreateError(null);
    if (!scopes.length) {
      setCreateError(new Error("Choose at least one scope."));
      return;
    }
    const body = { name: name.trim(), scopes };
    const key = attemptKey("token:new", body, idempotencyKey);
    setBusy(true);
    try {
      const token = await call(
        api.POST("/api/v1/me/tokens", { body, headers: { "Idempotency-Key": key } }),
      );
      clearDraft("token:new");
      setCreated(token);
      setCopied(null);
      setName("");
      setScopes(["read"]);
      setTokens((current) => [
        {
          id: token.id,
          name: token.name,
          scopes: token.scopes,
          created_at: token.created_at,
          last_used_at: null,
        },
        ...(current ?? []).filter((item) => item.id !== token.id),
      ]);
    } catch (caught) {
      setCreateError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("Copied to the clipboard.");
    } catch {
      newTokenRef.current?.select();
      setCopied("Selected: press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  async function revoke(token: Token) {
    setRevoking(token.id);
    setError(null);
    try {
      await call(
        api.DELETE("/api/v1/me/tokens/{token_id}", { params: { path: { token_id: token.id } } }),
      );
      setTokens((current) => (current ?? []).filter((item) => item.id !== token.id));
      if (created?.id === token.id) setCreated(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setRevoking(null);
    }
  }

  return (
    <section aria-labelledby="tokens-title" className="settings-section">
      <h2 id="tokens-title">Personal access tokens</h2>
      <p className="hint">
        A token lets an app or script use Village as you, with only the scopes you choose. Treat
        it like a password, and revoke it when you no longer use it.
      </p>

      {created && (
        <div className="notice new-token" role="region" aria-labelledby={`${id}-new-title`}>
          <h3 id={`${id}-new-title`}>Token “{created.name}” created</h3>
          <label htmlFor={`${id}-new-token`}>New token</label>
          <input
            id={`${id}-new-token`}
            ref={newTokenRef}
            readOnly
            value={created.token}
            className="token-value"
            aria-describedby={`${id}-new-hint`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p id={`${id}-new-hint`} className="hint">
            Copy it now and keep it somewhere safe: it will not be shown again. Village keeps only a
            fingerprint of it.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void copy(created.token)}>
              Copy token
            </button>
            <button type="button" className="secondary" onClick={() => setCreated(null)}>
              I have copied it
            </button>
            <p role="status" className="hint">
              {copied ?? ""}
            </p>
          </div>
        </div>
      )}

      <ErrorMessage error={error} />
      {!tokens && !error && <Loading what="Loading your tokens" />}
      {tokens?.length === 0 && <Empty>You have no tokens.</Empty>}
      {tokens && tokens.length > 0 && (
        <ul className="card-list token-list" aria-label="Your tokens">
          {tokens.map((token) => (
            <li key={token.id} className="card token-card">
              <div>
                <p className="token-name">{token.name}</p>
                <p className="meta">
                  Scopes: {token.scopes.join(", ")} · created{" "}
                  <time dateTime={token.created_at} title={fullDate(token.created_at)}>
                    {timeAgo(token.created_at)}
                  </time>{" "}
                  ·{" "}
                  {token.last_used_at ? (
                    <>
                      last used{" "}
                      <time dateTime={token.last_used_at} title={fullDate(token.last_used_at)}>
                        {timeAgo(token.last_used_at)}
                      </time>
                    </>
                  ) : (
                    "never used"
                  )}
                </p>
              </div>
              <button
                type="button"
                className="secondary danger-text"
                disabled={revoking === token.id}
                onClick={() => void revoke(token)}
                aria-label={`Revoke token ${token.name}`}
              >
                {revoking === token.id ? "Revoking…" : "Revoke"}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 id={`${id}-create-title`}>Create a token</h3>
      <form onSubmit={(event) => void create(event)} aria-labelledby={`${id}-create-title`}>
        <label htmlFor={`${id}-name`}>Token name</label>
        <input
          id={`${id}-name`}
          required
          maxLength={100}
          value={name}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${id}-name-hint`} className="hint">
          So you recognise it later, e.g. “Phone app” or “Backup script”.
        </p>
        <fieldset className="choices">
          <legend>Scopes</legend>
          {offered.map((scope) => (
            <div key={scope.value} className="choice">
              <input
                id={`${id}-${scope.value}`}
                type="checkbox"
                name="scopes"
                value={scope.value}
                checked={scopes.includes(scope.value)}
                aria-describedby={`${id}-${scope.value}-hint`}
                onChange={(event) =>
                  setScopes((current) =>
                    event.target.checked
                      ? [...current.filter((item) => item !== scope.value), scope.value]
                      : current.filter((item) => item !== scope.value),
                  )
                }
              />
              <div>
                <label htmlFor={`${id}-${scope.value}`} className="choice-label">
                  {scope.label}
                </label>
                <p id={`${id}-${scope.value}-hint`} className="hint choice-hint">
                  {scope.hint}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <ErrorMessage error={createError} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
    </section>
  );
}
