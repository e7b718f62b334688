// Loading, empty and error states, shared by every screen.
import type { ReactNode } from "react";

import { describe } from "../api/problem";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}

/** Shows the API's own words (problem `detail`), never a generic "something went wrong". */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {describe(error)}
    </p>
  );
}

/** The "load more" button under a keyset-paged list, with the error of the last attempt. */
export function LoadMore({
  visible,
  loading,
  error,
  label = "Load more",
  onLoad,
}: {
  visible: boolean;
  loading: boolean;
  error?: unknown;
  label?: string;
  onLoad: () => Promise<void> | void;
}) {
  return (
    <>
      <ErrorMessage error={error} />
      {visible && (
        <div className="actions load-more">
          <button type="button" className="secondary" disabled={loading} onClick={() => void onLoad()}>
            {loading ? "Loading…" : label}
          </button>
        </div>
      )}
    </>
  );
}

/** What `NextPage` reads of a keyset-paged list (a `useInfiniteQuery` result). */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/** The "Load more" button of a keyset-paged list, with the error of its last page. */
export function NextPage({ query, label }: { query: PagedQuery; label?: string }) {
  return (
    <LoadMore
      visible={query.hasNextPage}
      loading={query.isFetchingNextPage}
      error={query.isFetchNextPageError ? query.error : null}
      label={label}
      onLoad={() => void query.fetchNextPage()}
    />
  );
}
