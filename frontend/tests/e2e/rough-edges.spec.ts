// The rough edges found walking the app: long unbroken words wrap instead of widening the
// page; category descriptions are Markdown, not raw asterisks; small links and buttons are
// at least 24 × 24 px; a title longer than allowed stays whole and is said to be too long.
import type { Page } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  horizontalOverflow,
  newMember,
  post,
  reactViaApi,
  registerViaApi,
  seriousViolations,
  sessionViaApi,
  test,
  useSession,
} from "./helpers";

/** `length` letters without a space, different on every run. */
function unbroken(length: number): string {
  const seed = Math.random().toString(36).slice(2, 8);
  return `${seed}${"Sleeeeeeeep".repeat(Math.ceil(length / 11))}`.slice(0, length);
}

const WIDTHS = [1280, 360];

/** Every link, button and summary in the main area (not inside a post's own text) under 24 × 24 px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("main a, main button, main summary")) {
      // Links inside a post's text are part of a sentence (WCAG 2.5.8's inline exception).
      if (element.closest(".post-body")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (box.width < 24 || box.height < 24) {
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
        found.push(`${element.tagName.toLowerCase()} "${name}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
      }
    }
    return found;
  });
}

test("a 160-character unbroken title and name wrap on the category and thread pages at 1280 and 360 px", async ({
  page,
  request,
}) => {
  const author = await registerViaApi(request, { ...newMember(), displayName: unbroken(50) });
  const session = await sessionViaApi(request, author.username, author.password);
  const title = unbroken(160);
  const thread = await createThreadViaApi(request, session, {
    category: "just-chat",
    title,
    body: `${unbroken(300)}\n\nhttps://example.org/${unbroken(200)}`,
    contentWarning: unbroken(120),
  });

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });

    await page.goto("/c/just-chat");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    expect(await horizontalOverflow(page, `category page at ${width}px`)).toEqual([]);

    await page.goto(`/t/${thread.id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.getByRole("button", { name: "Show the posts" }).click();
    await expect(post(page, 1)).toBeVisible();
    expect(await horizontalOverflow(page, `thread page at ${width}px`)).toEqual([]);
    // The title wraps inside the page: its box is no wider than the window.
    const box = await page.getByRole("heading", { level: 1, name: title }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
  }
});

test("category descriptions are Markdown, rendered", async ({ page }) => {
  await page.goto("/c/wellbeing");
  const description = page.locator(".category-description");
  await expect(description).toContainText("How are you doing?");
  await expect(description.locator("em")).toHaveText("you");
  await expect(description).not.toContainText("*");

  await page.goto("/");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Wellbeing & mental health" }) });
  await expect(card.locator("em")).toHaveText("you");
});

test("links and buttons on the thread page are at least 24 × 24 px at 360 px", async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const author = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const thread = await createThreadViaApi(request, authorSession, {
    category: "sleep",
    title: "Contact naps only",
    body: "She will only nap on me. Is that OK?",
  });
  const reader = await registerViaApi(request);
  const readerSession = await sessionViaApi(request, reader.username, reader.password);
  // A reply to post #1 (its "In reply to post #1" link), and a reaction to count.
  const reply = await request.post(`/api/v1/threads/${thread.id}/posts`, {
    headers: { Authorization: `Bearer ${readerSession.access_token}` },
    data: { body: "Completely fine. Enjoy the cuddles.", reply_to: thread.first_post.id },
  });
  expect(reply.status()).toBe(201);
  await reactViaApi(request, readerSession, thread.first_post.id, "hug");

  await useSession(page, readerSession);
  await page.goto(`/t/${thread.id}`);
  await expect(post(page, 2)).toContainText("Enjoy the cuddles");
  await expect(page.getByRole("button", { name: /hug/i }).first()).toBeVisible();

  const number = await post(page, 1).getByRole("link", { name: "Post #1, link" }).boundingBox();
  expect(number?.width).toBeGreaterThanOrEqual(24);
  expect(number?.height).toBeGreaterThanOrEqual(24);
  expect(await smallTargets(page)).toEqual([]);
});

test("a 425-character title stays whole, the counter says it is too long, and so does the submit", async ({
  page,
  request,
}, testInfo) => {
  const member = await registerViaApi(request);
  await useSession(page, await sessionViaApi(request, member.username, member.password));
  await page.goto("/new?category=just-chat");
  const title = page.getByRole("textbox", { name: "Title" });
  const long = "Is it normal that my toddler ".repeat(15).slice(0, 425);
  await title.fill(long);
  await expect(title).toHaveValue(long);
  await expect(page.locator("#new-thread-title-count")).toHaveText("⚠ 225 too many: 425 of 200 characters");

  await page.getByRole("textbox", { name: "Your message" }).fill("Every single evening.");
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toBeFocused();
  await expect(page.locator("#new-thread-title-error")).toHaveText(
    "⚠ Title can be at most 200 characters — this one has 425.",
  );
  await expect(title).toHaveValue(long);
  await expect(page).toHaveURL(/\/new/);
  if (testInfo.project.name === "phone-360") {
    expect(await seriousViolations(page, "start a thread, with a problem shown")).toEqual([]);
    expect(await horizontalOverflow(page, "start a thread")).toEqual([]);
  }
});

test("a new member sees their limits before writing, in a new thread and in a reply", async ({
  page,
  request,
}) => {
  const newcomer = await registerViaApi(request);
  await useSession(page, await sessionViaApi(request, newcomer.username, newcomer.password));
  await page.goto("/new?category=just-chat");
  const limits = page.getByRole("note").filter({ hasText: "as a new member" });
  await expect(limits).toContainText(/you can start up to \d+ threads? and post up to \d+ repl(y|ies)/);
  // Said before the writing starts: above the title.
  const above = await limits.evaluate(
    (note) =>
      (note.compareDocumentPosition(document.getElementById("new-thread-title-input")!) &
        Node.DOCUMENT_POSITION_FOLLOWING) !==
      0,
  );
  expect(above).toBe(true);

  await page.goto("/c/just-chat");
  await page.getByRole("list", { name: "Threads" }).getByRole("link").first().click();
  await expect(page.getByRole("note").filter({ hasText: "as a new member" })).toBeVisible();
});

test("a member of long standing is told of no limits", async ({ page, request }) => {
  await useSession(page, await sessionViaApi(request, "sam_and_bea"));
  await page.goto("/new?category=just-chat");
  await expect(page.getByRole("textbox", { name: "Title" })).toBeVisible();
  await expect(page.getByText("as a new member")).toHaveCount(0);
});
