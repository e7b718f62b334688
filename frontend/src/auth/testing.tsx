// Test support for the account screens: a member as GET /me returns them, and a render
// helper with the real AuthProvider, a router, and the app-wide notices (suspension, the
// status carried to the next page). Imported by *.test.tsx only, after test/fake-api.ts.
import type { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";

import { PageNotice } from "../components/PageNotice";
import { SuspensionBanner } from "../components/SuspensionNotice";
import { json, type FakeApi } from "../test/fake-api";
import { WithQueryClient } from "../test/query";
import { AuthProvider, type Me } from "./AuthContext";
import { saveTokens } from "./session";

export function sampleMe(fields: Partial<Me> = {}): Me {
  return {
    id: 5,
    username: "grace_l",
    display_name: "Grace",
    role: "member",
    email: "grace@example.org",
    email_verified: true,
    pending_email: null,
    bio: "",
    created_at: "2026-01-01T00:00:00Z",
    post_count: 2,
    suspended_until: null,
    suspension: null,
    new_member: null,
    ...fields,
  };
}

/** Where the app is now, for a test to read: "/path?query#hash". */
function Where() {
  const location = useLocation();
  return <div data-testid="where">{`${location.pathname}${location.search}${location.hash}`}</div>;
}

/**
 * Renders `element` at `path` (matched by `route`), signed in as `me` (or signed out): any
 * other address shows "Elsewhere". Every screen has the app's notices above it, as in App.tsx.
 */
export function renderAccount(
  fake: FakeApi,
  element: ReactElement,
  { path, route, me, client }: { path: string; route: string; me: Me | null; client?: QueryClient },
) {
  if (me) {
    saveTokens({ access_token: "access", refresh_token: "refresh" });
    fake.on("GET", "/api/v1/me", () => json(200, me));
  }
  return render(
    <WithQueryClient client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>
          <SuspensionBanner />
          <PageNotice />
          <Routes>
            <Route path={route} element={element} />
            <Route path="*" element={<p>Elsewhere</p>} />
          </Routes>
          <Where />
        </AuthProvider>
      </MemoryRouter>
    </WithQueryClient>,
  );
}
