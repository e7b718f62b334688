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
