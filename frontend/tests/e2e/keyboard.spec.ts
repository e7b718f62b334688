// The keyboard alone is enough: signing in and replying with Tab and Enter, with a visible
// focus indicator at every stop.
import {
  createThreadViaApi,
  expect,
  expectInMainNav,
  post,
  registerViaApi,
  sessionViaApi,
  tabTo,
  test,
  uniqueText,
} from "./helpers";

test("sign in and reply with the keyboard alone, focus always visible", async ({ page, request }) => {
  const member = await registerViaApi(request);
  const session = await sessionViaApi(request, member.username, member.password);
  const thread = await createThreadViaApi(request, session, {
    category: "babies",
    title: uniqueText("Keyboard thread"),
    body: "Does anyone else count naps in minutes?",
  });

  // Sign in: Tab to the fields, type, Enter submits.
  await page.goto(`/signin?next=${encodeURIComponent(`/t/${thread.id}`)}`);
  await tabTo(page, page.getByRole("textbox", { name: "Username or email" }));
  await page.keyboard.type(member.username);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(member.password);
  await page.keyboard.press("Enter");
  await expectInMainNav(page, (nav) => nav.getByRole("button", { name: "Sign out" }));
  await expect(page).toHaveURL(new RegExp(`/t/${thread.id}$`));
  // The member's page is whole (their watch control, the reply box) before tabbing through it.
  await expect(page.getByText("Notifications:", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your reply" })).toBeVisible();

  // Reply: Tab to "Reply to post #1", Enter puts the quote in the reply box and focuses it.
  await tabTo(page, page.getByRole("button", { name: "Reply to post #1" }));
  await page.keyboard.press("Enter");
  const reply = page.getByRole("textbox", { name: "Your reply" });
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(/^> Does anyone else count naps/);
  const words = uniqueText("Every single one of them.");
  await page.keyboard.type(words);
  await tabTo(page, page.getByRole("button", { name: "Post reply" }));
  await page.keyboard.press("Enter");
  await expect(post(page, 2)).toContainText(words);
  await expect(reply).toHaveValue("");

  // Reacting works from the keyboard too (Space or Enter on a toggle button).
  const heart = page.getByRole("group", { name: "Reactions to post #2" }).getByRole("button", { name: /^Heart/ });
  await heart.focus();
  await page.keyboard.press("Enter");
  await expect(heart).toHaveAttribute("aria-pressed", "true");
  await expect(heart).toBeFocused();
});

test("the skip link is the first stop and jumps to the content", async ({ page }) => {
  await page.goto("/");
  // The page's links load after it does: tab only once they are there.
  const firstLink = page.getByRole("main").getByRole("link").first();
  await expect(firstLink).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(firstLink).toBeFocused();
});
