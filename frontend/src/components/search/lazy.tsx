// The search page loads on demand, in a chunk of its own: a first thread view never
// downloads it (src/codeSplit.test.ts).
import { onDemand } from "../onDemand";

export const SearchPage = onDemand(
  () => import("../../pages/SearchPage").then((screen) => screen.SearchPage),
  "Loading search",
);
