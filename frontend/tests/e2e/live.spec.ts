// Live updates: two members read the same thread in two browsers; a reply posted in one
// appears in the other without a reload, behind the polite "1 new reply" bar.
import {
  createThreadViaApi,
  expect,
  post,
  registerViaApi,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
  watchConsole,
} from "./helpers";

test("a reply posted in one browser appears in the other without a reload", async ({ page, browser, request }) => {
  const writer = await registerViaApi(request);
  const reader = await registerViaApi(request);
  const writerSession = await sessionViaApi(request, writer.username, writer.password);
  const readerSession = await sessionViaApi(request, reader.username, reader.password);
  const title = uniqueText("Teething and the four-month regression");
  const thread = await createThreadViaApi(request, writerSession, {
    category: "sleep",
    title,
    body: uniqueText("Is it both at once? Nobody here has slept."),
  });

  // The reader's browser: its own context (own storage, own session), watched like the first.
  const readerContext = await browser.newContext({ viewport: page.viewportSize() });
  const readerPage = await readerContext.newPage();
  const readerConsole = await watchConsole(readerPage);
  await useSession(readerPage, readerSession);
  await readerPage.goto(`/t/${thread.id}`);
  await expect(readerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(post(readerPage, 1)).toBeVisible();
  // Live: the stream is up, so the fallback "Check for new replies" is not offered.
  await expect(readerPage.getByRole("button", { name: "Check for new replies" })).toHaveCount(0);

  // The writer replies through the screen in the other browser.
  await useSession(page, writerSession);
  await page.goto(`/t/${thread.id}`);
  const answer = uniqueText("Both at once, yes. It passes, I promise.");
  await page.getByRole("textbox", { name: "Your reply" }).fill(answer);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(post(page, 2)).toContainText(answer);

  // The reader is told politely, and the page does not move until they ask.
  const bar = readerPage.getByRole("status").filter({ has: readerPage.getByRole("button") });
  const newReply = bar.getByRole("button", { name: "1 new reply" });
  await expect(newReply).toBeVisible();
  await expect(post(readerPage, 2)).toHaveCount(0);
  const scrolled = await readerPage.evaluate(() => window.scrollY);
  await newReply.click();
  await expect(post(readerPage, 2)).toContainText(answer);
  await expect(post(readerPage, 2)).toBeFocused();
  await expect(newReply).toHaveCount(0);
  expect(await readerPage.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(scrolled);

  expect(readerConsole.problems, "console errors in the reader's browser").toEqual([]);
  await readerContext.close();
});
