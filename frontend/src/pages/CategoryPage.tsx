// A category: its threads (pinned first), by recent activity or newest, a page at a time.
import { useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { useAuth } from "../auth/AuthContext";
import { fullDate, plural, timeAgo } from "../components/format";
import { Empty, ErrorMessage, LoadMore, Loading } from "../components/Status";
import "../styles/member.css";

type Category = Schemas["CategoryRead"];
type Thread = Schemas["ThreadRead"];
type Sort = "active" | "new";

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
  const [category, setCategory] = useState<Category | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    call(api.GET("/api/v1/categories/{slug}", { params: { path: { slug } } })).then(
      (loaded) => {
        if (!active) return;
        setCategory(loaded);
        document.title = `${loaded.name} · Village`;
      },
      (caught: unknown) => {
        if (active) setError(caught);
      },
    );
    return () => {
      active = false;
    };
  }, [slug]);

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

  return (
    <section aria-labelledby="category-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Categories</Link>
      </nav>
      <div className="page-head category-head">
        <div>
          <h1 id="category-title">{category.name}</h1>
          {category.description && <p className="lead">{category.description}</p>}
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
            onClick={() => {
              const next = new URLSearchParams(params);
              if (option.value === "active") next.delete("sort");
              else next.set("sort", option.value);
              setParams(next, { replace: true });
            }}
          >
            {option.label}
          </button>
        ))}
      </div>

      <ThreadList key={`${slug}:${sort}`} slug={slug} sort={sort} startHref={startHref} />
    </section>
  );
}

function ThreadList({ slug, sort, startHref }: { slug: string; sort: Sort; startHref: string }) {
  const [threads, setThreads] = useState<Thread[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let active = true;
    call(api.GET("/api/v1/threads", { params: { query: { category: slug, sort } } })).then(
      (page) => {
        if (!active) return;
        setThreads(page.items);
        setCursor(page.next_cursor);
      },
      (caught: unknown) => {
        if (active) setError(caught);
      },
    );
    return () => {
      active = false;
    };
  }, [slug, sort]);

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await call(
        api.GET("/api/v1/threads", { params: { query: { category: slug, sort, cursor } } }),
      );
      setThreads((current) => {
        const known = new Set((current ?? []).map((thread) => thread.id));
        return [...(current ?? []), ...page.items.filter((thread) => !known.has(thread.id))];
      });
      setCursor(page.next_cursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  if (!threads) {
    return error ? <ErrorMessage error={error} /> : <Loading what="Loading threads" />;
  }

  return (
    <>
      {threads.length === 0 ? (
        <Empty>
          No threads here yet. <Link to={startHref}>Start the first one</Link>: someone out there
          is wondering the same thing.
        </Empty>
      ) : (
        <ul className="card-list thread-list" aria-label="Threads">
          {threads.map((thread) => (
            <li key={thread.id} className={`card thread-card${thread.is_pinned ? " is-pinned" : ""}`}>
              {(thread.is_pinned || thread.is_locked || thread.content_warning) && (
                <p className="badges">
                  {thread.is_pinned && <span className="badge pinned-badge">Pinned</span>}
                  {thread.is_locked && <span className="badge">Locked</span>}
                  {thread.content_warning && (
                    <span className="badge cw-badge">CW: {thread.content_warning}</span>
                  )}
                </p>
              )}
              <h2 className="card-title">
                <Link to={`/t/${thread.id}`}>{thread.title}</Link>
              </h2>
              <p className="meta">
                {thread.author ? thread.author.display_name : "Anonymous"} ·{" "}
                {plural(thread.post_count, "post")} · active{" "}
                <time dateTime={thread.last_post_at} title={fullDate(thread.last_post_at)}>
                  {timeAgo(thread.last_post_at)}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        visible={Boolean(cursor)}
        loading={loadingMore}
        error={error}
        label="Load more threads"
        onLoad={loadMore}
      />
    </>
  );
}
