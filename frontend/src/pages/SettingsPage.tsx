// Your settings: profile, email, notifications, your calendar feed, password, warnings from
// moderators, personal access tokens, your data, and leaving Village.
import { useEffect } from "react";
import { Link, Navigate } from "react-router";

import { useAuth } from "../auth/AuthContext";
import { BlockedMembers } from "../components/settings/BlockedMembers";
import { CalendarFeed } from "../components/settings/CalendarFeed";
import { DataExport } from "../components/settings/DataExport";
import { DeleteAccount } from "../components/settings/DeleteAccount";
import { EmailSettings } from "../components/settings/EmailSettings";
import { PasswordForm } from "../components/settings/PasswordForm";
import { PreferencesSettings } from "../components/settings/PreferencesForm";
import { ProfileForm } from "../components/settings/ProfileForm";
import { Tokens } from "../components/settings/Tokens";
import { Warnings } from "../components/settings/Warnings";
import { Loading } from "../components/Status";
import "../styles/member.css";
import "../styles/account.css";

export function SettingsPage() {
  const { me, loading } = useAuth();

  useEffect(() => {
    document.title = "Settings · Village";
  }, []);

  if (!loading && !me) return <Navigate to={`/signin?next=${encodeURIComponent("/settings")}`} replace />;
  if (!me) return <Loading what="Loading your settings" />;

  // A suspended member's notice (reason, end) is shown above every screen: SuspensionBanner.
  return (
    <section aria-labelledby="settings-title" className="settings">
      <div className="page-head">
        <h1 id="settings-title">Settings</h1>
        <p className="lead">
          Signed in as <Link to={`/u/${me.username}`}>@{me.username}</Link>.
        </p>
      </div>
      <ProfileForm key={me.id} me={me} />
      <EmailSettings me={me} />
      <PreferencesSettings />
      <CalendarFeed />
      <PasswordForm />
      <Warnings />
      <BlockedMembers />
      <Tokens />
      <DataExport username={me.username} />
      <DeleteAccount me={me} />
    </section>
  );
}
