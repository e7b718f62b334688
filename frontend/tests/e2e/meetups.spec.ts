// Meet-ups, in several browsers: a member plans one through the form (capacity 2, typed in her
// own time zone); two members say Going; a third is waitlisted and told she is number 1; one
// going member answers Can't go; the waitlisted one finds she has a place and a `meetup`
// notification. "Add to calendar" serves text/calendar (the venue for members, the area for
// visitors); a visitor sees no venue. axe on each screen, nothing wider than 360 px.
import type { Browser, Page, TestInfo } from "@playwright/test";

import {
  createMeetupViaApi,
  expect,
  horizontalOverflow,
  registerViaApi,
  rsvpViaApi,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  violationsInBothSchemes,
  watchConsole,
  type Session,
} from "./helpers";

// The host plans from India: what she types is Kolkata time (+05:30), whoever reads it.
test.use({ timezoneId: "Asia/Kolkata" });

async function checks(page: Page, screen: string): Promise<string[]> {
  return [...(await violationsInBothSchemes(page, screen)), ...(await horizontalOverflow(page, screen))];
}

/** Another browser (in London time), watched for console errors; signed in as `session`'s member. */
async function otherBrowser(browser: Browser, testInfo: TestInfo, page: Page, session: Session | null) {
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    hasTouch: testInfo.project.use.hasTouch,
    timezoneId: "Europe/London",
  });
  const other = await context.newPage();
  const watch = await watchConsole(other);
  if (session) {
    // As helpers' useSession does, once per tab (a refreshed pair is not undone by a reload).
    await other.addInitScript((tokens) => {
      if (sessionStorage.getItem("e2e.session-seeded")) return;
      sessionStorage.setItem("e2e.session-seeded", "1");
      localStorage.setItem("village.session", JSON.stringify(tokens));
    }, session);
  }
  return { context, page: other, watch };
}

function rsvp(page: Page, name: "Going" | "Maybe" | "Can’t go") {
  return page.getByRole("group", { name: "Your answer" }).getByRole("button", { name });
}

