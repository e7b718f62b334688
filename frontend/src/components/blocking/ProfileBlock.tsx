// "Block" / "Unblock" on a member's profile, for another signed-in member. Moderators and
// admins cannot be blocked, so they get no button.
import type { Schemas } from "../../api/client";
import type { Me } from "../../auth/AuthContext";
import { BlockButton } from "./BlockButton";
import { canBeBlocked, useBlockedUsernames } from "./blocks";

export function ProfileBlock({ user, me }: { user: Schemas["UserRead"]; me: Me | null }) {
  const offered = me !== null && me.id !== user.id && canBeBlocked(user.role);
  const blocked = useBlockedUsernames(offered);
  if (!offered || !blocked) return null;
  const isBlocked = blocked.has(user.username.toLowerCase());
  return (
    <div className="profile-block">
      {isBlocked && <p className="hint">You blocked {user.display_name}. Their posts are folded away for you.</p>}
      <div className="actions">
        <BlockButton username={user.username} displayName={user.display_name} blocked={isBlocked} />
      </div>
    </div>
  );
}
