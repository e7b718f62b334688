// Local groups: by area (the one remembered on this device, shared with "Meet-ups near
// you"), and "Start a group" for signed-in members.
import { useEffect, useId, useState } from "react";
import { Link } from "react-router";

import { useAuth } from "../auth/AuthContext";
import { AreaField, useDebounced } from "../groups/AreaField";
import { GroupList } from "../groups/GroupList";
import { NewGroupForm } from "../groups/NewGroupForm";
import { rememberArea, rememberedArea } from "../meetups/area";
import "../styles/member.css";
import "../styles/groups.css";

export function GroupsPage() {
  const id = useId();
  const { me } = useAuth();
  const [typed, setTyped] = useState(rememberedArea);
  const [starting, setStarting] = useState(false);
  // The list follows the typing once it pauses; the area is remembered for next time.
  const area = useDebounced(typed.trim());

  useEffect(() => {
    document.title = "Local groups · Village";
  }, []);
  useEffect(() => {
    rememberArea(area);
  }, [area]);

  return (
    <section aria-labelledby="groups-title" className="groups-page">
      <div className="page-head groups-head">
        <div>
          <h1 id="groups-title">Local groups</h1>
          <p className="lead">Parents near you who meet up: find your people, or start a group.</p>
        </div>
        {me ? (
          <button
            type="button"
            className="start-group"
            aria-expanded={starting}
            aria-controls={`${id}-start`}
            onClick={() => setStarting((open) => !open)}
          >
            Start a group
          </button>
        ) : (
          <Link to={`/signin?next=${encodeURIComponent("/groups")}`} className="button secondary start-group">
            Sign in to start a group
          </Link>
        )}
      </div>

      {me && (
        <section id={`${id}-start`} aria-labelledby={`${id}-start-title`} className="card start-group-card" hidden={!starting}>
          <h2 id={`${id}-start-title`}>Start a group</h2>
          <p className="hint">You will be its first member. Anyone signed in can join.</p>
          {starting && <NewGroupForm area={area} />}
        </section>
      )}

      <form role="search" aria-label="Groups by area" className="area-filter" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-area`}>Area</label>
        <div className="area-filter-row">
          <AreaField
            id={`${id}-area`}
            type="search"
            placeholder="Town or neighbourhood"
            aria-describedby={`${id}-area-hint`}
            value={typed}
            onChange={setTyped}
          />
          {typed && (
            <button type="button" className="secondary" onClick={() => setTyped("")}>
              All areas
            </button>
          )}
        </div>
        <p id={`${id}-area-hint`} className="hint">
          The start of a name is enough: “leeds n” finds Leeds North. Remembered on this device.
        </p>
      </form>

      <GroupList
        area={area}
        empty={
          area ? (
            <>No groups in “{area}” yet. {me ? "Start the first one: someone nearby is looking too." : null}</>
          ) : (
            <>No groups yet. {me ? "Start the first one." : null}</>
          )
        }
      />
    </section>
  );
}
