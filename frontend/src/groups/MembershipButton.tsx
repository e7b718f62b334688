// Join or leave a group: one toggle (aria-pressed), the group's count fetched again from the
// server afterwards so it is exact. Visitors are offered to sign in instead.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { ErrorMessage } from "../components/Status";
import { useAction } from "../hooks/useAction";

export function MembershipButton({ group }: { group: Schemas["GroupRead"] }) {
  const { me } = useAuth();
  const client = useQueryClient();
  const { busy, error, run } = useAction();
  const [said, setSaid] = useState("");

  if (!me) {
    const here = `/groups/${group.slug}`;
    return (
      <Link to={`/signin?next=${encodeURIComponent(here)}`} className="button membership">
        Sign in to join
      </Link>
    );
  }

  async function toggle() {
    const joining = !group.is_member;
    await run(async () => {
      const params = { path: { slug: group.slug } };
      if (joining) await call(api.PUT("/api/v1/groups/{slug}/membership", { params }));
      else await call(api.DELETE("/api/v1/groups/{slug}/membership", { params }));
      await client.invalidateQueries({
        queryKey: $api.queryOptions("get", "/api/v1/groups/{slug}", { params }).queryKey,
      });
      void client.invalidateQueries({ queryKey: ["get", "/api/v1/groups"] });
      setSaid(joining ? `You joined ${group.name}.` : `You left ${group.name}.`);
    });
  }

  return (
    <div className="membership-box">
      <button
        type="button"
        className={`membership${group.is_member ? " secondary" : ""}`}
        aria-pressed={group.is_member}
        aria-describedby={group.is_member ? "membership-hint" : undefined}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {group.is_member ? "Joined" : "Join group"}
      </button>
      {group.is_member && (
        <p id="membership-hint" className="hint">
          You’re a member. Press again to leave.
        </p>
      )}
      <p role="status" className="visually-hidden">
        {said}
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}