test("plan a meet-up, fill it, join the waitlist, and move up when a place frees", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.slow();
  const problems: string[] = [];
  const [host, bea, cat, dee] = await Promise.all([1, 2, 3, 4].map(() => registerViaApi(request)));
  const [hostSession, beaSession, catSession, deeSession] = await Promise.all(
    [host!, bea!, cat!, dee!].map((member) => sessionViaApi(request, member.username, member.password)),
  );
  const title = uniqueText("Coffee and a chat");
  const area = uniqueText("E2E Vale");
  const venue = "Café Rosa, 12 High Street, the back room";

  // The host plans it through the form, from "Meet-ups near you".
  await useSession(page, hostSession!);
  await page.goto("/meetups");
  await expect(page.getByRole("heading", { level: 1, name: "Meet-ups near you" })).toBeVisible();
  await page.getByRole("link", { name: "Plan a meet-up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan a meet-up" })).toBeVisible();
  await expect(page.getByText("Meet in a public place first.")).toBeVisible();
  // Three days ahead at 10:30 on the host's clock, as the datetime-local input takes it.
  const { local, instant } = await page.evaluate(() => {
    const day = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    day.setHours(10, 30, 0, 0);
    const pad = (n: number) => String(n).padStart(2, "0");
    return {
      local: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T10:30`,
      instant: day.toISOString(),
    };
  });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption("coffee");
  await page.getByLabel("Starts").fill(local);
  await page.getByLabel("Ends (optional)").fill(local.replace("T10:30", "T12:00"));
  await page.getByLabel("Area").fill(area);
  await page.getByLabel("Venue").fill(venue);
  await page.getByLabel("Places (optional)").fill("2");
  await page.getByLabel("Description (optional)").fill("Babies welcome.\nThe back room has a changing table.");
  await expect(page.getByText(/In your time zone \(Asia\/(Kolkata|Calcutta)\)/)).toBeVisible();
  problems.push(...(await checks(page, "meetup-form")));
  await page.getByRole("button", { name: "Plan meet-up" }).click();
  await expect(page).toHaveURL(/\/meetups\/\d+$/);
  const meetupId = Number(/\/meetups\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("0 going of 2 places")).toBeVisible();
  await expect(page.getByText(/10:30.*12:00.*GMT\+5:30/)).toBeVisible();
  await expect(page.getByText(venue)).toBeVisible();
  await expect(page.getByText("Babies welcome.\nThe back room has a changing table.")).toBeVisible();
  // The instant the host meant, whatever the zone: 05:00 UTC.
  const created = await (await request.get(`/api/v1/meetups/${meetupId}`)).json();
  expect(new Date(created.starts_at).toISOString()).toBe(instant);
  problems.push(...(await checks(page, "meetup-host")));

  // Bea says Going on the page; Cat through the API: the meet-up is full.
  const beaBrowser = await otherBrowser(browser, testInfo, page, beaSession!);
  await beaBrowser.page.goto("/meetups");
  await beaBrowser.page.getByLabel("Your area").fill(area);
  await beaBrowser.page.getByRole("button", { name: "Show" }).click();
  await beaBrowser.page.getByRole("link", { name: title }).click();
  await expect(beaBrowser.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await rsvp(beaBrowser.page, "Going").click();
  await expect(rsvp(beaBrowser.page, "Going")).toHaveAttribute("aria-pressed", "true");
  await expect(beaBrowser.page.getByText("You're going. See you there!")).toBeVisible();
  await expect(beaBrowser.page.getByText("1 going of 2 places")).toBeVisible();
  await rsvpViaApi(request, catSession!, meetupId, "going");

  // Dee finds it full in her list, says Going, and is number 1 on the waitlist.
  const deeBrowser = await otherBrowser(browser, testInfo, page, deeSession!);
  await deeBrowser.page.goto("/meetups");
  await deeBrowser.page.getByLabel("Your area").fill(area);
  await deeBrowser.page.getByRole("button", { name: "Show" }).click();
  const card = deeBrowser.page.getByRole("listitem").filter({ hasText: title });
  await expect(card).toContainText("Full — waitlist");
  problems.push(...(await checks(deeBrowser.page, "meetups-near-you")));
  await card.getByRole("link", { name: title }).click();
  await expect(deeBrowser.page.getByText(/It’s full: say Going to join the waitlist/)).toBeVisible();
  await rsvp(deeBrowser.page, "Going").click();
  await expect(deeBrowser.page.getByText(/You're number 1 on the waitlist/)).toBeVisible();
  await expect(deeBrowser.page.getByText("2 going of 2 places · full · 1 on the waitlist")).toBeVisible();
  problems.push(...(await checks(deeBrowser.page, "meetup-waitlisted")));

  // Bea can't go after all: her place goes to Dee.
  await rsvp(beaBrowser.page, "Can’t go").click();
  await expect(rsvp(beaBrowser.page, "Can’t go")).toHaveAttribute("aria-pressed", "true");
  await expect(beaBrowser.page.getByText("You said you can't go.")).toBeVisible();
  expect(beaBrowser.watch.problems, "console errors in Bea's browser").toEqual([]);
  await beaBrowser.context.close();

  await deeBrowser.page.reload();
  await expect(deeBrowser.page.getByText("You're going. See you there!")).toBeVisible();
  await expect(rsvp(deeBrowser.page, "Going")).toHaveAttribute("aria-pressed", "true");
  await expect(deeBrowser.page.getByText("2 going of 2 places · full")).toBeVisible();
  // The worker tells her: a `meetup` notification that leads back to the meet-up.
  const told = deeBrowser.page.getByRole("link", { name: `You have a place at “${title}”: someone made room, you’re going.` });
  await expect(async () => {
    await deeBrowser.page.goto("/notifications");
    await expect(told).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await told.click();
  await expect(deeBrowser.page).toHaveURL(new RegExp(`/meetups/${meetupId}$`));

  // "Add to calendar" is an .ics file: with the venue for a member, the area for a visitor.
  const link = deeBrowser.page.getByRole("link", { name: "Add to calendar" });
  const href = await link.getAttribute("href");
  expect(href).toBe(`/api/v1/meetups/${meetupId}.ics`);
  const download = deeBrowser.page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toBe(`meetup-${meetupId}.ics`);
  const mine = await request.get(href!, { headers: { Authorization: `Bearer ${deeSession!.access_token}` } });
  expect(mine.headers()["content-type"]).toMatch(/^text\/calendar/);
  const mineText = (await mine.text()).replace(/\r\n[ \t]/g, "");
  expect(mineText).toContain("BEGIN:VCALENDAR");
  expect(mineText).toContain("Café Rosa");
  const visitors = await request.get(href!);
  expect(visitors.headers()["content-type"]).toMatch(/^text\/calendar/);
  expect((await visitors.text()).replace(/\r\n[ \t]/g, "")).not.toContain("Café Rosa");
  expect(deeBrowser.watch.problems, "console errors in Dee's browser").toEqual([]);
  await deeBrowser.context.close();

  // A visitor sees the area and the time, never the venue.
  const visitor = await otherBrowser(browser, testInfo, page, null);
  await visitor.page.goto(`/meetups/${meetupId}`);
  await expect(visitor.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.page.getByText("Sign in to see the exact place.")).toBeVisible();
  await expect(visitor.page.getByText(area)).toBeVisible();
  await expect(visitor.page.getByText("Café Rosa")).toHaveCount(0);
  await expect(visitor.page.getByRole("button", { name: "Going" })).toHaveCount(0);
  problems.push(...(await checks(visitor.page, "meetup-visitor")));
  expect(visitor.watch.problems, "console errors in the visitor's browser").toEqual([]);
  await visitor.context.close();

  expect(problems).toEqual([]);
});

test("the host cancels a meet-up: answers close, and the list leaves it out", async ({ page, request }) => {
  const host = await registerViaApi(request);
  const hostSession = await sessionViaApi(request, host.username, host.password);
  const title = uniqueText("Park walk");
  const area = uniqueText("E2E Dale");
  const meetup = await createMeetupViaApi(request, hostSession, { title, area, venue: "The park's main gate", capacity: 5 });

  await useSession(page, hostSession);
  await page.goto(`/meetups/${meetup.id}`);
  await page.getByRole("button", { name: "Cancel meet-up" }).click();
  const dialog = page.getByRole("dialog", { name: `Cancel “${title}”?` });
  await dialog.getByLabel(/Reason/).fill("Rain all day");
  const problems = await violationsInBothSchemes(page, "meetup-cancel-dialog");
  await dialog.getByRole("button", { name: "Cancel the meet-up" }).click();
  await expect(page.getByText("This meet-up was cancelled, so answers are closed.")).toBeVisible();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();

  await page.goto("/meetups");
  await page.getByLabel("Your area").fill(area);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText(/No upcoming meet-ups in/)).toBeVisible();
  expect(problems).toEqual([]);
});
