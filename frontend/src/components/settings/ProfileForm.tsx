// Your profile: display name and bio.
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call } from "../../api/client";
import { useAuth, type Me } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { ErrorMessage } from "../Status";

export function ProfileForm({ me }: { me: Me }) {
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
