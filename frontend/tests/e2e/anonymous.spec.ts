// Anonymous posting: other members never learn who wrote it; its author is reminded that
// only they (and the moderators) can see it is theirs.
import { createThreadViaUi, expect, newMember, post, signOut, signUp, test, uniqueText } from "./helpers";

test("an anonymous thread names no author to other members, and its author sees it is theirs", async ({
  page,
}) => {
  const author = await signUp(page, newMember("Secret"));
  const title = uniqueText("Struggling more than I let on");
  const body = uniqueText("Some days are really hard and I don't want my name on this.");
  const threadId = await createThreadViaUi(page, { category: "just-chat", title, body, anonymous: true });

  // The author sees their own name, marked as posted anonymously.
  const first = post(page, 1);
  await expect(first.getByRole("heading", { name: author.displayName })).toBeVisible();
  await expect(first.getByText("posted anonymously")).toBeVisible();

  // So does an anonymous reply in someone else's thread.
  await page.getByRole("textbox", { name: "Your reply" }).fill(uniqueText("Adding one more thing."));
  await page.getByRole("checkbox", { name: "Post anonymously" }).check();
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(post(page, 2).getByText("posted anonymously")).toBeVisible();
  await expect(post(page, 2).getByRole("heading", { name: author.displayName })).toBeVisible();
  await signOut(page);

  // Another member sees "Anonymous": no name, no profile link, no badge, anywhere.
  await signUp(page, newMember("Reader"));
  await page.goto(`/t/${threadId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const number of [1, 2]) {
    const article = post(page, number);
    await expect(page.getByRole("article", { name: "Anonymous" }).nth(number - 1)).toHaveAttribute(
      "id",
      `post-${number}`,
    );
    await expect(article.getByRole("heading", { name: "Anonymous" })).toBeVisible();
    await expect(article.getByRole("link", { name: author.displayName })).toHaveCount(0);
    await expect(article).not.toContainText("posted anonymously");
  }
  await expect(post(page, 1)).toContainText(body);
  await expect(page.getByText(/Started by\s+Anonymous/)).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).not.toContainText(author.displayName);
  await expect(main).not.toContainText(author.username);
  await expect(page.locator(`a[href="/u/${author.username}"]`)).toHaveCount(0);

  // The category's thread list does not name them either.
  await page.goto("/c/just-chat");
  const card = page.getByRole("list", { name: "Threads" }).getByRole("listitem").filter({ hasText: title });
  await expect(card).toContainText("Anonymous");
  await expect(card).not.toContainText(author.displayName);
});
