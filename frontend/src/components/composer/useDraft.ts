import { useState } from "react";

import { clearDraft, EMPTY_DRAFT, isEmptyDraft, loadDraft, saveDraft, type Draft } from "../../drafts";

/**
 * What is being written, saved on this device at every change under `draftKey`, so a reload
 * or a dropped connection loses nothing. `overrides` win over a saved draft.
 */
export function useDraft(draftKey: string, initial?: Partial<Draft>, overrides?: Partial<Draft>) {
  const [draft, setDraft] = useState<Draft>(() => ({
    ...(loadDraft(draftKey) ?? { ...EMPTY_DRAFT, ...initial }),
    ...overrides,
  }));
  // Whether a draft is kept on this device (not just the starting values shown).
  const [saved, setSaved] = useState(() => loadDraft(draftKey) !== null);

  function update(patch: Partial<Draft>) {
    const next = { ...draft, ...patch };
    saveDraft(draftKey, next);
    setSaved(!isEmptyDraft(next));
    setDraft(next);
  }

  /** Forgets the draft (sent, or cancelled) and starts again from the starting values. */
  function reset() {
    clearDraft(draftKey);
    setSaved(false);
    setDraft({ ...EMPTY_DRAFT, ...initial, ...overrides });
  }

  return { draft, saved, update, reset };
}
