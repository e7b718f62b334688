// A parent controls her account: she recovers it by email, changes what she needs in her
// settings, takes her data and leaves — and a thread she wrote in still reads correctly.
// Every new screen is checked with axe-core (light and dark) and, at 360px, for sideways
// scrolling.
import { readFile } from "node:fs/promises";

import type { Page, TestInfo } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  expectInMainNav,
  failedRequest,
  horizontalOverflow,
  newMember,
  openMainMenu,
  post,
  registerViaApi,
  replyViaApi,
  sessionViaApi,
  signIn,
  signOut,
  test,
  uniqueText,
  violationsInBothSchemes,
} from "./helpers";
import { linkTo, newestMail } from "./mail";

async function checkScreen(page: Page, testInfo: TestInfo, screen: string): Promise<string[]> {
  const problems = await violationsInBothSchemes(page, screen);
  if (testInfo.project.name === "phone-360") problems.push(...(await horizontalOverflow(page, screen)));
  return problems;
}

test("forgot password → the email's link → a new password → signed in with it", async ({
  page,
  request,
  consoleWatch,
}, testInfo) => {
  // Several screens, each checked by axe in both colour schemes.
  test.slow();
  const problems: string[] = [];
  const member = await registerViaApi(request, newMember("Forgetful"));

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "forgot-password")));
  await page.getByLabel("Email address").fill(member.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(
    `If an account uses ${member.email}, we’ve sent a link to it. The link works for one hour.`,
  );
  problems.push(...(await checkScreen(page, testInfo, "forgot-password-sent")));

  // An address nobody uses gets the very same answer.
  await page.getByLabel("Email address").fill(`nobody-${member.username}@e2e.example`);
  await page.getByRole("button", { name: "Send another link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses nobody-${member.username}@e2e.example`);

  const mail = await newestMail(member.email, /password/i);
  const link = linkTo(mail, "/reset-password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "reset-password")));

  const fresh = "a new password nobody has guessed";
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("New password, again").fill(`${fresh}!`);
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page.getByText("The two passwords are not the same. Type the new one again.")).toBeVisible();
  await page.getByLabel("New password, again").fill(fresh);
  await page.getByRole("button", { name: "Save my new password" }).click();

  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole("status")).toHaveText("Your password was changed. Sign in with your new password.");
  await expect(page.getByRole("status")).toBeFocused();
  problems.push(...(await checkScreen(page, testInfo, "signin-after-reset")));

  // The old password no longer works; the new one does.
  consoleWatch.allow(failedRequest(401), /\/signin$/);
  await page.getByLabel("Username or email").fill(member.username);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await page.getByLabel("Password").fill(fresh);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectInMainNav(page, (nav) => nav.getByRole("button", { name: "Sign out" }));

  // The link worked once: opened again, it says so and offers another.
  consoleWatch.allow(failedRequest(400), /\/reset-password/);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("yet another long password");
  await page.getByLabel("New password, again").fill("yet another long password");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This link doesn’t work any more" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/forgot-password");
  problems.push(...(await checkScreen(page, testInfo, "reset-password-used")));

  expect(problems).toEqual([]);
});

test("settings: verify the email by its link, change the password, download the data", async ({
  page,
  request,
}, testInfo) => {
  // Several screens, each checked by axe in both colour schemes.
  test.slow();
  const problems: string[] = [];
  const member = await registerViaApi(request, newMember("Careful"));
  await signIn(page, member.username, member.password, "/settings");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const email = page.getByRole("region", { name: "Email address" });
  await expect(email).toContainText(member.email);
  await expect(email).toContainText("Not verified yet");
  problems.push(...(await checkScreen(page, testInfo, "settings")));

  // Joining sent a verification link; opening it verifies the address.
  const verification = await newestMail(member.email, /confirm your email/i);
  await page.goto(linkTo(verification, "/verify-email"));
  await expect(page.getByRole("heading", { level: 1, name: "Email verified" })).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "verify-email")));
  await page.getByRole("link", { name: "Back to your settings" }).click();
  await expect(email).toContainText("Verified");

  // A new password: the session carries on.
  const passwordSection = page.getByRole("region", { name: "Password" });
  await passwordSection.getByLabel("Current password").fill(member.password);
  await passwordSection.getByLabel("New password").fill("a changed and long password");
  await passwordSection.getByRole("button", { name: "Change password" }).click();
  await expect(passwordSection.getByRole("status")).toHaveText(
    "Your password was changed. You were signed out everywhere else.",
  );
  await page.reload();
  await expectInMainNav(page, (nav) => nav.getByRole("button", { name: "Sign out" }));

  // The data: a JSON file the browser saves.
  const data = page.getByRole("region", { name: "Your data" });
  const download = page.waitForEvent("download");
  await data.getByRole("button", { name: "Download my data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const exported = await readFile(await file.path(), "utf8");
  expect(JSON.parse(exported)).toBeTruthy();
  expect(exported).toContain(member.username);
  await expect(data.getByRole("status")).toContainText(file.suggestedFilename());

  expect(problems).toEqual([]);
});

