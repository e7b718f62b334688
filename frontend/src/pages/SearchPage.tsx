// Search: posts and thread titles that match the words, best match first, with the matches
// highlighted in an excerpt; narrowed by category and author; a page at a time.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";

import { $api, itemsOf, keysetPaging, type KeysetPage } from "../api/query";
import { fullDate, timeAgo } from "../components/format";
import { filtersOf, searchHref, type SearchFilters, type SearchHit } from "../components/search/searchTypes";
import { Empty, ErrorMessage, Loading, NextPage } from "../components/Status";
import { anonymousLabel } from "../components/thread/authorship";
import "../styles/member.css";
import "../styles/reading.css";

/** Results per page. */
const LIMIT = 20;

export function SearchPage() {
  const [params] = useSearchParams();
  const filters = filtersOf(params);
  const { q, category, author } = filters;

  useEffect(() => {
    document.title = q ? `Search: ${q} · Village` : "Search · Village";
  }, [q]);

  return (
    <section aria-labelledby="search-title">
      <div className="page-head">
        <h1 id="search-title">Search</h1>
      </div>
      {/* A new address starts the form from it (the header's box, back and forward). */}
      <SearchForm key={`${q}\n${category}\n${author}`} initial={filters} />
      {q ? (
        <SearchResults filters={filters} />
      ) : (
        <p className="status">Type a few words: a question you remember, a name, a worry.</p>
      )}
    </section>
  );
}

function SearchForm({ initial }: { initial: SearchFilters }) {
  const navigate = useNavigate();
  const id = useId();
  const [form, setForm] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const { data: categories } = $api.useQuery("get", "/api/v1/categories");

  // Coming with nothing to search for (the phone's search link): the box is ready to type.
  useEffect(() => {
    if (!initial.q) input.current?.focus();
  }, [initial.q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(searchHref({ ...form, q: form.q.trim(), author: form.author.trim().replace(/^@/, "") }));
  }

  const set = (field: keyof SearchFilters) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));

  return (
    <form role="search" aria-label="Search the forum" className="search-form" onSubmit={submit}>
      <label htmlFor={`${id}-q`}>Search for</label>
      <div className="search-row">
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          name="q"
          value={form.q}
          maxLength={200}
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          onChange={(event) => set("q")(event.target.value)}
        />
        <button type="submit">Search</button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        Use quotes for a phrase (&quot;night feeds&quot;), -word to exclude.
      </p>
      <div className="search-filters">
        <div>
          <label htmlFor={`${id}-category`}>Category</label>
          <select
            id={`${id}-category`}
            value={form.category}
            onChange={(event) => set("category")(event.target.value)}
          >
            <option value="">All categories</option>
            {categories?.map((item) => (
              <option key={item.id} value={item.slug}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-author`}>Written by (username, optional)</label>
          <input
            id={`${id}-author`}
            type="text"
            value={form.author}
            maxLength={31}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            onChange={(event) => set("author")(event.target.value)}
          />
        </div>
      </div>
    </form>
  );
}

function SearchResults({ filters }: { filters: SearchFilters }) {
  const query = $api.useInfiniteQuery(
    "get",
    "/api/v1/search",
    {
      params: {
        query: {
          q: filters.q,
          limit: LIMIT,
          ...(filters.category ? { category: filters.category } : {}),
          ...(filters.author ? { author: filters.author } : {}),
        },
      },
    },
    keysetPaging,
  );
  const pages: KeysetPage<SearchHit>[] | undefined = query.data?.pages;

  if (!pages) {
    return query.error ? <ErrorMessage error={query.error} /> : <Loading what="Searching" />;
  }
  const hits = itemsOf(pages, (hit) => hit.post.id);

  return (
    <>
      <p className="status" role="status">
        {hits.length === 0
          ? ""
          : query.hasNextPage
            ? `The best ${hits.length} matches; more below.`
            : `${hits.length} ${hits.length === 1 ? "match" : "matches"}.`}
      </p>
      {hits.length === 0 ? (
        <Empty>
          Nothing matched “{filters.q}”{filters.category || filters.author ? " with these filters" : ""}.
          Try fewer words, another spelling, or{" "}
          {filters.category || filters.author ? (
            <Link to={searchHref({ q: filters.q, category: "", author: "" })}>all categories and authors</Link>
          ) : (
            "a word the post would use"
          )}
          .
        </Empty>
      ) : (
        <ol className="card-list search-results" aria-label="Search results">
          {hits.map((hit) => (
            <li key={hit.post.id} className="card">
              <SearchResult hit={hit} />
            </li>
          ))}
        </ol>
      )}
      <NextPage query={query} label="Load more results" />
    </>
  );
}

function SearchResult({ hit }: { hit: SearchHit }) {
  const { post, thread } = hit;
  const author = post.anonymous
    ? anonymousLabel(post)
    : (post.author?.display_name ?? (post.author_deleted ? "Deleted member" : "Anonymous"));
  return (
    <>
      <h2 className="card-title">
        <Link to={`/t/${thread.id}#post-${post.number}`}>{thread.title}</Link>
      </h2>
      <p className="meta">
        {author} · post #{post.number} ·{" "}
        <time dateTime={post.created_at} title={fullDate(post.created_at)}>
          {timeAgo(post.created_at)}
        </time>
      </p>
      {/* Server-escaped excerpt: the only markup in it is <mark> around the matches. */}
      <p className="search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippet_html }} />
    </>
  );
}
