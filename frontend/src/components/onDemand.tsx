// A screen in a chunk of its own that the browser fetches only when it is opened, so the
// first thread view stays small (bench/slow3g.mjs; src/codeSplit.test.ts holds the build to
// it). Routes use what this returns as they would the screen itself.
import { lazy, Suspense, type ComponentType } from "react";

import { Loading } from "./Status";

export function onDemand(load: () => Promise<ComponentType>, what: string): ComponentType {
  const Screen = lazy(async () => ({ default: await load() }));
  return function OnDemand() {
    return (
      <Suspense fallback={<Loading what={what} />}>
        <Screen />
      </Suspense>
    );
  };
}
