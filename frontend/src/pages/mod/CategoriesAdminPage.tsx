// Administrators: the list of categories, a form to add one, and inline editing.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { Schemas } from "../../api/client";
import { $api } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { CategoryRow } from "../../components/mod/categories/CategoryRow";
import { CreateCategory } from "../../components/mod/categories/CreateCategory";
import { Done, NotAllowed } from "../../components/mod/ModShared";
import { Empty, ErrorMessage, Loading } from "../../components/Status";
import "../../styles/mod.css";

type Category = Schemas["CategoryRead"];

function byPosition(a: Category, b: Category) {
  return a.position - b.position || a.id - b.id;
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
