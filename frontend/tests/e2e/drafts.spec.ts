// Drafts live on the device: a reload (or a crash) never loses what someone was typing,
// and a successful post clears them.
import {
  createThreadViaApi,
  expect,
  post,
  registerViaApi,
  sessionViaApi,
  test,
  uniqueText,
  useSession,
} from "./helpers";

test("a reply draft survives a reload and is cleared once posted", async ({ page, request }) => {
  const member = await registerViaApi(request);
  const session = await sessionViaApi(request, member.username, member.password);
  const thread = await createThreadViaApi(request, session, {
    category: "toddlers",
    title: uniqueText("Drafts thread"),
    body: "Who else has a toddler who only eats beige food?",
  });
  await useSession(page, session);
  await page.goto(`/t/${thread.id}`);

  // Quote post #1, add words, then reload: all of it is still there.
  await page.getByRole("button", { name: "Reply to post #1" }).click();
  const reply = page.getByRole("textbox", { name: "Your reply" });
  const words = uniqueText("Mine! Pasta, crackers, more pasta.");
  await reply.press("Control+End");
  await reply.pressSequentially(words);
  await expect(page.getByText("Draft saved on this device.")).toBeVisible();
  await page.reload();
  await expect(reply).toHaveValue(new RegExp(`^> Who else has a toddler[\\s\\S]*${words}$`));
  await expect(page.getByRole("button", { name: "Stop replying to post #1" })).toBeVisible();
  await expect(page.getByText("Draft saved on this device.")).toBeVisible();

  // Posted: the draft is gone, also after another reload.
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(post(page, 2)).toContainText(words);
  await expect(post(page, 2)).toContainText("In reply to post #1");
  await expect(reply).toHaveValue("");
  await expect(page.getByText("Draft saved on this device.")).toBeHidden();
  await page.reload();
  await expect(post(page, 2)).toContainText(words);
  await expect(reply).toHaveValue("");
  await expect(page.getByRole("button", { name: "Stop replying to post #1" })).toHaveCount(0);
});

test("a new thread's draft survives a reload", async ({ page, request }) => {
  const member = await registerViaApi(request);
  await useSession(page, await sessionViaApi(request, member.username, member.password));
  await page.goto("/new?category=feeding");
  const title = uniqueText("Bottle refusal at six months");
  const body = uniqueText("She takes nothing from a bottle.");
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("textbox", { name: "Your message" }).fill(body);
  await page.getByRole("textbox", { name: "Content warning (optional)" }).fill("feeding worries");
  await expect(page.getByText("Draft saved on this device.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue("feeding");
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(title);
  await expect(page.getByRole("textbox", { name: "Your message" })).toHaveValue(body);
  await expect(page.getByRole("textbox", { name: "Content warning (optional)" })).toHaveValue("feeding worries");

  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goto("/new?category=feeding");
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "Your message" })).toHaveValue("");
});
