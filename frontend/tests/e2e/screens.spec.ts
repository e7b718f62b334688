// Every screen, as the people who use it see it: axe-core finds no serious or critical
// WCAG 2.1 A/AA violation in the light or the dark colour scheme, the console stays clean
// (no error, no Content-Security-Policy violation: checked by the `test` fixture), nothing
// scrolls sideways at 360px, and the main screens are saved as screenshots under
// test-results/screenshots/<project>-<screen>.png.
import type { Page, TestInfo } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  flagViaApi,
  hideViaApi,
  horizontalOverflow,
  loaded,
  post,
  reactViaApi,
  registerViaApi,
  replyViaApi,
  saveScreenshot,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  violationsInBothSchemes,
  type Member,
} from "./helpers";

interface World {
  threadId: number;
  title: string;
  author: Member;
  reader: Member;
}

let world: World;

// One thread behind a content warning: post #2 hidden by the moderator, post #3 reported
// and waiting in the review queue. Prepared through the API: these tests are about the
// screens, the journeys that create such things through the screens are elsewhere.
test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const author = await registerViaApi(request);
  const reader = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const readerSession = await sessionViaApi(request, reader.username, reader.password);
  const modSession = await sessionViaApi(request, "maya_mod");
  const title = uniqueText("Screens: the long nights");
  const thread = await createThreadViaApi(request, authorSession, {
    category: "sleep",
    title,
    body:
      "Some nights feel **endless**. What got you through?\n\n" +
      "- white noise\n- taking turns\n\n> It gets easier, they said.",
    contentWarning: "sleep deprivation",
  });
  await reactViaApi(request, readerSession, thread.first_post.id, "hug");
  const hidden = await replyViaApi(request, readerSession, thread.id, uniqueText("A reply the moderator hid."));
  await hideViaApi(request, modSession, hidden.id, "Off topic for this thread.");
  const reported = await replyViaApi(request, authorSession, thread.id, uniqueText("A reply someone reported."));
  await flagViaApi(request, readerSession, reported.id, "off_topic", "Not about sleep.");
  await request.dispose();
  world = { threadId: thread.id, title, author, reader };
});

/** Checks the screen as it is now; `screenshot` also saves it. Returns what is wrong. */
async function checkScreen(page: Page, testInfo: TestInfo, screen: string, screenshot = false) {
  const problems = await violationsInBothSchemes(page, screen);
  if (testInfo.project.name === "phone-360") problems.push(...(await horizontalOverflow(page, screen)));
  if (screenshot) await saveScreenshot(page, testInfo, screen);
  return problems;
}

async function openThreadBehindWarning(page: Page) {
  await page.goto(`/t/${world.threadId}`);
  await expect(page.getByRole("heading", { level: 1, name: world.title })).toBeVisible();
  await expect(page.getByText("Content warning:")).toBeVisible();
  await expect(page.getByRole("list", { name: "Posts" })).toBeHidden();
  await page.getByRole("button", { name: "Show the posts" }).click();
  await expect(page.getByRole("button", { name: "Hide the posts" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("list", { name: "Posts" })).toBeVisible();
  await expect(post(page, 2)).toContainText("This post was hidden by the moderators.");
  await expect(post(page, 2)).toContainText("Reason: Off topic for this thread.");
  await loaded(page);
}

test("visitor screens: home, category, sign in, sign up", async ({ page }, testInfo) => {
  const problems: string[] = [];

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Village" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sleep", exact: true })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "home", true)));

  await page.goto("/c/sleep");
  await expect(page.getByRole("heading", { level: 1, name: "Sleep" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Threads" }).getByRole("link", { name: world.title })).toBeVisible();
  await expect(page.getByRole("group", { name: "Sort threads" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "category", true)));

  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "signin", true)));

  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1, name: "Join Village" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "signup")));

  expect(problems).toEqual([]);
});

test("member screens: thread behind a warning, report dialog, new thread and preview, profile, settings", async ({
  page,
  request,
}, testInfo) => {
  const problems: string[] = [];
  await useSession(page, await sessionViaApi(request, world.reader.username, world.reader.password));

  await openThreadBehindWarning(page);
  await expect(post(page, 2)).toContainText("You can still see it because you wrote it.");
  problems.push(...(await checkScreen(page, testInfo, "thread", true)));

  await page.getByRole("button", { name: "Report post #1" }).click();
  const dialog = page.getByRole("dialog", { name: "Report post #1" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Someone may be at risk" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "report-dialog", true)));
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Report post #1" })).toBeFocused();

  await page.goto("/new?category=sleep");
  await expect(page.getByRole("heading", { level: 1, name: "Start a thread" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue("sleep");
  problems.push(...(await checkScreen(page, testInfo, "new-thread")));

  await page.getByRole("textbox", { name: "Title" }).fill("Does the four month regression end?");
  await page
    .getByRole("textbox", { name: "Your message" })
    .fill("It has been **three weeks**.\n\n- later bedtime\n- white noise\n\n> This too shall pass.");
  const view = page.getByRole("group", { name: "Composer view" });
  await view.getByRole("button", { name: "Preview" }).click();
  await expect(view.getByRole("button", { name: "Preview" })).toHaveAttribute("aria-pressed", "true");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("strong")).toHaveText("three weeks");
  await expect(preview.getByRole("listitem")).toHaveCount(2);
  problems.push(...(await checkScreen(page, testInfo, "composer-preview", true)));

  await page.goto("/u/sam_and_bea");
  await expect(page.getByRole("heading", { level: 1, name: "Sam" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "profile")));

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Personal access tokens" })).toBeVisible();
  await expect(page.getByText("You have no tokens.")).toBeVisible();
  await loaded(page);
  problems.push(...(await checkScreen(page, testInfo, "settings", true)));

  expect(problems).toEqual([]);
});

test("moderator screens: thread with a hidden post, review queue, moderation log, member tools", async ({
  page,
  request,
}, testInfo) => {
  const problems: string[] = [];
  await useSession(page, await sessionViaApi(request, "maya_mod"));

  await openThreadBehindWarning(page);
  await expect(post(page, 2)).toContainText("You can see it because you are a moderator.");
  await expect(page.getByRole("region", { name: "Moderator tools" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unhide post #2" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "thread-moderator")));

  await page.goto("/mod/queue");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const item = page
    .getByRole("list", { name: "Reported posts" })
    .getByRole("article", { name: `Post #3 in “${world.title}”` });
  await expect(item).toContainText("Not about sleep.");
  await loaded(page);
  problems.push(...(await checkScreen(page, testInfo, "queue", true)));

  await page.goto("/mod/log");
  await expect(page.getByRole("heading", { level: 1, name: "Moderation log" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Filter the log" })).toBeVisible();
  const log = page.getByRole("table", { name: "Moderation log entries" });
  await expect(log.getByRole("row").filter({ hasText: "Off topic for this thread." }).first()).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "log", true)));

  await page.goto(`/u/${world.author.username}`);
  await expect(page.getByRole("heading", { level: 1, name: world.author.displayName })).toBeVisible();
  await loaded(page);
  problems.push(...(await checkScreen(page, testInfo, "profile-moderator")));

  expect(problems).toEqual([]);
});

test("administrator screen: categories", async ({ page, request }, testInfo) => {
  await useSession(page, await sessionViaApi(request, "admin"));
  await page.goto("/admin/categories");
  await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Categories" }).getByRole("link", { name: "Just chat" })).toBeVisible();
  await loaded(page);
  expect(await checkScreen(page, testInfo, "categories-admin")).toEqual([]);
});
