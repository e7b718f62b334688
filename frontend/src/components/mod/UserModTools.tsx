// Moderator tools on a member's profile: suspension, warnings, private notes, and (for
// administrators) the role. Renders nothing for members.
import { useQuery, useQueryClient } from "@tanstack/react-query";

import type { Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { outranks } from "../../pages/mod/labels";
import { ErrorMessage, Loading } from "../Status";
import { NotesPanel } from "./member/NotesPanel";
import { RoleForm } from "./member/RoleForm";
import { SuspensionPanel } from "./member/SuspensionPanel";
import { WarningsPanel } from "./member/WarningsPanel";
import "../../styles/mod.css";

type User = Schemas["UserRead"];

export function UserModTools({ username }: { username: string }) {
  const { isModerator, me } = useAuth();
  if (!isModerator || !me) return null;
  return <Tools key={username} username={username} me={me} />;
}

function userQuery(username: string) {
  return $api.queryOptions("get", "/api/v1/users/{username}", { params: { path: { username } } });
}

/**
 * The member a moderator is looking at, and whether they may act on them (moderators act on
 * members, administrators on moderators too; nobody on themselves). The same cache entry as
 * the profile page's, so a role change shows on both.
 */
export function useModeratedUser(username: string, me: Schemas["MeRead"]) {
  const queryClient = useQueryClient();
  const { data: user = null, error } = useQuery(userQuery(username));
  const setUser = (fresh: User) => queryClient.setQueryData(userQuery(username).queryKey, fresh);
  const mayAct = user !== null && outranks(me, user);
  const isSelf = user !== null && user.id === me.id;
  return { user, error, setUser, mayAct, isSelf };
}

/** Why a moderator may not suspend or warn this member, in plain words. */
export function whyNot(user: User, isSelf: boolean): string {
  return isSelf
    ? "This is you: nobody can suspend or warn themselves."
    : `You cannot suspend or warn ${user.display_name}: moderators act on members, ` +
        "and administrators on moderators too.";
}

function Tools({ username, me }: { username: string; me: Schemas["MeRead"] }) {
  const { user, error, setUser, mayAct, isSelf } = useModeratedUser(username, me);
  const titleId = `mod-user-${username}`;

  return (
    <section className="mod-user" aria-labelledby={titleId}>
      <h2 id={titleId}>Moderation</h2>
      <ErrorMessage error={error} />
      {!user && !error && <Loading what="Loading moderation tools" />}
      {user && (
        <>
          {!mayAct && <p className="hint">{whyNot(user, isSelf)}</p>}
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
