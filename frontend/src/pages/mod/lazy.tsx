// The moderators' and admins' screens, each in a chunk of its own that the browser fetches
// only when one of them is opened: members never download them (src/codeSplit.test.ts holds
// the build to it). The routes in App.tsx use these as they would the screens themselves.
import { onDemand } from "../../components/onDemand";

export const QueuePage = onDemand(
  () => import("./QueuePage").then((screen) => screen.QueuePage),
  "Loading the review queue",
);
export const AuditLogPage = onDemand(
  () => import("./AuditLogPage").then((screen) => screen.AuditLogPage),
  "Loading the log",
);
export const CategoriesAdminPage = onDemand(
  () => import("./CategoriesAdminPage").then((screen) => screen.CategoriesAdminPage),
  "Loading the categories",
);
