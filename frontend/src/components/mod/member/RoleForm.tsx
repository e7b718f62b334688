// Administrators: a member's role.
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../../api/client";
import { ROLE_LABELS, ROLES } from "../../../pages/mod/labels";
import { ErrorMessage } from "../../Status";
import { Done, useSubmit } from "../ModShared";

type User = Schemas["UserRead"];
type Role = Schemas["Role"];

export function RoleForm({
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
