// The search page loads on demand, in a chunk of its own: a first thread view never
// downloads it (src/codeSplit.test.ts).
import { lazy, Suspense } from "react";

import { Loading } from "../Status";

const Screen = lazy(async () => ({ default: (await import("../../pages/SearchPage")).SearchPage }));

export function SearchPage() {
  return (
    <Suspense fallback={<Loading what="Loading search" />}>
      <Screen />
    </Suspense>
  );
}
