// Shared pieces of the browser journeys: fresh members, signing in and out through the
// screens, starting threads, the API shortcuts used only to prepare data for a test whose
// subject is something else, the console/CSP watcher, axe-core and screenshots.
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
  type TestInfo,
} from "@playwright/test";

import type { components } from "../../src/api/schema";

type Schemas = components["schemas"];

/** The password of every demo account (maya_mod, admin, sam_and_bea, …). */
export const DEMO_PASSWORD = "village-demo-2026";
/** Fresh members' password: at least 10 characters. */
export const MEMBER_PASSWORD = "a kind and long e2e password";

export interface Member {
  username: string;
  displayName: string;
  email: string;
  password: string;
}

/** A username no earlier run or project has used: `e2e_<time><random>`, at most 30 chars. */
export function uniqueName(prefix = "e2e"): string {
  const time = Date.now().toString(36).slice(-6);
  const random = Math.random().toString(36).slice(2, 7);
  return `${prefix}_${time}${random}`.slice(0, 30);
}

export function newMember(displayName?: string): Member {
  const username = uniqueName();
  return {
    username,
    displayName: displayName ? `${displayName} ${username.slice(-5)}` : username,
    email: `${username}@e2e.example`,
    password: MEMBER_PASSWORD,
  };
}

/** A phrase unique to this test run, to find posts and threads again. */
export function uniqueText(words: string): string {
  return `${words} ${Math.random().toString(36).slice(2, 8)}`;
}

// ---------------------------------------------------------------- through the screens

function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

/** The header's links. On a phone they fold behind "Menu": this opens it if it is closed. */
export async function openMainMenu(page: Page): Promise<Locator> {
  const nav = mainNav(page);
  const menu = nav.getByRole("button", { name: /^Menu/ });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") {
    await menu.click();
  }
  return nav;
}

/** Folds the phone menu again if it is open, so that it covers nothing of the page. */
export async function closeMainMenu(page: Page) {
  const menu = mainNav(page).getByRole("button", { name: /^Menu/ });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "true") {
    await menu.click();
  }
}

/**
 * Waits until `target` shows among the header's links, opening the phone menu as needed
 * (following a link closes it again, so it is opened on each try).
 */
export async function expectInMainNav(page: Page, target: (nav: Locator) => Locator) {
  await expect(async () => {
    await expect(target(await openMainMenu(page))).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

/** Joins through /signup; the new member ends up signed in on the home page. */
export async function signUp(page: Page, member: Member = newMember()): Promise<Member> {
  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1, name: "Join Village" })).toBeVisible();
  await page.getByLabel("Username", { exact: true }).fill(member.username);
  await page.getByLabel("Display name (optional)").fill(member.displayName);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Join" }).click();
  await expectInMainNav(page, (nav) => nav.getByRole("button", { name: "Sign out" }));
  await expectInMainNav(page, (nav) => nav.getByRole("link", { name: member.displayName }));
  await expect(page).toHaveURL(/\/$/);
  return member;
}

/** Signs in through /signin (optionally with ?next=) and waits until the header knows. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/signin?next=${encodeURIComponent(next)}` : "/signin");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectInMainNav(page, (nav) => nav.getByRole("button", { name: "Sign out" }));
  // On a phone the check opened the menu, which now lists enough to cover the page's top.
  await closeMainMenu(page);
}

/** Signs out with the header button and waits for the server to forget the session. */
export async function signOut(page: Page) {
  const loggedOut = page.waitForResponse(
    (response) => response.url().endsWith("/api/v1/auth/logout") && response.request().method() === "POST",
  );
  await (await openMainMenu(page)).getByRole("button", { name: "Sign out" }).click();
  await loggedOut;
  await expectInMainNav(page, (nav) => nav.getByRole("link", { name: "Sign in" }));
}

export interface NewThread {
  category: string;
  title: string;
  body: string;
  anonymous?: boolean;
  contentWarning?: string;
}

/** Starts a thread from the category's "Start a thread" link; returns its id. */
export async function createThreadViaUi(page: Page, thread: NewThread): Promise<number> {
  await page.goto(`/c/${thread.category}`);
  await page.getByRole("link", { name: "Start a thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start a thread" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue(thread.category);
  await page.getByRole("textbox", { name: "Title" }).fill(thread.title);
  await page.getByRole("textbox", { name: "Your message" }).fill(thread.body);
  if (thread.contentWarning) {
    await page.getByRole("textbox", { name: "Content warning (optional)" }).fill(thread.contentWarning);
  }
  if (thread.anonymous) await page.getByRole("checkbox", { name: "Post anonymously" }).check();
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(page).toHaveURL(/\/t\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: thread.title })).toBeVisible();
  const match = /\/t\/(\d+)$/.exec(page.url());
  return Number(match?.[1]);
}

