import { useEffect, useRef, useState } from "react";

import { focusFirstInvalid } from "../../api/fieldErrors";
import type { Draft } from "../../drafts";
import { DRAFT_FIELDS, type DraftProblems } from "./checks";

/**
 * The problems shown next to a form's fields. `show` puts the focus on the first field that
 * is not right once they are drawn; `changed` drops the problems of the fields a change
 * touches (they may be right now).
 */
export function useFieldProblems() {
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  return {
    formRef,
    problems,
    show(found: DraftProblems) {
      setProblems(found);
      // After React has drawn the messages (and shown the text box again, if previewing).
      setTimeout(() => setFocusRequest((count) => count + 1));
    },
    clear() {
      setProblems({});
    },
    changed(patch: Partial<Draft>) {
      const touched = Object.keys(patch).flatMap((key) => DRAFT_FIELDS[key as keyof Draft] ?? []);
      if (!touched.some((field) => problems[field])) return;
      setProblems((current) => {
        const next = { ...current };
        for (const field of touched) delete next[field];
        return next;
      });
    },
  };
}
