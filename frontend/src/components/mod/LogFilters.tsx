// The moderation log's filters: actor, action and target type, applied together.
import { useState } from "react";
import type { FormEvent } from "react";

import { AUDIT_ACTIONS, TARGET_TYPES } from "../../pages/mod/labels";
import "../../styles/mod.css";

export interface Filters {
  actor: string;
  action: string;
  target_type: string;
}

export const NO_FILTERS: Filters = { actor: "", action: "", target_type: "" };

export function LogFilters({
  initial,
  onApply,
}: {
  initial: Filters;
  onApply: (filters: Filters) => void;
}) {
  const [draft, setDraft] = useState(initial);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="mod-filters" onSubmit={submit} aria-label="Filter the log">
      <div className="mod-filter">
        <label htmlFor="log-actor">Actor (username)</label>
        <input
          id="log-actor"
          value={draft.actor}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setDraft({ ...draft, actor: event.target.value })}
        />
      </div>
      <div className="mod-filter">
        <label htmlFor="log-action">Action</label>
        <select
          id="log-action"
          value={draft.action}
          onChange={(event) => setDraft({ ...draft, action: event.target.value })}
        >
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label} ({value})
            </option>
          ))}
        </select>
      </div>
      <div className="mod-filter">
        <label htmlFor="log-target">Target type</label>
        <select
          id="log-target"
          value={draft.target_type}
          onChange={(event) => setDraft({ ...draft, target_type: event.target.value })}
        >
          <option value="">Any target</option>
          {TARGET_TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="actions mod-filter-actions">
        <button type="submit">Apply filters</button>
        <button
          type="button"
          className="secondary"
          onClick={() => onApply(NO_FILTERS)}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
