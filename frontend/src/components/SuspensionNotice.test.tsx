import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import type { Schemas } from "../api/client";
import { ApiError } from "../api/problem";
import { useAuth } from "../auth/AuthContext";
import { localDateTime } from "../auth/suspension";
import { renderAccount, sampleMe } from "../auth/testing";
import { sampleThread } from "../pages/mod/testing";
import { json, problem } from "../test/fake-api";
import { Reactions } from "./Reactions";
import { SuspensionNotice, SUSPENSION_NOTICE_ID } from "./SuspensionNotice";
import { ReplyBox } from "./thread/ReplyBox";

const UNTIL = "2099-12-07T18:42:00+00:00";
const SUSPENDED = sampleMe({
  suspended_until: UNTIL,
  suspension: { until: UNTIL, reason: "Repeated unkind replies after a warning" },
});

beforeEach(() => fake.reset());

describe("a suspended member is told, on every screen", () => {
  it("why and until when, in local time", async () => {
    renderAccount(fake, <p>Any page</p>, { path: "/c/sleep", route: "/c/:slug", me: SUSPENDED });
    const banner = await screen.findByRole("region", { name: `Your account is suspended until ${localDateTime(UNTIL)}.` });
    expect(banner.id).toBe(SUSPENSION_NOTICE_ID);
    expect(banner.textContent).toContain("The moderators’ reason: Repeated unkind replies after a warning");
    expect(banner.textContent).toContain("You can still read, but not post, reply, react or report until then.");
    expect(banner.textContent).not.toContain("2099-12-07T");
  });

  it("nothing for a member who is not suspended, or whose suspension ended", async () => {
    const ended = "2020-01-01T00:00:00+00:00";
    renderAccount(fake, <p>Any page</p>, {
      path: "/",
      route: "/",
      me: sampleMe({ suspended_until: ended, suspension: { until: ended, reason: "x" } }),
    });
    expect(await screen.findByText("Any page")).toBeTruthy();
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("where they would write: the same words, briefly", () => {
    renderAccount(fake, <SuspensionNotice me={SUSPENDED} id="reply-suspended" />, { path: "/", route: "/", me: null });
    const note = screen.getByRole("note");
    expect(note.id).toBe("reply-suspended");
    expect(note.textContent).toBe(
      `Your account is suspended until ${localDateTime(UNTIL)}. You can still read, but not post, reply, react or report until then. The moderators’ reason: Repeated unkind replies after a warning`,
    );
  });
});

describe("where a suspended member would write", () => {
  it("the reply box keeps their words, and its button is disabled, described by the notice", async () => {
    const onReply = vi.fn(async () => undefined);
    renderAccount(
      fake,
      <ReplyBox thread={sampleThread({ id: 12 })} me={SUSPENDED} composer={null} onReply={onReply} />,
      { path: "/t/12", route: "/t/:id", me: SUSPENDED },
    );
    await userEvent.type(screen.getByRole("textbox", { name: "Your reply" }), "Thank you all");
    const post = screen.getByRole("button", { name: "Post reply" });
    expect(post.getAttribute("aria-disabled")).toBe("true");
    expect(post.getAttribute("aria-describedby")).toBe("reply-suspended");
    expect(document.getElementById("reply-suspended")?.textContent).toContain("Your account is suspended until");
    await userEvent.click(post);
    expect(onReply).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "Your reply" })).toHaveProperty("value", "Thank you all");
  });

  it("suspended since the page loaded: the server's refusal is said in the notice's words", async () => {
    const onReply = vi.fn(async () => {
      throw new ApiError({
        type: "/problems/suspended",
        title: "Your account is suspended",
        status: 403,
        detail: `Your account is suspended until ${UNTIL}. You can still read, but not post or change anything.`,
      });
    });
    const member = sampleMe();
    renderAccount(fake, <ReplyBox thread={sampleThread({ id: 12 })} me={member} composer={null} onReply={onReply} />, {
      path: "/t/12",
      route: "/t/:id",
      me: member,
    });
    await userEvent.type(screen.getByRole("textbox", { name: "Your reply" }), "Thank you all");
    await userEvent.click(screen.getByRole("button", { name: "Post reply" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      `Your account is suspended until ${localDateTime(UNTIL)}. You can still read, but not post, reply, react or report until then.`,
    );
    expect(alert.textContent).not.toContain(UNTIL);
  });
});

describe("suspended while the page is open", () => {
  it("a refused reaction brings the notice above the screen, with the reason", async () => {
    const member = sampleMe();
    renderAccount(fake, <ReactionButton />, { path: "/t/12", route: "/t/:id", me: member });
    fake.on("PUT", /^\/api\/v1\/posts\/31\/reactions\/heart$/, () =>
      problem(403, `Your account is suspended until ${UNTIL}. You can still read, but not post or change anything.`, "/problems/suspended"),
    );
    const heart = await screen.findByRole("button", { name: /^Heart/ });
    expect(screen.queryByRole("region")).toBeNull();
    // Meanwhile a moderator suspended them: the server now says so.
    fake.on("GET", "/api/v1/me", () => json(200, SUSPENDED));
    await userEvent.click(heart);
    expect((await screen.findByRole("alert")).textContent).toContain(`until ${localDateTime(UNTIL)}.`);
    expect(await screen.findByRole("region", { name: `Your account is suspended until ${localDateTime(UNTIL)}.` })).toBeTruthy();
    expect(screen.getByText(/Repeated unkind replies after a warning/)).toBeTruthy();
  });
});

function ReactionButton() {
  const { me } = useAuth();
  const post = {
    id: 31,
    number: 3,
    reactions: {},
    my_reactions: [],
  } as unknown as Schemas["PostRead"];
  return me ? <Reactions post={post} canReact onChange={() => undefined} /> : null;
}
