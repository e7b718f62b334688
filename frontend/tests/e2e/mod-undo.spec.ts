// A moderator can undo a mistake: deleting asks first, naming what will go, and the status
// that follows offers "Undo", which brings the post (or the thread) back for everyone. The
// screens on the way are checked with axe (light and dark) and, on a phone, for sideways
// scrolling.
import type { APIRequestContext, Page, TestInfo } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  failedRequest,
  flagViaApi,
  horizontalOverflow,
  loaded,
  openMainMenu,
  post,
  registerViaApi,
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
  reply: string;
  parent: string;
  author: Member;
}

/** A thread whose reply #2 a reader reported: prepared through the API (not the subject). */
async function reportedReply(request: APIRequestContext): Promise<World> {
  const author = await registerViaApi(request);
  const reader = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const readerSession = await sessionViaApi(request, reader.username, reader.password);
  const title = uniqueText("Undo: when the baby will not settle");
  const parent = uniqueText("Has anyone tried a later bedtime?");
  const thread = await createThreadViaApi(request, authorSession, { category: "sleep", title, body: parent });
  const reply = uniqueText("We moved it by half an hour and it helped.");
  // A reply to the first post (the shared helper posts replies to no post in particular).
  const answer = await request.post(`/api/v1/threads/${thread.id}/posts`, {
    headers: { Authorization: `Bearer ${authorSession.access_token}` },
    data: { body: reply, anonymous: false, reply_to: thread.first_post.id },
  });
  expect(answer.ok()).toBe(true);
  const posted = (await answer.json()) as { id: number };
  await flagViaApi(request, readerSession, posted.id, "spam", "Looks like an advert to me.");
  return { threadId: thread.id, title, reply, parent, author };
}

async function check(page: Page, testInfo: TestInfo, screen: string): Promise<string[]> {
  const problems = await violationsInBothSchemes(page, screen);
  if (testInfo.project.name === "phone-360") problems.push(...(await horizontalOverflow(page, screen)));
  return problems;
}

