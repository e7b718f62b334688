// Local groups: a parent starts a group in an area typed loosely ("Leeds  North"); another
// finds it by typing the start of the area ("leeds n"), joins (two members), starts a thread
// in the group, and finds it on the group's page; her calendar link is shown once in Settings.
// Axe-clean and without sideways scrolling at 360 px.
import type { Page } from "@playwright/test";

import {
  expect,
  horizontalOverflow,
  loaded,
  openMainMenu,
  registerViaApi,
  saveScreenshot,
  seriousViolations,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  watchConsole,
} from "./helpers";

async function screenProblems(page: Page, screen: string): Promise<string[]> {
  await loaded(page);
  return [...(await seriousViolations(page, screen)), ...(await horizontalOverflow(page, screen))];
}

test("a group is started, found by area, joined, and talked in", async ({ page, browser, request }, testInfo) => {
  const groupName = uniqueText("Leeds North mums");
  const threadTitle = uniqueText("Coffee after drop-off");
  const problems: string[] = [];

  // The first parent starts the group from the header's "Groups" link.
  const founder = await registerViaApi(request);
  await useSession(page, await sessionViaApi(request, founder.username, founder.password));
  await page.goto("/");
  await (await openMainMenu(page)).getByRole("link", { name: "Groups" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Local groups" })).toBeVisible();
  const start = page.getByRole("button", { name: "Start a group" });
  await start.click();
  await expect(start).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("region", { name: "Start a group" });
  await form.getByRole("textbox", { name: "Name" }).fill(groupName);
  await form.getByRole("combobox", { name: "Area" }).fill("Leeds  North");
  await form.getByRole("textbox", { name: "What the group is about (optional)" }).fill("Coffee, playgroups, walks.");
  problems.push(...(await screenProblems(page, "start a group")));
  await form.getByRole("button", { name: "Start the group" }).click();

  await expect(page).toHaveURL(/\/groups\/[a-z0-9-]+$/);
  const groupPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expect(page.getByText("Leeds North · 1 member", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Joined" })).toHaveAttribute("aria-pressed", "true");

  // Another parent, on her own device, finds it by the start of the area.
  const neighbour = await registerViaApi(request);
  const context = await browser.newContext({ viewport: page.viewportSize(), hasTouch: testInfo.project.use.hasTouch });
  const other = await context.newPage();
  const otherConsole = await watchConsole(other);
  try {
    await useSession(other, await sessionViaApi(request, neighbour.username, neighbour.password));
    await other.goto("/groups");
    await other.getByRole("combobox", { name: "Area" }).fill("leeds n");
    const found = other.getByRole("list", { name: "Groups" }).getByRole("listitem").filter({
      has: other.getByRole("link", { name: groupName }),
    });
    await expect(found).toContainText("Leeds North · 1 member");
    problems.push(...(await screenProblems(other, "groups by area")));
    await saveScreenshot(other, testInfo, "groups-by-area");
    await found.getByRole("link", { name: groupName }).click();
    await expect(other).toHaveURL(new RegExp(`${groupPath}$`));

    const join = other.getByRole("button", { name: "Join group" });
    await expect(join).toHaveAttribute("aria-pressed", "false");
    await join.click();
    await expect(other.getByRole("button", { name: "Joined" })).toHaveAttribute("aria-pressed", "true");
    await expect(other.getByText("Leeds North · 2 members", { exact: true })).toBeVisible();
    problems.push(...(await screenProblems(other, "group page")));
    await saveScreenshot(other, testInfo, "group-page");

    // A thread in the group, started from its page, shows there.
    await other.getByRole("link", { name: "Start a thread" }).click();
    await expect(other.getByRole("heading", { level: 1, name: "Start a thread" })).toBeVisible();
    await expect(other.getByText(`In the group ${groupName} (Leeds North)`)).toBeVisible();
    await other.getByRole("textbox", { name: "Title" }).fill(threadTitle);
    await other.getByRole("textbox", { name: "Your message" }).fill("Anyone fancy a coffee on Thursday?");
    await other.getByRole("button", { name: "Start thread" }).click();
    await expect(other).toHaveURL(/\/t\/\d+$/);
    await expect(other.getByRole("heading", { level: 1, name: threadTitle })).toBeVisible();
    const crumbs = other.getByRole("navigation", { name: "Breadcrumb" });
    await crumbs.getByRole("link", { name: groupName }).click();
    await expect(other).toHaveURL(new RegExp(`${groupPath}$`));
    await expect(
      other.getByRole("list", { name: `Threads in ${groupName}` }).getByRole("link", { name: threadTitle }),
    ).toBeVisible();

    // The home page shows what is on in the area she looked in (remembered on this device).
    await other.goto("/");
    const nearYou = other.getByRole("region", { name: "Meet-ups near you" });
    await expect(nearYou.getByRole("link", { name: "All meet-ups in leeds n" })).toBeVisible();
    problems.push(...(await screenProblems(other, "home, meet-ups near you")));
    await saveScreenshot(other, testInfo, "home-near-you");

    // Her calendar link, shown once.
    await other.goto("/settings");
    const feed = other.getByRole("region", { name: "Calendar feed" });
    await feed.getByRole("button", { name: "Get my calendar link" }).click();
    const link = feed.getByRole("textbox", { name: "Your calendar link" });
    await expect(link).toHaveValue(/\/api\/v1\/me\/calendar\.ics\?key=/);
    await expect(feed.getByText(/Anyone with this link sees the meet-ups you’re going to/)).toBeVisible();
    const calendar = await request.get(await link.inputValue());
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()["content-type"]).toMatch(/^text\/calendar/);
    problems.push(...(await screenProblems(other, "settings, calendar link")));
    await saveScreenshot(other, testInfo, "settings-calendar-link");
    await other.reload();
    await expect(other.getByRole("region", { name: "Calendar feed" }).getByRole("button", { name: "Get my calendar link" })).toBeVisible();
    await expect(other.getByRole("textbox", { name: "Your calendar link" })).toHaveCount(0);
    expect(otherConsole.problems).toEqual([]);
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});
