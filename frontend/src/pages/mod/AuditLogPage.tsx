// The moderation log: every moderator action and every automatic one, newest first.
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "react-router";

import { api, call, type Schemas } from "../../api/client";
import { useAuth } from "../../auth/AuthContext";
import { isAccessError, NotAllowed, UserLink, When } from "../../components/mod/ModShared";
import { Empty, ErrorMessage, LoadMore, Loading } from "../../components/Status";
import { actionLabel, AUDIT_ACTIONS, TARGET_TYPES } from "./labels";
import "../../styles/mod.css";

type Entry = Schemas["AuditEntryRead"];

const PAGE_SIZE = 25;

interface Filters {
  actor: string;
  action: string;
  target_type: string;
}

interface Loaded {
  key: string;
  entries: Entry[];
  next: string | null;
  error: unknown;
}

type PostPlace = { thread_id: number; number: number } | null;

function filtersOf(params: URLSearchParams): Filters {
  return {
    actor: params.get("actor") ?? "",
    action: params.get("action") ?? "",
    target_type: params.get("target_type") ?? "",
  };
}

/** Only the filters that are set: an empty one means "any". */
function queryOf(filters: Filters, cursor?: string) {
  return {
    limit: PAGE_SIZE,
    actor: filters.actor.trim() || undefined,
    action: filters.action || undefined,
    target_type: filters.target_type || undefined,
    cursor,
  };
}

export function AuditLogPage() {
  const { me, loading: authLoading } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const filterKey = new URLSearchParams(Object.entries(filters)).toString();
  const key = `${me?.id ?? 0}?${filterKey}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [categories, setCategories] = useState<Map<number, string>>(new Map());
  const [posts, setPosts] = useState<Map<number, PostPlace>>(new Map());
  const askedPosts = useRef(new Set<number>());

  useEffect(() => {
    document.title = "Moderation log · Village";
    call(api.GET("/api/v1/categories")).then(
      (list) => setCategories(new Map(list.map((category) => [category.id, category.slug]))),
      () => undefined, // category targets then show without a link
    );
  }, []);

  const { actor, action, target_type } = filters;
  useEffect(() => {
    if (authLoading) return;
    let active = true;
    call(
      api.GET("/api/v1/moderation/log", {
        params: { query: queryOf({ actor, action, target_type }) },
      }),
    ).then(
      (page) => {
        if (active) setLoaded({ key, entries: page.items, next: page.next_cursor, error: null });
      },
      (error: unknown) => {
        if (active) setLoaded({ key, entries: [], next: null, error });
      },
    );
    return () => {
      active = false;
    };
  }, [key, actor, action, target_type, authLoading]);

  const current = loaded?.key === key ? loaded : null;
  const entries = current?.entries;

  // Entries name posts by id; a link needs the thread and number, so look each up once.
  useEffect(() => {
    for (const entry of entries ?? []) {
      if (entry.target_type !== "post" || askedPosts.current.has(entry.target_id)) continue;
      const id = entry.target_id;
      askedPosts.current.add(id);
      call(api.GET("/api/v1/posts/{post_id}", { params: { path: { post_id: id } } })).then(
        (post) => {
          const place = { thread_id: post.thread_id, number: post.number };
          setPosts((known) => new Map(known).set(id, place));
        },
        () => setPosts((known) => new Map(known).set(id, null)),
      );
    }
  }, [entries]);

  function apply(next: Filters) {
    const search = new URLSearchParams();
    if (next.actor.trim()) search.set("actor", next.actor.trim());
    if (next.action) search.set("action", next.action);
    if (next.target_type) search.set("target_type", next.target_type);
    setParams(search);
  }

  async function loadMore() {
    if (!current?.next) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await call(
        api.GET("/api/v1/moderation/log", { params: { query: queryOf(filters, current.next) } }),
      );
      setLoaded((state) =>
        state && state.key === key
          ? { ...state, entries: [...state.entries, ...page.items], next: page.next_cursor }
          : state,
      );
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  const filtered = Boolean(filters.actor || filters.action || filters.target_type);

  return (
    <section aria-labelledby="log-title" className="mod-page">
      <div className="page-head">
        <h1 id="log-title">Moderation log</h1>
        <p className="lead">Every moderator action and every automatic one, newest first.</p>
      </div>
      {/* Remounted when the applied filters change (e.g. back/forward), never while typing. */}
      <LogFilters key={filterKey} initial={filters} onApply={apply} />
      {isAccessError(current?.error) ? (
        <NotAllowed error={current?.error} />
      ) : (
        <ErrorMessage error={current?.error} />
      )}
      {!current && <Loading what="Loading the log" />}
      {current && !current.error && current.entries.length === 0 && (
        <Empty>{filtered ? "No log entries match these filters." : "The log is empty."}</Empty>
      )}
      {entries && entries.length > 0 && (
        <div className="mod-table-scroll" role="region" aria-labelledby="log-caption" tabIndex={0}>
          {/* Explicit roles keep the table a table for assistive technology when the narrow
              layout stacks each row into a card with CSS. */}
          <table className="mod-table" role="table">
            <caption id="log-caption" className="visually-hidden">
              Moderation log entries
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">When</th>
                <th scope="col" role="columnheader">Who</th>
                <th scope="col" role="columnheader">Action</th>
                <th scope="col" role="columnheader">Target</th>
                <th scope="col" role="columnheader">Note</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {entries.map((entry) => (
                <tr key={entry.id} role="row">
                  <td role="cell" data-label="When" className="mod-nowrap">
                    <When iso={entry.created_at} />
                  </td>
                  <td role="cell" data-label="Who">
                    <span>
                      {entry.actor ? (
                        <UserLink user={entry.actor} />
                      ) : (
                        <span className="mod-automatic">automatic</span>
                      )}
                    </span>
                  </td>
                  <td role="cell" data-label="Action">
                    <span>
                      {actionLabel(entry.action)} <code className="mod-code">{entry.action}</code>
                    </span>
                  </td>
                  <td role="cell" data-label="Target">
                    <span>
                      <Target entry={entry} categories={categories} posts={posts} />
                    </span>
                  </td>
                  <td role="cell" data-label="Note" className="mod-note-cell">
                    {entry.note ?? ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        visible={Boolean(current?.next)}
        loading={loadingMore}
        error={moreError}
        onLoad={loadMore}
      />
    </section>
  );
}

function LogFilters({
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
          onClick={() => onApply({ actor: "", action: "", target_type: "" })}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}

function Target({
  entry,
  categories,
  posts,
}: {
  entry: Entry;
  categories: Map<number, string>;
  posts: Map<number, PostPlace>;
}) {
  const id = entry.target_id;
  switch (entry.target_type) {
    case "thread":
      return entry.action === "thread.delete" ? (
        <>Thread #{id}</>
      ) : (
        <Link to={`/t/${id}`}>Thread #{id}</Link>
      );
    case "post": {
      const place = posts.get(id);
      return place ? (
        <Link to={`/t/${place.thread_id}#post-${place.number}`}>Post #{id}</Link>
      ) : (
        <>Post #{id}</>
      );
    }
    case "category": {
      const slug = categories.get(id);
      return slug ? <Link to={`/c/${slug}`}>Category “{slug}”</Link> : <>Category #{id}</>;
    }
    case "flag":
      return <>Report #{id}</>;
    case "user":
      return <>Member #{id}</>;
    default:
      return (
        <>
          {entry.target_type} #{id}
        </>
      );
  }
}