test("a post deleted from the review queue by mistake comes back with Undo", async ({ page, request }, testInfo) => {
  const world = await reportedReply(request);
  const problems: string[] = [];
  await useSession(page, await sessionViaApi(request, "maya_mod"));

  await page.goto("/");
  const nav = await openMainMenu(page);
  await nav.getByRole("link", { name: /^Review queue, \d+ waiting$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const item = page
    .getByRole("list", { name: "Reported posts" })
    .getByRole("article", { name: `Post #2 in “${world.title}”` });
  // The reply is shown with the post it answered, quoted above it.
  await expect(item.getByRole("figure", { name: "In reply to post #1" })).toContainText(world.parent);
  await expect(item).toContainText(world.reply);
  await loaded(page);

  // The mistake: "Delete post" instead of "Dismiss reports". It asks first.
  await item.getByRole("button", { name: "Delete post" }).click();
  const dialog = page.getByRole("dialog", {
    name: `Delete post #2 by ${world.author.displayName} in “${world.title}”?`,
  });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  problems.push(...(await check(page, testInfo, "queue-delete-dialog")));

  const counted = page.waitForResponse(
    (response) => response.url().endsWith("/api/v1/moderation/queue/count") && response.ok(),
  );
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toBeHidden();
  const status = page.getByRole("status").filter({ hasText: "Deleted post #2" });
  await expect(status).toHaveText(`Deleted post #2 in “${world.title}”.`);
  // The navigation's count is asked again at once, not at the next poll.
  await counted;
  problems.push(...(await check(page, testInfo, "queue-deleted-with-undo")));

  await page.getByRole("button", { name: `Undo the delete of post #2 in “${world.title}”` }).click();
  const restored = page.getByRole("status").filter({ hasText: "Restored post #2" });
  await expect(restored).toContainText(`Restored post #2 in “${world.title}”: members can read it again.`);
  await expect(page.getByRole("button", { name: /^Undo/ })).toHaveCount(0);

  // The post is back in its thread, for the moderator and for everyone.
  await restored.getByRole("link", { name: "View post #2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: world.title })).toBeVisible();
  await expect(post(page, 2)).toContainText(world.reply);
  await expect(post(page, 2)).not.toContainText("This post was deleted");
  const visitor = await request.get(`/api/v1/threads/${world.threadId}/posts`);
  const posts = (await visitor.json()) as { items: { number: number; is_deleted: boolean; body: string }[] };
  expect(posts.items.find((item) => item.number === 2)).toMatchObject({ is_deleted: false, body: world.reply });

  // The log tells the story by name, post number included, with local dates.
  await page.goto("/mod/log");
  const log = page.getByRole("table", { name: "Moderation log entries" });
  const target = `Post #2 in “${world.title}”`;
  await expect(log.getByRole("row").filter({ hasText: "Post restored" }).first()).toContainText(target);
  await expect(log.getByRole("row").filter({ hasText: "Post restored" }).first().getByRole("link", { name: target }))
    .toHaveAttribute("href", `/t/${world.threadId}#post-2`);
  await expect(log).not.toContainText(/\d{4}-\d\d-\d\dT\d\d:/);
  await loaded(page);
  problems.push(...(await check(page, testInfo, "log-restored")));

  expect(problems).toEqual([]);
});

test("on the thread page: a post deleted by a moderator can be restored, and a thread undeleted", async ({
  page,
  request,
  consoleWatch,
}, testInfo) => {
  // While the thread is deleted, the page's live stream reconnects and is refused (404).
  consoleWatch.allow(failedRequest(404), /\/t\/\d+$/);
  const world = await reportedReply(request);
  const problems: string[] = [];
  await useSession(page, await sessionViaApi(request, "maya_mod"));

  await page.goto(`/t/${world.threadId}`);
  await expect(post(page, 2)).toContainText(world.reply);
  await post(page, 2).getByRole("button", { name: "Delete post #2 as a moderator" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete post #2 by ${world.author.displayName}?` });
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(post(page, 2)).toContainText("This post was deleted");
  await expect(post(page, 2).getByRole("status")).toHaveText("Deleted post #2.");

  // Later (a reload: no undo left), the deleted post still offers Restore to moderators.
  await page.reload();
  await expect(post(page, 2)).toContainText("This post was deleted");
  await loaded(page);
  problems.push(...(await check(page, testInfo, "thread-deleted-post")));
  await post(page, 2).getByRole("button", { name: "Restore post #2" }).click();
  await expect(post(page, 2).getByRole("status")).toHaveText("Restored post #2: members can read it again.");
  await expect(post(page, 2)).toContainText(world.reply);

  // The whole thread: confirm, then undo from the same page.
  const tools = page.getByRole("region", { name: "Moderator tools" });
  await tools.getByRole("button", { name: "Delete thread" }).click();
  const confirm = page.getByRole("dialog", { name: `Delete “${world.title}”?` });
  await expect(confirm).toContainText("The thread and its 2 posts will disappear for members.");
  await confirm.getByRole("button", { name: "Yes, delete thread" }).click();
  await expect(tools.getByRole("status")).toHaveText(
    `Deleted “${world.title}”: members no longer see it or its posts.`,
  );
  expect((await request.get(`/api/v1/threads/${world.threadId}`)).status()).toBe(404);
  problems.push(...(await check(page, testInfo, "thread-deleted-with-undo")));

  await tools.getByRole("button", { name: `Undo the delete of “${world.title}”` }).click();
  await expect(tools.getByRole("status")).toHaveText(`Restored “${world.title}”: it is back in Sleep.`);
  expect((await request.get(`/api/v1/threads/${world.threadId}`)).status()).toBe(200);
  await page.goto("/c/sleep");
  await expect(page.getByRole("list", { name: "Threads" }).getByRole("link", { name: world.title })).toBeVisible();

  expect(problems).toEqual([]);
});
