// When the server refuses, the screen says what the server said (its problem `detail`),
// never a generic "something went wrong".
import {
  createThreadViaApi,
  expect,
  expectInMainNav,
  failedRequest,
  registerViaApi,
  sessionViaApi,
  signIn,
  test,
  uniqueText,
  useSession,
  watchConsole,
} from "./helpers";

test("a wrong password shows the server's words", async ({ page, consoleWatch }) => {
  consoleWatch.allow(failedRequest(401), /\/signin$/);
  await page.goto("/signin");
  await page.getByLabel("Username or email").fill("sam_and_bea");
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The username or password is not right.");
  await expect(page).toHaveURL(/\/signin$/);
  await expectInMainNav(page, (nav) => nav.getByRole("link", { name: "Sign in" }));
});

test("a thread locked by a moderator: the member is told why their reply was refused", async ({
  page,
  browser,
  request,
  consoleWatch,
}) => {
  const author = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const title = uniqueText("Soft play recommendations");
  const thread = await createThreadViaApi(request, authorSession, {
    category: "meetups",
    title,
    body: "Which soft play is least chaotic on a Saturday?",
  });
  const member = await registerViaApi(request);
  await useSession(page, await sessionViaApi(request, member.username, member.password));

  // The member starts a reply while the thread is still open…
  await page.goto(`/t/${thread.id}`);
  const words = uniqueText("The one by the river, early.");
  await page.getByRole("textbox", { name: "Your reply" }).fill(words);

  // …and meanwhile the moderator locks it from the thread's moderator tools.
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  const modConsole = await watchConsole(mod);
  await signIn(mod, "maya_mod", undefined, `/t/${thread.id}`);
  const tools = mod.getByRole("region", { name: "Moderator tools" });
  await tools.getByRole("button", { name: "Lock thread" }).click();
  await expect(tools.getByRole("status")).toHaveText("Thread locked.");
  await expect(tools.getByRole("button", { name: "Unlock thread" })).toBeVisible();
  await expect(mod.getByRole("note").filter({ hasText: "This thread is locked" })).toContainText(
    "As a moderator you can still reply.",
  );
  expect(modConsole.problems).toEqual([]);
  await modContext.close();

  // The member's reply is refused with the server's own explanation; the draft is kept.
  consoleWatch.allow(failedRequest(403), new RegExp(`/t/${thread.id}$`));
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("alert")).toHaveText("This thread is locked, so no new replies can be added.");
  await expect(page.getByRole("textbox", { name: "Your reply" })).toHaveValue(words);

  // On the next visit the thread says it is locked, and offers no reply box.
  await page.reload();
  await expect(page.getByRole("note")).toHaveText(/This thread is locked: no new replies can be added\.$/);
  await expect(page.getByText("Locked", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reply to this thread" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reply to post #1" })).toHaveCount(0);
});
