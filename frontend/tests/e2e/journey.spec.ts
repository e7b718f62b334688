// The main journey, entirely through the screens: two members join, one starts a thread,
// the other replies quoting it and reacts, a third reports the reply, the moderator claims
// and hides it from the review queue, and its author sees the outcome. Runs on the desktop
// and at 360px.
import {
  createThreadViaUi,
  expect,
  failedRequest,
  newMember,
  openMainMenu,
  post,
  signIn,
  signOut,
  signUp,
  test,
  uniqueText,
} from "./helpers";

test("join, start a thread, reply with a quote, react, report, moderate, see the outcome", async ({
  page,
  consoleWatch,
}) => {
  // Two members join (each signs out afterwards); the first starts a thread.
  const author = await signUp(page, newMember("Author"));
  await signOut(page);
  const replier = await signUp(page, newMember("Replier"));
  await signOut(page);

  await signIn(page, author.username, author.password);
  const title = uniqueText("Night weaning at ten months");
  const opening = uniqueText("We are trying to drop the 3am feed.");
  const threadId = await createThreadViaUi(page, {
    category: "sleep",
    title,
    body: `${opening}\n\nAny gentle ideas welcome.`,
  });
  await expect(post(page, 1)).toContainText(opening);
  await expect(post(page, 1).getByRole("heading", { name: author.displayName })).toBeVisible();
  await signOut(page);

  // The second member replies to post #1 (quoting it) and reacts to it.
  await signIn(page, replier.username, replier.password, `/t/${threadId}`);
  await expect(page).toHaveURL(new RegExp(`/t/${threadId}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Reply to post #1" }).click();
  const reply = page.getByRole("textbox", { name: "Your reply" });
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(new RegExp(`^> ${opening}`));
  await expect(page.getByRole("button", { name: "Stop replying to post #1" })).toBeVisible();
  const answer = uniqueText("A dream feed at 11pm worked for us.");
  await reply.press("Control+End");
  await reply.pressSequentially(answer);
  await page.getByRole("button", { name: "Post reply" }).click();

  const second = post(page, 2);
  await expect(second).toContainText(answer);
  await expect(second.locator("blockquote")).toContainText(opening);
  await expect(second.getByText("In reply to")).toContainText("post #1");
  await expect(page).toHaveURL(new RegExp(`/t/${threadId}#post-2$`));
  await expect(reply).toHaveValue("");

  const hug = page
    .getByRole("group", { name: "Reactions to post #1" })
    .getByRole("button", { name: /^Hug/ });
  await expect(hug).toHaveAttribute("aria-pressed", "false");
  await hug.click();
  await expect(hug).toHaveAttribute("aria-pressed", "true");
  await expect(hug).toHaveAccessibleName(/^Hug\s*1$/);
  await page.reload();
  await expect(hug).toHaveAttribute("aria-pressed", "true");
  await signOut(page);

  // A third member reports the reply.
  await signUp(page, newMember("Reporter"));
  await page.goto(`/t/${threadId}`);
  await page.getByRole("button", { name: "Report post #2" }).click();
  const dialog = page.getByRole("dialog", { name: "Report post #2" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: "Abusive or unkind" }).check();
  await dialog.getByRole("textbox", { name: "Note for the moderators (optional)" }).fill("Feels unkind.");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("status")).toContainText(
    "Thank you. Your report about post #2 was sent",
  );
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  const reported = page.getByRole("button", { name: "Reported post #2" });
  await expect(reported).toBeDisabled();
  await expect(reported).toBeFocused();
  await signOut(page);

  // The moderator claims it in the review queue and hides it, with a note.
  await signIn(page, "maya_mod");
  await (await openMainMenu(page)).getByRole("link", { name: "Review queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const item = page
    .getByRole("list", { name: "Reported posts" })
    .getByRole("article", { name: `Post #2 in “${title}”` });
  await expect(item).toContainText(answer);
  await expect(item).toContainText("Abusive or unkind");
  await expect(item).toContainText("Feels unkind.");
  await expect(item).toContainText("Not claimed");
  await item.getByRole("button", { name: "Claim" }).click();
  await expect(item).toContainText("Claimed by you");
  await expect(item.getByRole("button", { name: "Release" })).toBeVisible();
  const reason = uniqueText("Please keep replies kind");
  await item.getByRole("textbox", { name: "Note for the log (optional)" }).fill(reason);
  await item.getByRole("group", { name: "Resolve" }).getByRole("button", { name: "Hide post" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Hid post #2 in “${title}”.` })).toBeVisible();
  await expect(item).toBeHidden();

  // The log shows what was done, with the note.
  await (await openMainMenu(page)).getByRole("link", { name: "Log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moderation log" })).toBeVisible();
  const log = page.getByRole("table", { name: "Moderation log entries" });
  await expect(log.getByRole("row").filter({ hasText: reason }).first()).toContainText("maya_mod");
  // Signing out here asks for the log again, without a session: the page then says it is
  // for moderators only, and the browser notes the 401.
  consoleWatch.allow(failedRequest(401), /\/mod\/log$/);
  await signOut(page);
  await expect(page.getByText("This page is for moderators only.")).toBeVisible();

  // The author of the reply signs in and sees it hidden by the moderators, with the reason.
  await signIn(page, replier.username, replier.password);
  await page.goto(`/t/${threadId}`);
  const hidden = post(page, 2);
  await expect(hidden).toContainText("This post was hidden by the moderators.");
  await expect(hidden).toContainText(`Reason: ${reason}`);
  await expect(hidden).toContainText("You can still see it because you wrote it.");
  await expect(hidden).toContainText(answer);
  await signOut(page);

  // Everyone else sees only that it is hidden: not its words.
  await page.reload();
  await expect(post(page, 2)).toContainText("This post was hidden by the moderators.");
  await expect(post(page, 2)).not.toContainText(answer);
});
