// Administrators: the list of categories, a form to add one, and inline editing.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { useAction } from "../../hooks/useAction";
import { Done, NotAllowed, useRetryKey } from "../../components/mod/ModShared";
import { Empty, ErrorMessage, Loading } from "../../components/Status";
import { plural } from "../../components/format";
import "../../styles/mod.css";

type Category = Schemas["CategoryRead"];

interface Draft {
  slug: string;
  name: string;
  description: string;
  position: string;
}

const EMPTY: Draft = { slug: "", name: "", description: "", position: "" };
const SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

function byPosition(a: Category, b: Category) {
  return a.position - b.position || a.id - b.id;
}

function draftOf(category: Category): Draft {
  return {
    slug: category.slug,
    name: category.name,
    description: category.description,
    position: String(category.position),
  };
}

export function CategoriesAdminPage() {
  const { isAdmin, loading: authLoading, me } = useAuth();
  const queryClient = useQueryClient();
  const categoriesQuery = $api.queryOptions("get", "/api/v1/categories");
  // The same list as the home page's: what is saved here shows there too.
  const { data, error } = $api.useQuery("get", "/api/v1/categories", undefined, { enabled: isAdmin });
  const categories = data ? [...data].sort(byPosition) : null;
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    document.title = "Categories · Village";
  }, []);

  function saved(category: Category, previousSlug: string | null, message: string) {
    queryClient.setQueryData<Category[]>(categoriesQuery.queryKey, (list) => [
      ...(list ?? []).filter((item) => item.slug !== previousSlug && item.id !== category.id),
      category,
    ]);
    // Its own page (and a renamed slug's old one) read anew.
    void queryClient.invalidateQueries({ queryKey: ["get", "/api/v1/categories/{slug}"] });
    setDone(message);
  }

  let body;
  if (authLoading) body = <Loading what="Checking your account" />;
  else if (!isAdmin) body = <NotAllowed who="administrators" signedOut={!me} />;
  else
    body = (
      <>
        <ErrorMessage error={error} />
        {!categories && !error && <Loading what="Loading categories" />}
        {categories?.length === 0 && <Empty>No categories yet. Create the first below.</Empty>}
        {categories && categories.length > 0 && (
          <ul className="card-list mod-categories" aria-label="Categories">
            {categories.map((category) => (
              <li key={category.id} className="card">
                <CategoryRow
                  category={category}
                  onSaved={(fresh) =>
                    saved(fresh, category.slug, `Saved the changes to “${fresh.name}”.`)
                  }
                />
              </li>
            ))}
          </ul>
        )}
        <CreateCategory
          nextPosition={categories?.length ? Math.max(...categories.map((c) => c.position)) + 1 : 0}
          onCreated={(fresh) => saved(fresh, null, `Created the category “${fresh.name}”.`)}
        />
      </>
    );

  return (
    <section aria-labelledby="categories-title" className="mod-page">
      <div className="page-head">
        <h1 id="categories-title">Categories</h1>
        <p className="lead">Where conversations live. Lower positions come first.</p>
      </div>
      <Done>{done}</Done>
      {body}
    </section>
  );
}

function CategoryRow({
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

function CreateCategory({
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

function CategoryFields({
  prefix,
  draft,
  onChange,
  positionHint,
}: {
  prefix: string;
  draft: Draft;
  onChange: (draft: Draft) => void;
  positionHint?: string;
}) {
  return (
    <>
      <label htmlFor={`${prefix}-name`}>Name</label>
      <input
        id={`${prefix}-name`}
        required
        maxLength={80}
        value={draft.name}
        onChange={(event) => onChange({ ...draft, name: event.target.value })}
      />
      <label htmlFor={`${prefix}-slug`}>Slug</label>
      <input
        id={`${prefix}-slug`}
        required
        maxLength={50}
        pattern={SLUG_PATTERN}
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${prefix}-slug-hint`}
        value={draft.slug}
        onChange={(event) => onChange({ ...draft, slug: event.target.value })}
      />
      <p className="hint" id={`${prefix}-slug-hint`}>
        The address: lower-case letters, digits and single hyphens, e.g. <code>school-years</code>.
      </p>
      <label htmlFor={`${prefix}-description`}>Description</label>
      <textarea
        id={`${prefix}-description`}
        className="mod-short-text"
        maxLength={1000}
        value={draft.description}
        onChange={(event) => onChange({ ...draft, description: event.target.value })}
      />
      <label htmlFor={`${prefix}-position`}>Position</label>
      <input
        id={`${prefix}-position`}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000000}
        step={1}
        aria-describedby={positionHint ? `${prefix}-position-hint` : undefined}
        value={draft.position}
        onChange={(event) => onChange({ ...draft, position: event.target.value })}
      />
      {positionHint && (
        <p className="hint" id={`${prefix}-position-hint`}>
          {positionHint}
        </p>
      )}
    </>
  );
}
