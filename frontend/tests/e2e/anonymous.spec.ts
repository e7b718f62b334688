// Anonymous posting that stays anonymous: other members and visitors never learn who wrote
// it, per-thread pseudonyms name the posters, the author is told what others see, and a
// reply in a thread you started anonymously stays anonymous unless you confirm otherwise.
import type { APIRequestContext, Browser, Page } from "@playwright/test";

import {
  createThreadViaUi,
  expect,
  newMember,
  post,
  registerViaApi,
  seriousViolations,
  sessionViaApi,
  test,
  uniqueText,
  useSession as openSignedIn,
  type Member,
  watchConsole,
} from "./helpers";

const YOU_AS_ORIGINAL_POSTER = "You — others see Anonymous (original poster)";

/** A new member, signed in on `page` (the journeys here are about posting, not joining). */
async function signedIn(page: Page, request: APIRequestContext, displayName: string): Promise<Member> {
  const member = await registerViaApi(request, newMember(displayName));
  await openSignedIn(page, await sessionViaApi(request, member.username, member.password));
  return member;
}

/** Opens the thread in a fresh browser context (no session: a visitor) and checks it. */
async function asVisitor(browser: Browser, check: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchConsole(page);
  try {
    await check(page);
    expect(watch.problems).toEqual([]);
  } finally {
    await context.close();
  }
}

async function expectNoTraceOf(page: Page, author: Member) {
  const main = page.getByRole("main");
  await expect(main).not.toContainText(author.displayName);
  await expect(main).not.toContainText(author.username);
  await expect(main).not.toContainText("You — others see");
  await expect(page.locator(`a[href="/u/${author.username}"]`)).toHaveCount(0);
}

test("a reply in your own anonymous thread stays anonymous; visitors see no name anywhere", async ({
  page,
  browser,
  request,
}) => {
  const author = await signedIn(page, request, "Jess tired");
  const title = uniqueText("I haven't told anyone this");
  const body = uniqueText("Some days are really hard and I don't want my name on this.");
  const threadId = await createThreadViaUi(page, { category: "wellbeing", title, body, anonymous: true });

  // The author is told what everyone else sees, in the header and on the post.
  await expect(page.getByText(/^Started by/)).toContainText(YOU_AS_ORIGINAL_POSTER);
  await expect(post(page, 1).getByRole("heading", { name: YOU_AS_ORIGINAL_POSTER })).toBeVisible();

  // Replying: "Post anonymously" is already ticked, and the reply stays anonymous.
  const box = page.getByRole("checkbox", { name: "Post anonymously" });
  await expect(box).toBeChecked();
  const reply = uniqueText("Thank you all, it helps to write it down.");
  await page.getByRole("textbox", { name: "Your reply" }).fill(reply);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(post(page, 2)).toContainText(reply);
  await expect(post(page, 2).getByRole("heading", { name: YOU_AS_ORIGINAL_POSTER })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(box).toBeChecked();

  // Another member answers anonymously too: a pseudonym of their own in this thread.
  const other = await registerViaApi(request);
  const session = await sessionViaApi(request, other.username, other.password);
  const answer = await request.post(`/api/v1/threads/${threadId}/posts`, {
    headers: { Authorization: `Bearer ${session.access_token}` },
    data: { body: uniqueText("Same here. You're not alone."), anonymous: true },
  });
  expect(answer.status()).toBe(201);

  // In the category's list, the author sees what others see too.
  await page.goto("/c/wellbeing");
  const card = page.getByRole("list", { name: "Threads" }).getByRole("listitem").filter({ hasText: title });
  await expect(card).toContainText(YOU_AS_ORIGINAL_POSTER);

  // A visitor: pseudonyms only — no name, no profile link, no "You" — on the thread and the list.
  await asVisitor(browser, async (visitor) => {
    await visitor.goto(`/t/${threadId}`);
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByText(/^Started by/)).toContainText("Started by Anonymous");
    await expect(post(visitor, 1).getByRole("heading", { name: "Anonymous (original poster)" })).toBeVisible();
    await expect(post(visitor, 2).getByRole("heading", { name: "Anonymous (original poster)" })).toBeVisible();
    await expect(post(visitor, 3).getByRole("heading", { name: "Anonymous 1" })).toBeVisible();
    await expect(post(visitor, 2)).toContainText(reply);
    for (const number of [1, 2, 3]) {
      await expect(post(visitor, number)).not.toContainText("posted anonymously");
    }
    await expectNoTraceOf(visitor, author);
    await expect(visitor.getByRole("main")).not.toContainText(other.displayName);

    await visitor.goto("/c/wellbeing");
    const listed = visitor.getByRole("list", { name: "Threads" }).getByRole("listitem").filter({ hasText: title });
    await expect(listed).toContainText("Anonymous");
    await expectNoTraceOf(visitor, author);
  });
});

