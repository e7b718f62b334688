// "Create a token": a name and the scopes your role may grant.
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { FormEvent } from "react";

import { api, call, idempotencyKey, type Schemas } from "../../api/client";
import { useAuth } from "../../auth/AuthContext";
import { attemptKey, clearDraft } from "../../drafts";
import { ErrorMessage } from "../Status";
import { tokensQuery } from "./TokenList";

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

export function CreateTokenForm({
  labelledBy,
  onCreated,
}: {
  labelledBy: string;
  onCreated(token: Schemas["TokenCreated"]): void;
}) {
  const { isModerator, isAdmin } = useAuth();
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>(["read"]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const mayGrant: Record<Role, boolean> = { member: true, moderator: isModerator, admin: isAdmin };
  const offered = SCOPES.filter((scope) => mayGrant[scope.needs]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!scopes.length) {
      setError(new Error("Choose at least one scope."));
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
      setName("");
      setScopes(["read"]);
      const { id: tokenId, name: tokenName, scopes: granted, created_at } = token;
      queryClient.setQueryData<Schemas["TokenRead"][]>(tokensQuery().queryKey, (current) => [
        { id: tokenId, name: tokenName, scopes: granted, created_at, last_used_at: null },
        ...(current ?? []).filter((item) => item.id !== tokenId),
      ]);
      onCreated(token);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function toggle(scope: Scope, on: boolean) {
    setScopes((current) =>
      on ? [...current.filter((item) => item !== scope), scope] : current.filter((item) => item !== scope),
    );
  }

  return (
    <form onSubmit={(event) => void create(event)} aria-labelledby={labelledBy}>
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
              onChange={(event) => toggle(scope.value, event.target.checked)}
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
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create token"}
        </button>
      </div>
    </form>
  );
}
