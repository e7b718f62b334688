// Where to go after signing in or joining: back to the page the person was on, carried in
// the address as `?next=`. Only a path on this site is ever followed — never another origin
// ("//evil.example", "https://…", "/\\evil.example"), so a link cannot send someone who just
// typed their password to a look-alike site.

/** Pages that make no sense to come back to once signed in. */
const ACCOUNT_PAGES = new Set(["/signin", "/signup", "/forgot-password", "/reset-password", "/verify-email"]);

/** `raw` as a same-origin path (with its query and #fragment), or "/" when it is anything else. */
export function safeNext(raw: string | null | undefined, origin: string = window.location.origin): string {
  // A path, not a scheme-relative or backslashed address that browsers read as another host.
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return "/";
  }
  // The URL parser drops tabs and newlines ("/\t/evil.example"): what it resolved is what counts.
  if (url.origin !== origin || ACCOUNT_PAGES.has(url.pathname)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/signin` or `/signup` carrying `next` (nothing when it is the home page). */
export function withNext(page: "/signin" | "/signup", next: string): string {
  const target = safeNext(next);
  return target === "/" ? page : `${page}?next=${encodeURIComponent(target)}`;
}

/**
 * The place to come back to from here: this page, or on an account page (sign in, join, …)
 * the `next` it already carries.
 */
export function nextFrom(location: { pathname: string; search: string; hash: string }): string {
  if (ACCOUNT_PAGES.has(location.pathname)) {
    return safeNext(new URLSearchParams(location.search).get("next"));
  }
  return safeNext(`${location.pathname}${location.search}${location.hash}`);
}
