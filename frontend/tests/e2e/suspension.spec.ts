// A suspended member is told why and until when, on every screen, in their own time; what
// they cannot do is disabled, and says why, instead of failing with a raw date.
import {
  createThreadViaApi,
  expect,
  horizontalOverflow,
  registerViaApi,
  replyViaApi,
  sessionViaApi,
  signIn,
  test,
  uniqueText,
  violationsInBothSchemes,
} from "./helpers";

test("a suspended member sees the reason and the end in local time; reply, react and report are disabled", async ({
  page,
  request,
}, testInfo) => {
  test.slow();
  const author = await registerViaApi(request);
  const authorSession = await sessionViaApi(request, author.username, author.password);
  const title = uniqueText("Screen time at four");
  const thread = await createThreadViaApi(request, authorSession, {
    category: "toddlers",
    title,
    body: "How much is too much at four years old?",
  });
  const member = await registerViaApi(request);
  const memberSession = await sessionViaApi(request, member.username, member.password);
  await replyViaApi(request, memberSession, thread.id, uniqueText("An hour a day works for us."));

  // The moderator suspends the member for a week, with a reason.
  const until = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  until.setUTCSeconds(0, 0);
  const reason = uniqueText("Repeated unkind replies after a warning.");
  const modSession = await sessionViaApi(request, "maya_mod");
  const suspended = await request.put(`/api/v1/users/${member.username}/suspension`, {
    headers: { Authorization: `Bearer ${modSession.access_token}` },
    data: { until: until.toISOString(), reason },
  });
  expect(suspended.ok(), await suspended.text()).toBe(true);

  // Right after signing in, on the home page: the reason and the end, in the browser's time.
  await signIn(page, member.username, member.password);
  const localEnd = await page.evaluate(
    (iso) =>
      new Date(iso).toLocaleString(undefined, {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      }),
    until.toISOString(),
  );
  const notice = page.getByRole("region", { name: `Your account is suspended until ${localEnd}.` });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`The moderators’ reason: ${reason}`);
  await expect(notice).toContainText("You can still read, but not post, reply, react or report until then.");
  await expect(page.getByRole("main")).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  const problems = await violationsInBothSchemes(page, "home-suspended");

  // In the thread: the controls are there, disabled, and point at the notice.
  await page.goto(`/t/${thread.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const first = page.locator("article#post-1");
  const controls = [
    first.getByRole("button", { name: "Reply to post #1" }),
    first.getByRole("button", { name: "Report post #1" }),
    first.getByRole("group", { name: "Reactions to post #1" }).getByRole("button", { name: /^Heart/ }),
    page.getByRole("button", { name: "Post reply" }),
  ];
  for (const control of controls) {
    await expect(control).toBeDisabled();
    await expect(control).toHaveAccessibleDescription(/Your account is suspended until/);
  }
  await controls[1]!.click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await controls[2]!.click({ force: true });
  await expect(controls[2]!).toHaveAttribute("aria-pressed", "false");

  // What they write is kept for later, and the reply box says why it cannot be sent.
  const reply = page.getByRole("textbox", { name: "Your reply" });
  await reply.fill("I'd like to apologise.");
  await controls[3]!.click({ force: true });
  await expect(reply).toHaveValue("I'd like to apologise.");
  await expect(page.locator("#reply-suspended")).toContainText(`Your account is suspended until ${localEnd}.`);

  problems.push(...(await violationsInBothSchemes(page, "thread-suspended")));
  if (testInfo.project.name === "phone-360") problems.push(...(await horizontalOverflow(page, "thread-suspended")));
  expect(problems).toEqual([]);
});