test("unticking asks before posting under your name, and cancelling keeps the reply anonymous", async ({
  page,
  browser,
  request,
}, testInfo) => {
  const author = await signedIn(page, request, "Robin");
  const title = uniqueText("Struggling more than I let on");
  const threadId = await createThreadViaUi(page, {
    category: "wellbeing",
    title,
    body: uniqueText("I don't want my name on this."),
    anonymous: true,
  });

  const box = page.getByRole("checkbox", { name: "Post anonymously" });
  await expect(box).toBeChecked();
  const words = uniqueText("Thank you, this is Robin by the way.");
  await page.getByRole("textbox", { name: "Your reply" }).fill(words);
  await box.uncheck();
  const send = page.getByRole("button", { name: "Post reply" });
  await send.click();

  const dialog = page.getByRole("dialog", { name: "Post under your name?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Everyone will see this reply is from ${author.displayName}, in a thread you started anonymously.`,
  );
  // The safe choice has the focus.
  await expect(dialog.getByRole("button", { name: "Keep it anonymous" })).toBeFocused();
  if (testInfo.project.name === "phone-360") {
    expect(await seriousViolations(page, "confirm posting under your name")).toEqual([]);
  }

  await dialog.getByRole("button", { name: "Keep it anonymous" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(box).toBeChecked();
  await expect(send).toBeFocused();
  await expect(post(page, 2)).toHaveCount(0);

  // Escape is a "no" as well.
  await box.uncheck();
  await send.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(box).toBeChecked();

  // Posted now, it is anonymous: a visitor never sees the name.
  await send.click();
  await expect(post(page, 2)).toContainText(words);
  await expect(post(page, 2).getByRole("heading", { name: YOU_AS_ORIGINAL_POSTER })).toBeVisible();
  if (testInfo.project.name === "phone-360") {
    expect(await seriousViolations(page, "own anonymous thread")).toEqual([]);
  }
  await asVisitor(browser, async (visitor) => {
    await visitor.goto(`/t/${threadId}`);
    await expect(post(visitor, 2).getByRole("heading", { name: "Anonymous (original poster)" })).toBeVisible();
    await expectNoTraceOf(visitor, author);
  });
});

test("confirming posts under your name, as asked", async ({ page, request }) => {
  const author = await signedIn(page, request, "Alex");
  await createThreadViaUi(page, {
    category: "just-chat",
    title: uniqueText("Something I can only say anonymously"),
    body: uniqueText("Starting anonymously."),
    anonymous: true,
  });
  await page.getByRole("textbox", { name: "Your reply" }).fill(uniqueText("Happy to say who I am now."));
  await page.getByRole("checkbox", { name: "Post anonymously" }).uncheck();
  await page.getByRole("button", { name: "Post reply" }).click();
  await page.getByRole("dialog", { name: "Post under your name?" }).getByRole("button", { name: "Post under my name" }).click();
  await expect(post(page, 2).getByRole("heading", { name: author.displayName })).toBeVisible();
  await expect(post(page, 1).getByRole("heading", { name: YOU_AS_ORIGINAL_POSTER })).toBeVisible();
});
