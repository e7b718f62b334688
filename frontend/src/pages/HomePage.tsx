// Home: the latest threads across the forum (with what is new for a signed-in member) beside
// meet-ups near you and the categories with their counts and last activity; stacked on a phone.
import { useEffect } from "react";
import { Link } from "react-router";

import { $api } from "../api/query";
import { ThreadList } from "../components/category/ThreadList";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { plural, timeAgo } from "../components/format";
import { MeetupsNearYou } from "../groups/MeetupsNearYou";
import "../styles/member.css";
import "../styles/reading.css";

/** Threads on the home page's first page: enough for a glance, "Load more" for the rest. */
const LATEST = 10;

export function HomePage() {
  const { data: categories, error } = $api.useQuery("get", "/api/v1/categories");

  useEffect(() => {
    document.title = "Village";
  }, []);

  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">Welcome to Village</h1>
        <p className="lead">A place where parents find each other. Pull up a chair.</p>
      </div>
      <div className="home-columns">
        <section aria-labelledby="latest-title" className="home-latest">
          <h2 id="latest-title">Latest threads</h2>
          <ThreadList
            sort="active"
            limit={LATEST}
            label="Latest threads"
            empty="Nothing here yet: pick a category and start the first thread."
          />
        </section>
        <div className="home-side">
          <MeetupsNearYou />
          <section aria-labelledby="categories-title" className="home-categories">
            <h2 id="categories-title">Categories</h2>
            <ErrorMessage error={error} />
            {!categories && !error && <Loading what="Loading categories" />}
            {categories?.length === 0 && <Empty>No categories yet.</Empty>}
            <ul className="card-list" aria-label="Categories">
              {categories?.map((category) => (
                <li key={category.id} className="card">
                  <h3 className="card-title">
                    <Link to={`/c/${category.slug}`}>{category.name}</Link>
                  </h3>
                  {category.description_html && (
                    // Server-rendered, sanitised Markdown, as a post's body_html.
                    <div className="category-description" dangerouslySetInnerHTML={{ __html: category.description_html }} />
                  )}
                  <p className="meta">
                    {plural(category.thread_count, "thread")} · {plural(category.post_count, "post")}
                    {category.last_post_at && <> · active {timeAgo(category.last_post_at)}</>}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </section>
  );
}