/** The post at #post-N, as the article its author heading names. */
export function post(page: Page, number: number) {
  return page.locator(`article#post-${number}`);
}

/** Waits until no "Loading …" status is left on the screen. */
export async function loaded(page: Page) {
  await expect(page.locator('p.status[role="status"]')).toHaveCount(0);
}

// ------------------------------------------------- API shortcuts (test preparation only)

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function registerViaApi(request: APIRequestContext, member = newMember()): Promise<Member> {
  await ok(
    await request.post("/api/v1/auth/register", {
      data: {
        username: member.username,
        email: member.email,
        password: member.password,
        display_name: member.displayName,
      },
    }),
    `register ${member.username}`,
  );
  return member;
}

export interface Session {
  access_token: string;
  refresh_token: string;
}

export async function sessionViaApi(
  request: APIRequestContext,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const tokens = await ok<Session>(
    await request.post("/api/v1/auth/token", {
      form: { username, password, grant_type: "password", scope: "" },
    }),
    `sign in ${username}`,
  );
  return { access_token: tokens.access_token, refresh_token: tokens.refresh_token };
}

/** Opens the page already signed in (the web app keeps its session in localStorage). */
export async function useSession(page: Page, session: Session) {
  await page.addInitScript((tokens) => {
    // Only once per tab, so that signing out in the test is not undone by a reload.
    if (sessionStorage.getItem("e2e.session-seeded")) return;
    sessionStorage.setItem("e2e.session-seeded", "1");
    localStorage.setItem("village.session", JSON.stringify(tokens));
  }, session);
}

function bearer(session: Session) {
  return { Authorization: `Bearer ${session.access_token}` };
}

export async function createThreadViaApi(
  request: APIRequestContext,
  session: Session,
  thread: NewThread,
): Promise<Schemas["ThreadCreated"]> {
  return ok(
    await request.post("/api/v1/threads", {
      headers: bearer(session),
      data: {
        category: thread.category,
        title: thread.title,
        body: thread.body,
        anonymous: thread.anonymous ?? false,
        content_warning: thread.contentWarning ?? null,
      },
    }),
    "create thread",
  );
}

export async function replyViaApi(
  request: APIRequestContext,
  session: Session,
  threadId: number,
  body: string,
): Promise<Schemas["PostRead"]> {
  return ok(
    await request.post(`/api/v1/threads/${threadId}/posts`, {
      headers: bearer(session),
      data: { body, anonymous: false, reply_to: null },
    }),
    "reply",
  );
}

export async function reactViaApi(request: APIRequestContext, session: Session, postId: number, kind: string) {
  await ok(
    await request.put(`/api/v1/posts/${postId}/reactions/${kind}`, { headers: bearer(session) }),
    "react",
  );
}

export async function flagViaApi(
  request: APIRequestContext,
  session: Session,
  postId: number,
  reason: Schemas["FlagReason"],
  note: string | null = null,
) {
  await ok(
    await request.post(`/api/v1/posts/${postId}/flags`, { headers: bearer(session), data: { reason, note } }),
    "flag",
  );
}

export async function hideViaApi(request: APIRequestContext, session: Session, postId: number, reason: string) {
  await ok(
    await request.post(`/api/v1/posts/${postId}/hide`, { headers: bearer(session), data: { reason } }),
    "hide",
  );
}

/** A meet-up starting `daysAhead` days from now (an hour long), hosted by `session`'s member. */
export async function createMeetupViaApi(
  request: APIRequestContext,
  session: Session,
  meetup: { title: string; area: string; venue: string; capacity?: number | null; group?: string; daysAhead?: number },
): Promise<Schemas["MeetupRead"]> {
  const starts = new Date(Date.now() + (meetup.daysAhead ?? 3) * 24 * 3600 * 1000);
  return ok(
    await request.post("/api/v1/meetups", {
      headers: bearer(session),
      data: {
        title: meetup.title,
        kind: "coffee",
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 3600 * 1000).toISOString(),
        area: meetup.area,
        venue: meetup.venue,
        capacity: meetup.capacity ?? null,
        ...(meetup.group ? { group: meetup.group } : {}),
      },
    }),
    "create meet-up",
  );
}

