// Forgetting, at sign-out, what this device remembers about the person who used it.
//
// Village is often read on a shared family device. Everything the app keeps in this site's
// localStorage is about the person signed in: the session, drafts (perhaps words meant to be
// posted anonymously), and report attempts (`report:<post id>:attempt`, which would tell the
// next person which post this one reported). So signing out — and leaving Village — clears
// every key this origin holds, drafts included: an unsent draft is lost rather than shown to
// whoever picks up the device next. The app keeps no device preference worth sparing, and
// nothing in sessionStorage.
//
// A session that merely runs out (the refresh token expired) is not a sign-out: the same
// person signs in again and finds their drafts.
import { forgetDraftsInMemory } from "../drafts";

export function forgetThisDevice(): void {
  forgetDraftsInMemory();
  try {
    localStorage.clear();
  } catch {
    // storage unavailable: there is nothing in it to forget
  }
}
