// The header's search box: at the end of the row of links on a wide screen, of the menu on a
// phone (the header's one row has no room left there for a moderator's counts).
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";

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
  );
}
