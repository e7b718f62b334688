// The header's way to search: a box on a wide screen; on a phone, where the header has no
// room, a link to the search page (whose box takes the focus).
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";

import { searchHref } from "./searchTypes";
import "../../styles/reading.css";

export function HeaderSearch() {
  const navigate = useNavigate();
  const [q, setQ] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(searchHref({ q: q.trim(), category: "", author: "" }));
  }

  return (
    <>
      <form role="search" aria-label="Search Village" className="header-search" onSubmit={submit}>
        <label htmlFor="header-search-q" className="visually-hidden">
          Search
        </label>
        <input
          id="header-search-q"
          type="search"
          name="q"
          value={q}
          placeholder="Search"
          enterKeyHint="search"
          maxLength={200}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="submit" className="secondary">
          Search
        </button>
      </form>
      <Link to="/search" className="header-search-link" aria-label="Search">
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5 21 21" />
        </svg>
      </Link>
    </>
  );
}
