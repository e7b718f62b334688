// Home: the categories with their counts and last activity.
import { useEffect } from "react";
import { Link } from "react-router";

import { $api } from "../api/query";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { plural, timeAgo } from "../components/format";
import "../styles/member.css";

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
      <ErrorMessage error={error} />
      {!categories && !error && <Loading what="Loading categories" />}
      {categories?.length === 0 && <Empty>No categories yet.</Empty>}
      <ul className="card-list">
        {categories?.map((category) => (
          <li key={category.id} className="card">
            <h2 className="card-title">
              <Link to={`/c/${category.slug}`}>{category.name}</Link>
            </h2>
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
  );
}
