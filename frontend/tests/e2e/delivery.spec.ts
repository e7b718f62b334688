// How the web app reaches the browser (issue 11): scripts and style sheets arrive brotli-
// compressed from the files the build wrote, and the moderators' screens are chunks of their
// own that a member's browser never asks for, while a moderator's gets them when opened.
import { expect, signIn, signOut, test } from "./helpers";

const MOD_CHUNK = /^\/assets\/(QueuePage|AuditLogPage|CategoriesAdminPage)-[\w-]+\.js$/;

test("a member never downloads the moderator screens; a moderator gets each on opening it", async ({
  page,
}) => {
  const fetched: string[] = [];
  const encodings = new Map<string, string>();
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    fetched.push(path);
    encodings.set(path, response.headers()["content-encoding"] ?? "identity");
  });

  await page.goto("/");
  await signIn(page, "sam_and_bea");
  await page.goto("/t/1");
  await expect(page.locator("article#post-1")).toBeVisible();
  await page.goto("/settings");
  await page.goto("/u/sam_and_bea");
  expect(fetched.filter((path) => MOD_CHUNK.test(path))).toEqual([]);
  const scripts = fetched.filter((path) => /^\/assets\/.+\.(js|css)$/.test(path));
  expect(scripts.length).toBeGreaterThan(0);
  for (const path of scripts) expect(encodings.get(path), path).toBe("br");

  await signOut(page);
  await signIn(page, "maya_mod");
  await page.goto("/mod/queue");
  await expect(page.getByRole("heading", { level: 1, name: /Review queue/ })).toBeVisible();
  await page.goto("/mod/log");
  await expect(page.getByRole("heading", { level: 1, name: "Moderation log" })).toBeVisible();
  const chunks = fetched.filter((path) => MOD_CHUNK.test(path));
  expect(chunks.some((path) => path.includes("/QueuePage-"))).toBe(true);
  expect(chunks.some((path) => path.includes("/AuditLogPage-"))).toBe(true);
  expect(chunks.some((path) => path.includes("/CategoriesAdminPage-"))).toBe(false);
  for (const path of chunks) expect(encodings.get(path), path).toBe("br");
});
