// The groups screens, each in a chunk of its own that the browser fetches when it is opened:
// the first thread view stays small (bench/slow3g.mjs).
import { onDemand } from "../components/onDemand";

export const GroupsPage = onDemand(
  () => import("../pages/GroupsPage").then((screen) => screen.GroupsPage),
  "Loading the groups",
);
export const GroupPage = onDemand(
  () => import("../pages/GroupPage").then((screen) => screen.GroupPage),
  "Loading the group",
);
