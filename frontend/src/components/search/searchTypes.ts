// One search result as GET /search answers it: the post, its thread, and the excerpt with
// the matches in <mark> (HTML the server escaped and sanitised).
import type { Schemas } from "../../api/client";

export type SearchHit = Schemas["SearchHit"];

export interface SearchFilters {
  q: string;
  category: string;
  author: string;
}

/** The filters the address holds (/search?q=…&category=…&author=…). */
export function filtersOf(params: URLSearchParams): SearchFilters {
  return {
    q: params.get("q")?.trim() ?? "",
    category: params.get("category") ?? "",
    author: params.get("author")?.trim().replace(/^@/, "") ?? "",
  };
}

/** The address of a search: empty filters are left out. */
export function searchHref(filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.category) params.set("category", filters.category);
  if (filters.author) params.set("author", filters.author);
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
