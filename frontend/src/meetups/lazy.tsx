// The meet-up screens load on demand, in chunks of their own: a first thread view never
// downloads them (src/codeSplit.test.ts).
import { onDemand } from "../components/onDemand";

export const MeetupsPage = onDemand(
  () => import("../pages/MeetupsPage").then((screen) => screen.MeetupsPage),
  "Loading meet-ups",
);

export const MeetupPage = onDemand(
  () => import("../pages/MeetupPage").then((screen) => screen.MeetupPage),
  "Loading the meet-up",
);

export const NewMeetupPage = onDemand(
  () => import("../pages/MeetupFormPage").then((screen) => screen.NewMeetupPage),
  "Loading the form",
);

export const EditMeetupPage = onDemand(
  () => import("../pages/MeetupFormPage").then((screen) => screen.EditMeetupPage),
  "Loading the form",
);
