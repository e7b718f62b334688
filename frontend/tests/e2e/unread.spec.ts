// Coming back to a thread: a member reads it, others reply, the lists say "2 new", the link
// lands on the first unread post, and once read the marker is gone. A long thread offers
// "Jump to latest"; the watch control keeps the member's choice. Axe on each screen.
import type { APIRequestContext, Page } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  horizontalOverflow,
  post,
  registerViaApi,
  replyViaApi,
  seriousViolations,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  type Session,
} from "./helpers";

async function member(request: APIRequestContext): Promise<Session> {
  const created = await registerViaApi(request);
  return sessionViaApi(request, created.username, created.password);
}

/** Waits until the server knows the member has read thread `threadId` up to post `number`. */
async function expectReadTo(request: APIRequestContext, session: Session, threadId: number, number: number) {
  await expect(async () => {
    const response = await request.get(`/api/v1/threads/${threadId}`, {
      headers: { Authorization: `Bearer ${session.access_token}` },
    });
    const thread = (await response.json()) as { last_read_number: number | null };
    expect(thread.last_read_number).toBeGreaterThanOrEqual(number);
  }).toPass({ timeout: 10_000 });
}

async function screenProblems(page: Page, screen: string): Promise<string[]> {
  return [...(await seriousViolations(page, screen)), ...(await horizontalOverflow(page, screen))];
}

test("a member comes back to a thread: 2 new, lands on the first unread, then it is read", async ({
  page,
  request,
}) => {
  const author = await member(request);
  const replier = await member(request);
  const reader = await member(request);
  const title = uniqueText("Unread: naps at nursery");
  const thread = await createThreadViaApi(request, author, {
    category: "sleep",
    title,
    body: "Does anyone's little one nap at nursery but never at home?",
  });
  await replyViaApi(request, replier, thread.id, "Ours too, every single day.");

  // She reads the thread to its end.
  await useSession(page, reader);
  await page.goto(`/t/${thread.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await post(page, 2).scrollIntoViewIfNeeded();
  await expectReadTo(request, reader, thread.id, 2);

  // Two replies while she is away.
  await replyViaApi(request, replier, thread.id, "Update: the nursery uses white noise.");
  await replyViaApi(request, author, thread.id, "Trying white noise tonight, thank you!");

  await page.goto("/");
  const card = page
    .getByRole("list", { name: "Latest threads" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title }) });
  await expect(card).toContainText("2 new");
  const problems = await screenProblems(page, "home");

  await page.goto("/c/sleep");
  const categoryCard = page
    .getByRole("list", { name: "Threads" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title }) });
  await expect(categoryCard).toContainText("2 new");
  problems.push(...(await screenProblems(page, "category")));

  // The link lands on the first post she has not read.
  await categoryCard.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${thread.id}#post-3$`));
  await expect(post(page, 3)).toBeInViewport();
  await expect(post(page, 3)).toBeFocused();
  await post(page, 4).scrollIntoViewIfNeeded();
  await expectReadTo(request, reader, thread.id, 4);
  problems.push(...(await screenProblems(page, "thread")));

  await page.goBack();
  await expect(categoryCard).toBeVisible();
  await expect(categoryCard).not.toContainText("new");
  expect(problems).toEqual([]);
});

test("a long thread: Jump to latest, earlier posts, and the watch control", async ({ page, request }) => {
  const author = await member(request);
  const title = uniqueText("Unread: the very long thread");
  const thread = await createThreadViaApi(request, author, {
    category: "sleep",
    title,
    body: "Post your best and worst nights here.",
  });
  // New members may reply ten times a day: three of them make a thread of 25 posts.
  for (let round = 0; round < 3; round += 1) {
    const writer = await member(request);
    for (let index = 0; index < 8; index += 1) {
      await replyViaApi(request, writer, thread.id, `Night ${round * 8 + index + 2}: woke at 3, again.`);
    }
  }

  const reader = await member(request);
  await useSession(page, reader);
  await page.goto(`/t/${thread.id}`);
  await expect(post(page, 1)).toBeVisible();
  await expect(post(page, 25)).toHaveCount(0);
  await page.getByRole("button", { name: "Jump to latest" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${thread.id}#post-25$`));
  await expect(post(page, 25)).toBeInViewport();
  await expect(post(page, 1)).toHaveCount(0);
  await page.getByRole("button", { name: "Show earlier posts" }).click();
  await expect(post(page, 1)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Show earlier posts" })).toHaveCount(0);

  // Watching, normal, muted: the member's choice is kept.
  await page.getByText("Notifications:", { exact: false }).first().click();
  const group = page.getByRole("group", { name: "Notifications for this thread" });
  await expect(group.getByText("You'll be notified of every new post.")).toBeVisible();
  const problems = await screenProblems(page, "thread with watch control");
  const saved = page.waitForResponse(
    (response) => response.url().endsWith(`/api/v1/threads/${thread.id}/subscription`) && response.status() === 204,
  );
  await group.getByRole("radio", { name: "Muted" }).check();
  await saved;
  await page.reload();
  await expect(page.getByText("Notifications:", { exact: false }).first()).toHaveText("Notifications: Muted");
  expect(problems).toEqual([]);
});
