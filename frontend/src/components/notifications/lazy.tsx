// The notifications page and the unsubscribe page, each in a chunk of its own that the
// browser fetches when it is opened: the first thread view stays small (bench/slow3g.mjs).
import { onDemand } from "../onDemand";

export const NotificationsPage = onDemand(
  () => import("../../pages/NotificationsPage").then((screen) => screen.NotificationsPage),
  "Loading your notifications",
);
export const UnsubscribePage = onDemand(
  () => import("../../pages/UnsubscribePage").then((screen) => screen.UnsubscribePage),
  "Loading",
);
