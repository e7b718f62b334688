// Your settings: profile (display name, bio), warnings from moderators, personal access tokens.
import { useEffect } from "react";
import { Link, Navigate } from "react-router";

import { useAuth } from "../auth/AuthContext";
import { ProfileForm } from "../components/settings/ProfileForm";
import { Tokens } from "../components/settings/Tokens";
import { Warnings } from "../components/settings/Warnings";
import { Loading } from "../components/Status";
import { SuspensionNotice } from "../components/SuspensionNotice";
import "../styles/member.css";

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
