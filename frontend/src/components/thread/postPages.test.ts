import { describe, expect, test } from "vitest";

import { samplePost } from "../../pages/mod/testing";
import {
  addPosts,
  appendPage,
  nextCursor,
  patchPost,
  postsOf,
  refreshLastPage,
  tailCursor,
  type PostPages,
} from "./postPages";

const post = (number: number, body = `post ${number}`) =>
  samplePost({ id: 100 + number, number, body, body_html: `<p>${body}</p>` });

const TWO_PAGES: PostPages = {
  pages: [
    { items: [post(1), post(2)], next_cursor: "after-2" },
    { items: [post(3)], next_cursor: null },
  ],
  pageParams: [null, "after-2"],
};

describe("a thread's cached pages", () => {
  test("read as one list by number; the last page's cursors say what comes next", () => {
    expect(postsOf(TWO_PAGES).map((item) => item.number)).toEqual([1, 2, 3]);
    expect(nextCursor(TWO_PAGES)).toBeNull();
    expect(tailCursor(TWO_PAGES)).toBe("after-2");
    expect(postsOf(undefined)).toEqual([]);
  });

  test("the last page fetched again keeps what was shown and learns its next cursor", () => {
    const refreshed = refreshLastPage(TWO_PAGES, { items: [post(4)], next_cursor: "after-4" });
    expect(postsOf(refreshed).map((item) => item.number)).toEqual([1, 2, 3, 4]);
    expect(nextCursor(refreshed)).toBe("after-4");
    const appended = appendPage(refreshed, { items: [post(5)], next_cursor: null }, "after-4");
    expect(appended.pageParams).toEqual([null, "after-2", "after-4"]);
    expect(postsOf(appended).map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test("known posts join the end once; a patch replaces every copy", () => {
    const added = addPosts(TWO_PAGES, [post(5), post(4), post(3)]);
    expect(postsOf(added).map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    const patched = patchPost(added, post(2, "edited"));
    expect(postsOf(patched)[1]?.body).toBe("edited");
    expect(patchPost(added, post(9))).toBe(added);
  });
});
