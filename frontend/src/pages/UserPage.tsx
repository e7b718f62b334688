// A member's public profile; moderators also get their tools for this member.
import { useEffect } from "react";
import { Link, useParams } from "react-router";

import type { Schemas } from "../api/client";
import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { ProfileBlock } from "../components/blocking/ProfileBlock";
import { plural } from "../components/format";
import { UserModTools } from "../components/mod/UserModTools";
import { ErrorMessage, Loading } from "../components/Status";
import "../styles/member.css";

type User = Schemas["UserRead"];

const ROLE_LABELS: Record<User["role"], string> = {
  member: "Member",
  moderator: "Moderator",
  admin: "Admin",
};

function joined(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
}

export function UserPage() {
  const { username = "" } = useParams();
  return <UserView key={username} username={username} />;
}

function UserView({ username }: { username: string }) {
  const { me, isModerator } = useAuth();
  const { data: user, error } = $api.useQuery("get", "/api/v1/users/{username}", {
    params: { path: { username } },
  });

  const name = user?.display_name;
  useEffect(() => {
    if (name) document.title = `${name} · Village`;
  }, [name]);

  if (error) {
    return (
      <section>
        <h1>Profile</h1>
        <ErrorMessage error={error} />
      </section>
    );
  }
  if (!user) return <Loading what="Loading the profile" />;

  const isMe = me?.id === user.id;

  return (
    <section aria-labelledby="profile-title" className="profile">
      <div className="page-head">
        <h1 id="profile-title">{user.display_name}</h1>
        <p className="meta">
          @{user.username}
          {user.role !== "member" && (
            <>
              {" "}
              <span className="badge role-badge">{ROLE_LABELS[user.role]}</span>
            </>
          )}
        </p>
      </div>
      <dl className="profile-facts">
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </div>
        <div>
          <dt>Joined</dt>
          <dd>
            <time dateTime={user.created_at}>{joined(user.created_at)}</time>
          </dd>
        </div>
        <div>
          <dt>Posts</dt>
          <dd>{plural(user.post_count, "post")}</dd>
        </div>
      </dl>
      <h2>About</h2>
      {user.bio.trim() ? (
        <p className="bio">{user.bio}</p>
      ) : (
        <p className="status">{isMe ? "You have not written a bio yet." : "No bio yet."}</p>
      )}
      {isMe && (
        <p>
          <Link to="/settings">Edit your profile</Link>
        </p>
      )}
      <ProfileBlock user={user} me={me} />
      {isModerator && <UserModTools username={user.username} />}
    </section>
  );
}
