// One category in the admin list, and its inline edit form (only the changes are sent).
import { useState } from "react";
import type { FormEvent } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../../../api/client";
import { useAction } from "../../../hooks/useAction";
import { plural } from "../../format";
import { ErrorMessage } from "../../Status";
import { CategoryFields, draftOf, type Draft } from "./CategoryFields";

type Category = Schemas["CategoryRead"];

export function CategoryRow({
  category,
  onSaved,
}: {
  category: Category;
  onSaved: (category: Category) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(category));
  const { busy, error, setError, run } = useAction();
  const prefix = `category-${category.id}`;

  function start() {
    setDraft(draftOf(category));
    setError(null);
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const original = draftOf(category);
    const body: Schemas["CategoryUpdate"] = {};
    if (draft.slug !== original.slug) body.slug = draft.slug.trim();
    if (draft.name.trim() !== original.name) body.name = draft.name.trim();
    if (draft.description !== original.description) body.description = draft.description;
    if (draft.position !== original.position && draft.position !== "")
      body.position = Number(draft.position);
    if (Object.keys(body).length === 0) {
      setEditing(false);
      return;
    }
    await run(async () => {
      const fresh = await call(
        api.PATCH("/api/v1/categories/{slug}", {
          params: { path: { slug: category.slug } },
          body,
        }),
      );
      setEditing(false);
      onSaved(fresh);
    });
  }

  if (!editing) {
    return (
      <div className="mod-category">
        <div>
          <h2 className="card-title">
            <Link to={`/c/${category.slug}`}>{category.name}</Link>
          </h2>
          <p className="meta">
            <code className="mod-code">{category.slug}</code> · position {category.position} ·{" "}
            {plural(category.thread_count, "thread")} · {plural(category.post_count, "post")}
          </p>
          {category.description && <p>{category.description}</p>}
        </div>
        <button type="button" className="secondary" onClick={start}>
          Edit<span className="visually-hidden"> {category.name}</span>
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={(event) => void save(event)} aria-label={`Edit ${category.name}`}>
      <CategoryFields prefix={prefix} draft={draft} onChange={setDraft} />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save changes"}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setEditing(false)}
          disabled={busy}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
