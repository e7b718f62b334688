// A category: its threads (pinned first), by recent activity or newest, a page at a time.
import { useEffect } from "react";
import { Link, useParams, useSearchParams } from "react-router";

import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { ThreadList, type Sort } from "../components/category/ThreadList";
import { plural } from "../components/format";
import { ErrorMessage, Loading } from "../components/Status";
import "../styles/member.css";

const SORTS: { value: Sort; label: string }[] = [
  { value: "active", label: "Recently active" },
  { value: "new", label: "Newest first" },
];

export function CategoryPage() {
  const { slug = "" } = useParams();
  return <CategoryView key={slug} slug={slug} />;
}

function CategoryView({ slug }: { slug: string }) {
  const [params, setParams] = useSearchParams();
  const sort: Sort = params.get("sort") === "new" ? "new" : "active";
  const { me } = useAuth();
  const { data: category, error } = $api.useQuery("get", "/api/v1/categories/{slug}", {
    params: { path: { slug } },
  });

  const name = category?.name;
  useEffect(() => {
    if (name) document.title = `${name} · Village`;
  }, [name]);

  const newThreadPath = `/new?category=${encodeURIComponent(slug)}`;
  const startHref = me ? newThreadPath : `/signin?next=${encodeURIComponent(newThreadPath)}`;

  if (error) {
    return (
      <section>
        <h1>Category</h1>
        <ErrorMessage error={error} />
        <p>
          <Link to="/">Back to the categories</Link>
        </p>
      </section>
    );
  }
  if (!category) return <Loading what="Loading the category" />;

  function choose(value: Sort) {
    const next = new URLSearchParams(params);
    if (value === "active") next.delete("sort");
    else next.set("sort", value);
    setParams(next, { replace: true });
  }

  return (
    <section aria-labelledby="category-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Categories</Link>
      </nav>
      <div className="page-head category-head">
        <div>
          <h1 id="category-title">{category.name}</h1>
          {category.description_html && (
            // Server-rendered, sanitised Markdown, as a post's body_html.
            <div className="lead category-description" dangerouslySetInnerHTML={{ __html: category.description_html }} />
          )}
          <p className="meta">
            {plural(category.thread_count, "thread")} · {plural(category.post_count, "post")}
          </p>
        </div>
        <Link to={startHref} className="button start-thread">
          Start a thread
        </Link>
      </div>

      <div className="sort-toggle" role="group" aria-label="Sort threads">
        {SORTS.map((option) => (
          <button
            key={option.value}
            type="button"
            className="secondary"
            aria-pressed={sort === option.value}
            onClick={() => choose(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>

      <ThreadList
        slug={slug}
        sort={sort}
        empty={
          <>
            No threads here yet. <Link to={startHref}>Start the first one</Link>: someone out
            there is wondering the same thing.
          </>
        }
      />
    </section>
  );
}
