// Anonymous items as each reader sees them: the pseudonym for others, and for their author
// "You — others see …", from `is_mine` (the server's word, never a comparison of ids).
import { screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

import { json, samplePost, sampleThread, userRef } from "../../pages/mod/testing";
import { renderWithQuery } from "../../test/query";
import { ThreadList } from "../category/ThreadList";
import { PostHeader } from "../post/PostHeader";
import { ThreadHeader } from "./ThreadHeader";

const JESS = userRef(9, "jess_tired");

const ANONYMOUS_THREAD = sampleThread({ id: 40, title: "Struggling more than I let on", anonymous: true });

function inRouter(element: React.ReactElement) {
  return renderWithQuery(<MemoryRouter>{element}</MemoryRouter>);
}

beforeEach(() => {
  fake.reset();
});

describe("a thread started anonymously", () => {
  it("tells its author what others see, in the header", () => {
    inRouter(<ThreadHeader thread={{ ...ANONYMOUS_THREAD, author: JESS, is_mine: true }} />);
    const meta = screen.getByText(/Started by/);
    expect(meta.textContent).toMatch(/^Started by You — others see Anonymous \(original poster\) ·/);
    expect(within(meta).getByText("Anonymous (original poster)").tagName).toBe("EM");
    expect(within(meta).queryByRole("link")).toBeNull();
    expect(meta.textContent).not.toContain("Jess");
  });

  it("names nobody to others", () => {
    inRouter(<ThreadHeader thread={{ ...ANONYMOUS_THREAD, author: null, is_mine: false }} />);
    expect(screen.getByText(/Started by/).textContent).toMatch(/^Started by Anonymous ·/);
  });

  it("shows a moderator who it is, and that members do not see it", () => {
    inRouter(<ThreadHeader thread={{ ...ANONYMOUS_THREAD, author: JESS, is_mine: false }} />);
    expect(screen.getByRole("link", { name: "Jess" }).getAttribute("href")).toBe("/u/jess_tired");
    expect(screen.getByText(/Started by/).textContent).toContain("(anonymous to members)");
  });

  it("says the same in the category's list", async () => {
    fake.on("GET", "/api/v1/threads", () =>
      json(200, {
        items: [
          { ...ANONYMOUS_THREAD, author: JESS, is_mine: true },
          { ...ANONYMOUS_THREAD, id: 41, title: "Someone else's", author: null, is_mine: false },
        ],
        next_cursor: null,
      }),
    );
    inRouter(<ThreadList slug="toddlers" sort="active" empty="No threads" />);
    const cards = await screen.findAllByRole("listitem");
    expect(cards[0]!.textContent).toContain("You — others see Anonymous (original poster)");
    expect(cards[1]!.textContent).toMatch(/Anonymous · 3 posts/);
    expect(cards[1]!.textContent).not.toContain("You");
  });
});

describe("an anonymous post", () => {
  it("shows others its per-thread pseudonym", () => {
    inRouter(
      <PostHeader
        post={samplePost({ author: null, anonymous: true, anonymous_label: "Anonymous 2", is_mine: false })}
        headingId="h"
      />,
    );
    expect(screen.getByRole("heading", { name: "Anonymous 2" })).toBeTruthy();
    expect(screen.queryByText("posted anonymously")).toBeNull();
  });

  it("tells its author what others see, without their name or role", () => {
    inRouter(
      <PostHeader
        post={samplePost({
          author: userRef(9, "jess_tired", "moderator"),
          anonymous: true,
          anonymous_label: "Anonymous (original poster)",
          is_mine: true,
        })}
        headingId="h"
      />,
    );
    expect(screen.getByRole("heading").textContent).toBe("You — others see Anonymous (original poster)");
    expect(screen.queryByRole("link", { name: "Jess" })).toBeNull();
    expect(screen.queryByText("moderator")).toBeNull();
  });

  it("shows a moderator the author, marked as posted anonymously under its pseudonym", () => {
    inRouter(
      <PostHeader
        post={samplePost({ author: JESS, anonymous: true, anonymous_label: "Anonymous 1", is_mine: false })}
        headingId="h"
      />,
    );
    expect(screen.getByRole("heading", { name: "Jess" })).toBeTruthy();
    expect(screen.getByText("posted anonymously").getAttribute("title")).toBe("Members see “Anonymous 1”");
  });
});
