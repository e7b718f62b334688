// "New category": the form that creates one, with an Idempotency-Key per attempt.
import { useState } from "react";
import type { FormEvent } from "react";

import { api, call, type Schemas } from "../../../api/client";
import { useAction } from "../../../hooks/useAction";
import { ErrorMessage } from "../../Status";
import { useRetryKey } from "../ModShared";
import { CategoryFields, EMPTY, type Draft } from "./CategoryFields";

type Category = Schemas["CategoryRead"];

export function CreateCategory({
  nextPosition,
  onCreated,
}: {
  nextPosition: number;
  onCreated: (category: Category) => void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const { busy, error, run } = useAction();
  const retry = useRetryKey();

  async function create(event: FormEvent) {
    event.preventDefault();
    const body: Schemas["CategoryCreate"] = {
      slug: draft.slug.trim(),
      name: draft.name.trim(),
      description: draft.description,
      ...(draft.position === "" ? {} : { position: Number(draft.position) }),
    };
    await run(async () => {
      const fresh = await call(
        api.POST("/api/v1/categories", {
          params: { header: { "Idempotency-Key": retry.keyFor(body) } },
          body,
        }),
      );
      retry.done();
      setDraft(EMPTY);
      onCreated(fresh);
    });
  }

  return (
    <form
      className="card mod-create"
      onSubmit={(event) => void create(event)}
      aria-labelledby="new-category-title"
    >
      <h2 id="new-category-title" className="card-title">
        New category
      </h2>
      <CategoryFields
        prefix="new-category"
        draft={draft}
        onChange={setDraft}
        positionHint={`Leave empty to add it at the end (${nextPosition}).`}
      />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create category"}
        </button>
      </div>
    </form>
  );
}