export async function rsvpViaApi(
  request: APIRequestContext,
  session: Session,
  meetupId: number,
  status: "going" | "maybe" | "not_going",
): Promise<Schemas["RsvpRead"]> {
  return ok(
    await request.put(`/api/v1/meetups/${meetupId}/rsvp`, { headers: bearer(session), data: { status } }),
    "rsvp",
  );
}

// ------------------------------------------------------- console errors and CSP violations

/**
 * Collects console errors, uncaught page errors and Content-Security-Policy violations.
 * `allow` lists expected messages, e.g. the browser's note about an intended 401.
 */
export async function watchConsole(page: Page) {
  const problems: string[] = [];
  const allowed: { text: RegExp; where?: RegExp }[] = [];
  // A violation is also an event in the page: report it through the console too, so that
  // one that the browser only counts (no console line) is not missed.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      );
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    const relevant = message.type() === "error" || /Content Security Policy/i.test(text);
    const where = page.url();
    const expected = allowed.some((rule) => rule.text.test(text) && (!rule.where || rule.where.test(where)));
    if (relevant && !expected) {
      problems.push(`[console.${message.type()}] ${text} (${where})`);
    }
  });
  page.on("pageerror", (error) => problems.push(`[uncaught] ${error.message} (${page.url()})`));
  return {
    problems,
    /**
     * Expect this message (a failed request the test provokes on purpose), optionally only
     * while the page is at an address matching `where`.
     */
    allow(text: RegExp, where?: RegExp) {
      allowed.push({ text, where });
    },
  };
}

/** The browser's console line for a request that answered `status` (expected by a test). */
export function failedRequest(status: number): RegExp {
  return new RegExp(`Failed to load resource: the server responded with a status of ${status}\\b`);
}

/**
 * `test` with a console watcher on the default page: every test fails on a console error,
 * an uncaught exception or a CSP violation unless it allowed that message.
 */
export type ConsoleWatch = Awaited<ReturnType<typeof watchConsole>>;

export const test = base.extend<{ consoleWatch: ConsoleWatch }>({
  consoleWatch: [
    async ({ page }, use) => {
      const watcher = await watchConsole(page);
      await use(watcher);
      expect(watcher.problems, "console errors or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// ------------------------------------------------------------- accessibility, screenshots

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.impact}) ${violation.help}: ` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(" ")} ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
          .join(" | "),
    );
}

/** The same screen checked in the light and then the dark colour scheme (left light). */
export async function violationsInBothSchemes(page: Page, screen: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await seriousViolations(page, `${screen} [${colorScheme}]`)));
  }
  await page.emulateMedia({ colorScheme: "light" });
  return found;
}

/** At 360px nothing may need sideways scrolling. */
export async function horizontalOverflow(page: Page, screen: string): Promise<string[]> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  return scroll > width ? [`${screen}: the page is ${scroll}px wide in a ${width}px viewport`] : [];
}

/** Saves test-results/screenshots/<project>-<screen>.png (full page) and attaches it. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, screen: string) {
  const root = path.dirname(testInfo.config.configFile ?? path.join(process.cwd(), "playwright.config.ts"));
  const file = path.join(root, "test-results", "screenshots", `${testInfo.project.name}-${screen}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(`${screen}.png`, { path: file, contentType: "image/png" });
}

/** The element that has keyboard focus draws a visible outline. */
export async function expectFocusVisible(page: Page) {
  const focused = page.locator(":focus");
  await expect(focused).toHaveCount(1);
  const style = await focused.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      visible: element.matches(":focus-visible"),
      outline: computed.outlineStyle,
      width: parseFloat(computed.outlineWidth),
      shadow: computed.boxShadow,
      what: `${element.tagName.toLowerCase()}#${element.id} ${element.textContent?.slice(0, 40) ?? ""}`,
    };
  });
  const drawn = (style.outline !== "none" && style.width >= 2) || style.shadow !== "none";
  expect(style.visible && drawn, `focus indicator on ${style.what}: ${JSON.stringify(style)}`).toBe(true);
}

/** Presses Tab until `target` has focus (at most `max` times), checking each stop shows focus. */
export async function tabTo(page: Page, target: Locator, max = 40) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press("Tab");
    await expectFocusVisible(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}
