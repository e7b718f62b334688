// Home: the categories with their counts and last activity.
import { useEffect, useState } from "react";
import { Link } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { Empty, ErrorMessage, Loading } from "../components/Status";
import { plural, timeAgo } from "../components/format";

type Category = Schemas["CategoryRead"];

export function HomePage() {
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    document.title = "Village";
    call(api.GET("/api/v1/categories")).then(setCategories, setError);
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
            {category.description && <p>{category.description}</p>}
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
