// Search: a parent finds last month's thread by a phrase she remembers, from the header's
// box (in the menu on a phone), sees the words highlighted in the excerpt, narrows by
// category, and opens the post. Axe on the results and the empty state.
import type { Page } from "@playwright/test";

import {
  createThreadViaApi,
  expect,
  horizontalOverflow,
  openMainMenu,
  post,
  registerViaApi,
  seriousViolations,
  sessionViaApi,
  test,
} from "./helpers";

/** A made-up word (letters only, so every search backend keeps it whole) unique to the run. */
function madeUpWord(): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  let word = "quo";
  for (let index = 0; index < 7; index += 1) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

async function screenProblems(page: Page, screen: string): Promise<string[]> {
  return [...(await seriousViolations(page, screen)), ...(await horizontalOverflow(page, screen))];
}

/** Searches from the header's box: in the row on a wide screen, in the menu on a phone. */
async function searchFromHeader(page: Page, words: string) {
  const box = (await openMainMenu(page)).getByRole("search", { name: "Search Village" });
  await box.getByRole("searchbox", { name: "Search" }).fill(words);
  await box.getByRole("button", { name: "Search" }).click();
}

test("search finds a thread by a phrase, highlighted, and opens the post", async ({ page, request }) => {
  const word = madeUpWord();
  const author = await registerViaApi(request);
  const session = await sessionViaApi(request, author.username, author.password);
  const title = `Reflux and the ${word} trick`;
  const thread = await createThreadViaApi(request, session, {
    category: "feeding",
    title,
    body: `Holding her upright after feeds helped, and the ${word} pillow for naps. Anyone else?`,
  });

  await page.goto("/");
  await searchFromHeader(page, `"${word} pillow"`);
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByRole("list", { name: "Search results" });
  const result = results.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(result).toBeVisible();
  await expect(result.locator(".search-snippet mark").first()).toHaveText(new RegExp(word, "i"));
  await expect(result).toContainText(author.displayName);
  const problems = await screenProblems(page, "search results");

  // Another category finds nothing, and says so plainly.
  await page.getByLabel("Category").selectOption("sleep");
  await page.getByRole("search", { name: "Search the forum" }).getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/Nothing matched/)).toBeVisible();
  await expect(page.getByText("Use quotes for a phrase", { exact: false })).toBeVisible();
  problems.push(...(await screenProblems(page, "search, nothing found")));

  await page.getByRole("link", { name: "all categories and authors" }).click();
  await result.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${thread.id}#post-1$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(post(page, 1)).toBeInViewport();
  expect(problems).toEqual([]);
});
