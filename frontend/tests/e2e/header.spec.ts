// The header on a phone: one row that leaves the screen to the content (at most 80 px of
// 780, for a moderator too), its links behind a "Menu" disclosure button that the keyboard
// opens and Escape closes; on a wide screen every link shows in the row. axe checks the
// open menu in light and dark.
import type { Page } from "@playwright/test";

import {
  expect,
  horizontalOverflow,
  registerViaApi,
  sessionViaApi,
  test,
  useSession,
  violationsInBothSchemes,
} from "./helpers";

const MOST = 80;

async function headerHeight(page: Page): Promise<number> {
  const box = await page.getByRole("banner").boundingBox();
  if (!box) throw new Error("no header");
  return box.height;
}

test.describe("on a 360 × 780 phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  // The phone project (the one with touch) runs these; the desktop one checks the wide row.
  test.skip(({ hasTouch }) => !hasTouch, "phone project only");

  test("a moderator's header is one row; the menu opens, shows the queue count and closes", async ({
    page,
    request,
  }) => {
    await useSession(page, await sessionViaApi(request, "maya_mod"));
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: /^Menu/ });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    // Signed in (the count is asked for moderators only once the session is known).
    await expect(menu).toHaveAccessibleName(/^Menu(, \d+ waiting in the review queue)?$/);
    expect(await headerHeight(page)).toBeLessThanOrEqual(MOST);
    await expect(nav.getByRole("link", { name: /Review queue/ })).toBeHidden();

    // Still one row, and still at the top, once the page is scrolled.
    await page.mouse.wheel(0, 600);
    const box = await page.getByRole("banner").boundingBox();
    expect(box?.y).toBe(0);
    expect(box?.height).toBeLessThanOrEqual(MOST);

    // Keyboard: Enter opens, the links follow the button, Escape closes and keeps focus.
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const queue = nav.getByRole("link", { name: /^Review queue/ });
    await expect(queue).toBeVisible();
    await expect(nav.getByRole("link", { name: "Log" })).toBeVisible();
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
    // The open menu lies over the page: the header's own row does not grow.
    expect(await headerHeight(page)).toBeLessThanOrEqual(MOST);
    const problems = await violationsInBothSchemes(page, "header-menu-open");
    problems.push(...(await horizontalOverflow(page, "header-menu-open")));
    expect(problems).toEqual([]);

    await page.keyboard.press("Tab");
    await expect(queue).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(queue).toBeHidden();

    // Following a link closes the menu.
    await menu.click();
    await nav.getByRole("link", { name: "Log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Moderation log" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(await headerHeight(page)).toBeLessThanOrEqual(MOST);
  });

  test("a member's and a visitor's header are one row too", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Menu" })).toBeVisible();
    expect(await headerHeight(page)).toBeLessThanOrEqual(MOST);

    const member = await registerViaApi(request);
    await useSession(page, await sessionViaApi(request, member.username, member.password));
    await page.goto("/c/sleep");
    await expect(page.getByRole("heading", { level: 1, name: "Sleep" })).toBeVisible();
    expect(await headerHeight(page)).toBeLessThanOrEqual(MOST);
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("button", { name: "Menu" }).click();
    await expect(nav.getByRole("link", { name: member.displayName })).toBeVisible();
    await expect(nav.getByRole("link", { name: /Review queue/ })).toHaveCount(0);
  });
});

test.describe("on a wide screen", () => {
  test.skip(({ hasTouch }) => hasTouch, "desktop project only");

  test("every link shows in the row, with the queue count; no menu button", async ({ page, request }) => {
    await useSession(page, await sessionViaApi(request, "maya_mod"));
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: /^Review queue/ })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Log" })).toBeVisible();
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(nav.getByRole("button", { name: /^Menu/ })).toBeHidden();
    expect(await headerHeight(page)).toBeLessThanOrEqual(MOST);
  });
});
