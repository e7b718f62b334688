// Test support for the moderator screens: sample data and a render helper with the real
// AuthProvider and a router. Imported by *.test.tsx only, after test/fake-api.ts is installed.
import type { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";

import type { Schemas } from "../../api/client";
import { AuthProvider } from "../../auth/AuthContext";
import { saveTokens } from "../../auth/session";
import { json, type FakeApi } from "../../test/fake-api";
import { WithQueryClient } from "../../test/query";

export { json, noContent, problem } from "../../test/fake-api";

export function userRef(
  id: number,
  username: string,
  role: Schemas["Role"] = "member",
): Schemas["UserRef"] {
  const name = username.replace(/_.*/, "");
  return { id, username, display_name: name.charAt(0).toUpperCase() + name.slice(1), role };
}

export function meAs(role: Schemas["Role"], id = 2, username = "maya_mod"): Schemas["MeRead"] {
  return {
    ...userRef(id, username, role),
    bio: "",
    created_at: "2026-01-01T00:00:00Z",
    email: `${username}@example.test`,
    email_verified: true,
    pending_email: null,
    new_member: null,
    post_count: 0,
    suspended_until: null,
    suspension: null,
  };
}

/** A thread as the API returns it: a plain public one, with `fields` changed. */
export function sampleThread(fields: Partial<Schemas["ThreadRead"]> = {}): Schemas["ThreadRead"] {
  return {
    id: 5,
    category: { id: 3, slug: "toddlers", name: "Toddlers", kind: "forum" },
    title: "The great broccoli standoff",
    author: userRef(6, "tomasz"),
    author_deleted: false,
    anonymous: false,
    is_mine: false,
    created_at: "2026-11-25T10:00:00Z",
    last_post_at: "2026-11-25T10:00:00Z",
    post_count: 3,
    is_pinned: false,
    is_locked: false,
    content_warning: null,
    last_read_number: null,
    unread_count: null,
    subscription: null,
    ...fields,
  };
}

/** A post as the API returns it: a plain visible one, with `fields` changed. */
export function samplePost(fields: Partial<Schemas["PostRead"]> = {}): Schemas["PostRead"] {
  return {
    id: 17,
    thread_id: 5,
    number: 2,
    author: userRef(4, "priya_k"),
    author_deleted: false,
    anonymous: false,
    anonymous_label: null,
    is_mine: false,
    body: "x",
    body_html: "<p>x</p>",
    reply_to: null,
    created_at: "2026-11-25T10:00:00Z",
    edited_at: null,
    is_hidden: false,
    hidden_reason: null,
    hidden_by: null,
    is_deleted: false,
    my_flag: null,
    reactions: {},
    my_reactions: [],
    is_blocked_author: false,
    ...fields,
  };
}

/**
 * Renders `element` at `path` (matched by `route`), signed in as `me` (or signed out), with a
 * fresh QueryClient.
 */
export function renderAt(
  fake: FakeApi,
  element: ReactElement,
  {
    path,
    route,
    me,
    client,
  }: { path: string; route: string; me: Schemas["MeRead"] | null; client?: QueryClient },
) {
  if (me) {
    saveTokens({ access_token: "access", refresh_token: "refresh" });
    fake.on("GET", "/api/v1/me", () => json(200, me));
  }
  return render(
    <WithQueryClient client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>
          <Routes>
            <Route path={route} element={element} />
            <Route path="*" element={<p>Elsewhere</p>} />
          </Routes>
        </AuthProvider>
      </MemoryRouter>
    </WithQueryClient>,
  );
}
