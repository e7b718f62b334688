// Blocking: member A blocks member B from B's profile (a dialog says what it does); B's
// posts fold behind "Post from someone you blocked" with a Show button; B's next reply does
// not notify A (while a third member's does); Settings lists B with Unblock. axe at 360 px.
import type { APIRequestContext } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  horizontalOverflow,
  post,
  registerViaApi,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  violationsInBothSchemes,
  type Session,
} from "./helpers";

type Notification = { kind: string; actor: { username: string } | null; read_at: string | null };

async function replyTo(request: APIRequestContext, session: Session, threadId: number, postId: number, body: string) {
  const response = await request.post(`/api/v1/threads/${threadId}/posts`, {
    headers: { Authorization: `Bearer ${session.access_token}` },
    data: { body, anonymous: false, reply_to: postId },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

async function notificationsOf(request: APIRequestContext, session: Session): Promise<Notification[]> {
  const response = await request.get("/api/v1/notifications?limit=50", {
    headers: { Authorization: `Bearer ${session.access_token}` },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: Notification[] }).items;
}

test("A blocks B: B's posts fold, B's replies no longer notify A, and Settings can undo it", async ({
  page,
  request,
}) => {
  test.slow();
  const a = await registerViaApi(request);
  const b = await registerViaApi(request);
  const c = await registerViaApi(request);
  const [aSession, bSession, cSession] = await Promise.all([
    sessionViaApi(request, a.username, a.password),
    sessionViaApi(request, b.username, b.password),
    sessionViaApi(request, c.username, c.password),
  ]);
  const title = uniqueText("Weaning and the fussy eater");
  const thread = await createThreadViaApi(request, aSession, {
    category: "just-chat",
    title,
    body: uniqueText("Broccoli goes on the floor every time."),
  });
  const bWords = uniqueText("Try it raw, as a stick to hold.");
  await replyTo(request, bSession, thread.id, thread.first_post.id, bWords);

  // From B's profile: Block asks first, and says what it does.
  await useSession(page, aSession);
  await page.goto(`/u/${b.username}`);
  await page.getByRole("button", { name: `Block ${b.displayName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Block ${b.displayName}?` });
  await expect(dialog).toContainText(
    "You won't see their posts unless you open them, and they can't notify you. They won't be told.",
  );
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  const problems = [...(await violationsInBothSchemes(page, "block-dialog"))];
  await dialog.getByRole("button", { name: `Block ${b.displayName}` }).click();
  await expect(page.getByText(`You blocked ${b.displayName}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Unblock ${b.displayName}` })).toBeVisible();

  // In the thread, B's post is folded until A asks to see it.
  await page.goto(`/t/${thread.id}`);
  await expect(post(page, 2)).toContainText("Post from someone you blocked");
  await expect(post(page, 2)).not.toContainText(bWords);
  problems.push(...(await violationsInBothSchemes(page, "thread-with-blocked-post")));
  problems.push(...(await horizontalOverflow(page, "thread-with-blocked-post")));
  await post(page, 2).getByRole("button", { name: "Show post #2" }).click();
  await expect(post(page, 2)).toContainText(bWords);

  // B replies to A again, then C does: C's reply reaches A, B's never does.
  await replyTo(request, bSession, thread.id, thread.first_post.id, uniqueText("Or mash it with potato."));
  await replyTo(request, cSession, thread.id, thread.first_post.id, uniqueText("Ours only eats it with cheese."));
  await expect
    .poll(async () => (await notificationsOf(request, aSession)).map((item) => item.actor?.username), {
      timeout: 20_000,
    })
    .toContain(c.username);
  const got = await notificationsOf(request, aSession);
  // B's first reply, before the block, is the only one from B.
  expect(got.filter((item) => item.actor?.username === b.username)).toHaveLength(1);

  // Settings lists B, with Unblock.
  await page.goto("/settings");
  const blocked = page.getByRole("region", { name: "Blocked members" });
  await expect(blocked.getByRole("link", { name: b.displayName })).toBeVisible();
  problems.push(...(await violationsInBothSchemes(page, "settings-blocked")));
  problems.push(...(await horizontalOverflow(page, "settings-blocked")));
  await blocked.getByRole("button", { name: `Unblock ${b.displayName}` }).click();
  await expect(blocked.getByText("You have not blocked anyone.")).toBeVisible();

  // Unblocked: the post shows as any other.
  await page.goto(`/t/${thread.id}`);
  await expect(post(page, 2)).toContainText(bWords);
  expect(problems).toEqual([]);
});

test("Block is offered on another member's post, never on your own or an anonymous one", async ({
  page,
  request,
}) => {
  const a = await registerViaApi(request);
  const b = await registerViaApi(request);
  const aSession = await sessionViaApi(request, a.username, a.password);
  const bSession = await sessionViaApi(request, b.username, b.password);
  const thread = await createThreadViaApi(request, aSession, {
    category: "just-chat",
    title: uniqueText("Nap schedules"),
    body: uniqueText("Two naps or three?"),
  });
  await replyTo(request, bSession, thread.id, thread.first_post.id, uniqueText("Two, from about seven months."));
  const anonymous = await request.post(`/api/v1/threads/${thread.id}/posts`, {
    headers: { Authorization: `Bearer ${bSession.access_token}` },
    data: { body: uniqueText("Three here, and no shame."), anonymous: true, reply_to: null },
  });
  expect(anonymous.ok()).toBe(true);

  await useSession(page, aSession);
  await page.goto(`/t/${thread.id}`);
  await expect(post(page, 3)).toBeVisible();
  await expect(post(page, 1).getByRole("button", { name: /^Block/ })).toHaveCount(0);
  await expect(post(page, 3).getByRole("button", { name: /^Block/ })).toHaveCount(0);

  await post(page, 2).getByRole("button", { name: `Block ${b.displayName}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: `Block ${b.displayName}` }).click();
  await expect(post(page, 2)).toContainText("Post from someone you blocked");
  // The anonymous post stays: blocking never reveals who wrote it.
  await expect(post(page, 3)).toContainText("Three here");
});
