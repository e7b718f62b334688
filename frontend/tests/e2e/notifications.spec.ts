// Notifications, in two browsers: member A starts a thread, member B replies to A's post, and
// A's bell says "1 unread" without a reload (the worker writes the notification, A's stream
// brings it); A opens the notifications page and goes to the post. B mentions A through the
// composer's @ autocomplete. A saves email preferences. axe at 360 px on each new screen.
import type { APIRequestContext, Page } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  failedRequest,
  horizontalOverflow,
  post,
  registerViaApi,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  violationsInBothSchemes,
  watchConsole,
  type Session,
} from "./helpers";

function bell(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
}

async function replyTo(request: APIRequestContext, session: Session, threadId: number, postId: number, body: string) {
  const response = await request.post(`/api/v1/threads/${threadId}/posts`, {
    headers: { Authorization: `Bearer ${session.access_token}` },
    data: { body, anonymous: false, reply_to: postId },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

test("a reply reaches the bell live; the notification leads to the post; a mention by autocomplete", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.slow();
  const a = await registerViaApi(request);
  const b = await registerViaApi(request);
  const aSession = await sessionViaApi(request, a.username, a.password);
  const bSession = await sessionViaApi(request, b.username, b.password);
  const title = uniqueText("Sleep regressions at four months");
  const thread = await createThreadViaApi(request, aSession, {
    category: "sleep",
    title,
    body: uniqueText("Is anyone else up every two hours?"),
  });

  // A reads the forum's home page; the bell has nothing yet.
  await useSession(page, aSession);
  await page.goto("/");
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  // B replies to A's post: the bell says so, without a reload.
  const answer = uniqueText("Totally normal, it passes in a week or two.");
  await replyTo(request, bSession, thread.id, thread.first_post.id, answer);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 20_000 });

  // The notifications page says who did what, where; following it goes to the post.
  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const sentence = `${b.displayName} replied to your post in “${title}”`;
  const link = page.getByRole("link", { name: sentence });
  await expect(link).toBeVisible();
  await expect(page.locator(".notification.is-unread")).toHaveCount(1);
  const problems = [
    ...(await violationsInBothSchemes(page, "notifications")),
    ...(await horizontalOverflow(page, "notifications")),
  ];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/t/${thread.id}#post-2$`));
  await expect(post(page, 2)).toContainText(answer);
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  // B mentions A, choosing A from the composer's @ list with the keyboard.
  const bContext = await browser.newContext({ viewport: page.viewportSize(), hasTouch: testInfo.project.use.hasTouch });
  const bPage = await bContext.newPage();
  const bConsole = await watchConsole(bPage);
  await useSession(bPage, bSession);
  await bPage.goto(`/t/${thread.id}`);
  const reply = bPage.getByRole("textbox", { name: "Your reply" });
  await reply.click();
  await reply.pressSequentially(`Ask @${a.username.slice(0, 8)}`, { delay: 20 });
  const option = bPage.getByRole("option", { name: new RegExp(`@${a.username}$`) });
  await expect(option).toBeVisible();
  problems.push(...(await violationsInBothSchemes(bPage, "mention-autocomplete")));
  // The list may hold other members of earlier runs: move to A's option, then Enter.
  for (let step = 0; step < 8 && (await option.getAttribute("aria-selected")) !== "true"; step += 1) {
    await reply.press("ArrowDown");
  }
  await reply.press("Enter");
  await expect(reply).toHaveValue(`Ask @${a.username} `);
  await reply.pressSequentially("about the clock change.");
  await bPage.getByRole("button", { name: "Post reply" }).click();
  await expect(post(bPage, 3).locator("a.mention")).toHaveAttribute("href", `/u/${a.username}`);
  expect(bConsole.problems, "console errors in B's browser").toEqual([]);
  await bContext.close();

  // A is told, in the page that is open, and the page says it was a mention.
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 20_000 });
  await bell(page).click();
  await expect(page.getByRole("link", { name: `${b.displayName} mentioned you in “${title}”` })).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.locator(".notification.is-unread")).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  expect(problems).toEqual([]);
});

test("email preferences are saved; the unsubscribe page explains a bad link", async ({
  page,
  request,
  consoleWatch,
}) => {
  // The damaged link's 400, on purpose.
  consoleWatch.allow(failedRequest(400), /\/unsubscribe/);
  const a = await registerViaApi(request);
  await useSession(page, await sessionViaApi(request, a.username, a.password));
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Notifications and email" });
  const digest = section.getByRole("checkbox", { name: "Send me a daily digest of threads I watch" });
  await expect(digest).not.toBeChecked();
  await digest.check();
  await section.getByRole("checkbox", { name: "someone replies to or quotes my posts" }).uncheck();
  await section.getByRole("radio", { name: /^Don’t watch it/ }).check();
  await section.getByRole("button", { name: "Save choices" }).click();
  await expect(section.getByText("Your choices were saved.")).toBeVisible();
  const problems = [
    ...(await violationsInBothSchemes(page, "settings-preferences")),
    ...(await horizontalOverflow(page, "settings-preferences")),
  ];

  await page.reload();
  const again = page.getByRole("region", { name: "Notifications and email" });
  await expect(again.getByRole("checkbox", { name: "Send me a daily digest of threads I watch" })).toBeChecked();
  await expect(again.getByRole("checkbox", { name: "someone replies to or quotes my posts" })).not.toBeChecked();
  await expect(again.getByRole("checkbox", { name: "someone mentions me" })).toBeChecked();
  await expect(again.getByRole("radio", { name: /^Don’t watch it/ })).toBeChecked();

  // A link that is not one of ours: said plainly, without signing in.
  await page.goto("/unsubscribe?token=not-a-real-link");
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("not an unsubscribe link");
  problems.push(...(await violationsInBothSchemes(page, "unsubscribe")), ...(await horizontalOverflow(page, "unsubscribe")));
  expect(problems).toEqual([]);
});