test("joining from a thread comes back to that thread", async ({ page, request }) => {
  const author = await registerViaApi(request);
  const session = await sessionViaApi(request, author.username, author.password);
  const title = uniqueText("Back to where I was");
  const thread = await createThreadViaApi(request, session, {
    category: "just-chat",
    title,
    body: "Does anyone else read here for weeks before joining?",
  });
  await page.goto(`/t/${thread.id}`);
  await (await openMainMenu(page)).getByRole("link", { name: "Join" }).click();
  const member = newMember("Lurker");
  await page.getByLabel("Username", { exact: true }).fill(member.username);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${thread.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your reply" })).toBeVisible();

  // A ?next= to another site is never followed: signed in, the person lands at home here.
  await signOut(page);
  await signIn(page, member.username, member.password, "//example.com/phish");
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("leaving, keeping the posts: the thread reads on with “Deleted member”", async ({
  page,
  request,
  consoleWatch,
}, testInfo) => {
  // Several screens, each checked by axe in both colour schemes.
  test.slow();
  const problems: string[] = [];
  const author = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const title = uniqueText("Night feeds and the 3am thoughts");
  const thread = await createThreadViaApi(request, authorSession, {
    category: "sleep",
    title,
    body: "What keeps you going at 3am?",
  });
  const leaver = await registerViaApi(request, newMember("Leaving"));
  const leaverSession = await sessionViaApi(request, leaver.username, leaver.password);
  const words = uniqueText("Podcasts and a very big mug of tea.");
  await replyViaApi(request, leaverSession, thread.id, words);

  await signIn(page, leaver.username, leaver.password, "/settings");
  const leave = page.getByRole("region", { name: "Delete your account" });
  await expect(leave).toContainText("This cannot be undone.");
  await leave.getByRole("radio", { name: "Keep my posts, without my name" }).check();

  // A wrong password first: said next to the field, nothing deleted.
  consoleWatch.allow(failedRequest(403), /\/settings$/);
  await leave.getByLabel("Your password").fill("not my password at all");
  await leave.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(leave.getByText("That is not your password. Check it and try again.")).toBeVisible();
  problems.push(...(await checkScreen(page, testInfo, "settings-delete-wrong-password")));

  await leave.getByLabel("Your password").fill(leaver.password);
  await leave.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("status").filter({ hasText: "Your account was deleted." })).toHaveText(
    "Your account was deleted. Your posts stay, shown as from “Deleted member”. Take care.",
  );
  await expectInMainNav(page, (nav) => nav.getByRole("link", { name: "Sign in" }));
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  problems.push(...(await checkScreen(page, testInfo, "home-after-leaving")));

  await page.goto(`/t/${thread.id}`);
  const reply = post(page, 2);
  await expect(reply.getByRole("heading", { name: "Deleted member" })).toBeVisible();
  await expect(reply).toContainText(words);
  await expect(page.getByRole("main")).not.toContainText(leaver.displayName);
  await expect(page.locator(`a[href="/u/${leaver.username}"]`)).toHaveCount(0);

  // The name is free, and the old password opens nothing.
  consoleWatch.allow(failedRequest(401), /\/signin/);
  await page.goto("/signin");
  await page.getByLabel("Username or email").fill(leaver.username);
  await page.getByLabel("Password").fill(leaver.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();

  expect(problems).toEqual([]);
});

test("a moderator is asked kindly to be demoted before leaving", async ({ page, consoleWatch }) => {
  consoleWatch.allow(failedRequest(409), /\/settings$/);
  await signIn(page, "maya_mod", undefined, "/settings");
  const leave = page.getByRole("region", { name: "Delete your account" });
  await leave.getByRole("radio", { name: "Remove what my posts say" }).check();
  await leave.getByLabel("Your password").fill("village-demo-2026");
  await leave.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(leave.getByRole("alert")).toHaveText(
    "Thank you for looking after this community. Before you can leave, an administrator needs to change your role back to member — please ask them. Then you can delete your account here.",
  );
  await expectInMainNav(page, (nav) => nav.getByRole("button", { name: "Sign out" }));
});

test("“Reported” survives a reload, and signing out leaves no trace of the report on the device", async ({
  page,
  request,
  consoleWatch,
}) => {
  const author = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const title = uniqueText("Which buggy for hills");
  const thread = await createThreadViaApi(request, authorSession, {
    category: "just-chat",
    title,
    body: "We live at the top of a steep hill. Any buggy that copes?",
  });
  await replyViaApi(request, authorSession, thread.id, "Or do we just walk everywhere with a sling?");
  const reader = await registerViaApi(request);
  await signIn(page, reader.username, reader.password, `/t/${thread.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The first attempt never reaches the server: its Idempotency-Key waits on the device.
  consoleWatch.allow(/Failed to load resource: net::ERR_FAILED/);
  await page.route(`**/api/v1/posts/*/flags`, (route) => route.abort());
  await page.getByRole("button", { name: "Report post #1" }).click();
  const dialog = page.getByRole("dialog", { name: "Report post #1" });
  await dialog.getByRole("radio", { name: "Spam or advertising" }).check();
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("alert")).toBeVisible();
  const waiting = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("report:")));
  expect(waiting).toHaveLength(1);

  // Sent again once the connection is back: reported, and still so after a reload.
  await page.unroute(`**/api/v1/posts/*/flags`);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("status")).toContainText("Your report about post #1 was sent");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("button", { name: "Reported post #1" })).toBeDisabled();
  await page.reload();
  await expect(page.getByRole("button", { name: "Reported post #1" })).toBeDisabled();

  // A report of post #2 that did not get through, then sign out: the device forgets the
  // session and the waiting report (which would tell the next person what this one reported).
  await page.route(`**/api/v1/posts/*/flags`, (route) => route.abort());
  await page.getByRole("button", { name: "Report post #2" }).click();
  const second = page.getByRole("dialog", { name: "Report post #2" });
  await second.getByRole("radio", { name: "Off topic" }).check();
  await second.getByRole("button", { name: "Send report" }).click();
  await expect(second.getByRole("alert")).toBeVisible();
  await second.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("report:")))).toHaveLength(1);
  await signOut(page);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
