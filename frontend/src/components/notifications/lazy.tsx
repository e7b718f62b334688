// The notifications page and the unsubscribe page, each in a chunk of its own that the
// browser fetches when it is opened: the first thread view stays small (bench/slow3g.mjs).
import { lazy, Suspense, type ComponentType } from "react";

import { Loading } from "../Status";

function onDemand(load: () => Promise<ComponentType>, what: string): ComponentType {
  const Screen = lazy(async () => ({ default: await load() }));
  return function OnDemand() {
    return (
      <Suspense fallback={<Loading what={what} />}>
        <Screen />
      </Suspense>
    );
  };
}

export const NotificationsPage = onDemand(
  () => import("../../pages/NotificationsPage").then((screen) => screen.NotificationsPage),
  "Loading your notifications",
);
export const UnsubscribePage = onDemand(
  () => import("../../pages/UnsubscribePage").then((screen) => screen.UnsubscribePage),
  "Loading",
);
