import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { json, problem } from "../test/fake-api";
import { ApiError } from "../api/problem";
import { loadDraft } from "../drafts";
import { Composer, type ComposerHandle } from "./Composer";

const KEY = "draft:thread:5";

/** The text of everything that describes an element (aria-describedby), in order. */
function describedBy(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

function renderComposer(props: Partial<Parameters<typeof Composer>[0]> = {}) {
  const onSubmit = vi.fn(async () => {});
  const view = render(
    <Composer draftKey={KEY} label="Your reply" submitLabel="Post reply" onSubmit={onSubmit} {...props} />,
  );
  return { ...view, onSubmit };
}

beforeEach(() => {
  fake.reset();
});

describe("Composer", () => {
  it("restores the draft after a remount (a reload or a dropped connection)", async () => {
    const user = userEvent.setup();
    const first = renderComposer();
    await user.type(screen.getByLabelText("Your reply"), "Nobody sleeps here either");
    await user.click(screen.getByLabelText("Post anonymously"));
    expect(loadDraft(KEY)?.body).toBe("Nobody sleeps here either");
    first.unmount();

    renderComposer();
    expect(screen.getByLabelText("Your reply")).toHaveProperty("value", "Nobody sleeps here either");
    expect(screen.getByLabelText("Post anonymously")).toHaveProperty("checked", true);
    expect(screen.getByText("Draft saved on this device.")).toBeTruthy();
  });

  it("keeps drafts of different places apart", async () => {
    const user = userEvent.setup();
    const first = renderComposer();
    await user.type(screen.getByLabelText("Your reply"), "For thread five");
    first.unmount();
    renderComposer({ draftKey: "draft:thread:6" });
    expect(screen.getByLabelText("Your reply")).toHaveProperty("value", "");
  });

  it("explains what posting anonymously means", () => {
    renderComposer();
    const checkbox = screen.getByRole("checkbox", { name: "Post anonymously" });
    const hintId = checkbox.getAttribute("aria-describedby");
    expect(hintId).toBeTruthy();
    const hint = document.getElementById(hintId ?? "");
    expect(hint?.textContent).toMatch(/Anonymous/);
    expect(hint?.textContent).toMatch(/You and the moderators can still see who wrote it/);
  });

  it("offers no anonymous option or content warning where they do not apply", () => {
    renderComposer({ anonymousOption: false });
    expect(screen.queryByLabelText("Post anonymously")).toBeNull();
    expect(screen.queryByLabelText("Content warning (optional)")).toBeNull();
  });

  it("previews through POST /api/v1/render and shows the server's HTML", async () => {
    fake.on("POST", "/api/v1/render", () => json(200, { html: "<p><strong>bold</strong> move</p>" }));
    const user = userEvent.setup();
    renderComposer();
    await user.type(screen.getByLabelText("Your reply"), "**bold** move");
    await user.click(screen.getByRole("button", { name: "Preview" }));

    const preview = await screen.findByRole("region", { name: "Preview" });
    await waitFor(() => expect(within(preview).getByText("bold").tagName).toBe("STRONG"));
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.url.pathname).toBe("/api/v1/render");
    expect(request.method).toBe("POST");
    expect(request.body).toEqual({ body: "**bold** move" });
    expect(screen.getByRole("button", { name: "Preview" }).getAttribute("aria-pressed")).toBe("true");

    // Back to writing: the text is still there; previewing the same text again asks nobody.
    await user.click(screen.getByRole("button", { name: "Write" }));
    expect(screen.getByLabelText("Your reply")).toHaveProperty("value", "**bold** move");
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(fake.requests).toHaveLength(1);
  });

  it("shows the server's problem when the preview fails", async () => {
    fake.on("POST", "/api/v1/render", () => problem(401, "Sign in to preview.", "/problems/unauthorized"));
    const user = userEvent.setup();
    renderComposer();
    await user.type(screen.getByLabelText("Your reply"), "hi");
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Sign in to preview.");
  });

  it("sends the draft with an Idempotency-Key and clears it after success", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderComposer();
    await user.type(screen.getByLabelText("Your reply"), "Thank you all");
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect(onSubmit).toHaveBeenCalledWith(
      { body: "Thank you all", anonymous: false, contentWarning: "" },
      expect.stringMatching(/^[0-9a-f-]{36}$/),
    );
    await waitFor(() => expect(screen.getByLabelText("Your reply")).toHaveProperty("value", ""));
    expect(loadDraft(KEY)).toBeNull();
  });

  it("keeps what was typed on failure, shows the problem, and retries with the same key", async () => {
    const locked = new ApiError({
      type: "/problems/thread-locked",
      title: "This thread is locked",
      status: 403,
      detail: "This thread is locked, so no new replies can be added.",
    });
    const onSubmit = vi
      .fn<(draft: unknown, key: string) => Promise<void>>()
      .mockRejectedValueOnce(locked)
      .mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    renderComposer({ onSubmit });
    await user.type(screen.getByLabelText("Your reply"), "Still here");
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This thread is locked, so no new replies can be added.",
    );
    expect(screen.getByLabelText("Your reply")).toHaveProperty("value", "Still here");
    expect(loadDraft(KEY)?.body).toBe("Still here");

    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]![1]).toBe(onSubmit.mock.calls[0]![1]);
  });

  it("refuses to send an empty message, saying so next to the text box", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderComposer();
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect(onSubmit).not.toHaveBeenCalled();
    const text = screen.getByLabelText("Your reply");
    expect(text.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(text)).toMatch(/^⚠ Write something first: the message is empty\./);
    await waitFor(() => expect(document.activeElement).toBe(text));
  });

  it("starts a quoting reply from outside and keeps it in the draft", async () => {
    const ref = createRef<ComposerHandle>();
    render(
      <Composer ref={ref} draftKey={KEY} label="Your reply" submitLabel="Post reply" onSubmit={async () => {}} />,
    );
    act(() => ref.current?.quote("> You are doing great", { id: 41, number: 3 }));
    expect(screen.getByLabelText("Your reply")).toHaveProperty("value", "> You are doing great\n\n");
    expect(screen.getByRole("link", { name: "post #3" }).getAttribute("href")).toBe("#post-3");
    expect(loadDraft(KEY)?.replyTo).toEqual({ id: 41, number: 3 });

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Stop replying to post #3" }));
    expect(loadDraft(KEY)?.replyTo).toBeFalsy();
    expect(screen.queryByText(/Replying to/)).toBeNull();
  });
});

describe("Composer: problems next to the field, limits before they are passed", () => {
  it("puts the server's validation problems next to the text, in plain words", async () => {
    const invalid = new ApiError({
      type: "/problems/validation-error",
      title: "The request is not valid",
      status: 422,
      detail: "body.body: Value error, must contain more than white space",
      errors: [
        { loc: ["body", "body"], msg: "Value error, must contain more than white space" },
        { loc: ["body", "reply_to"], msg: "Input should be greater than or equal to 1" },
      ],
    });
    const onSubmit = vi.fn<(draft: unknown, key: string) => Promise<void>>().mockRejectedValueOnce(invalid);
    const user = userEvent.setup();
    renderComposer({ onSubmit });
    const text = screen.getByLabelText("Your reply");
    await user.type(text, "Hello");
    await user.click(screen.getByRole("button", { name: "Post reply" }));

    await waitFor(() => expect(text.getAttribute("aria-invalid")).toBe("true"));
    expect(describedBy(text)).toMatch(/^⚠ Your reply can't be only spaces\./);
    // What belongs to no field of the form is said once, under it, in plain words too.
    expect(screen.getByRole("alert").textContent).toBe("Reply to must be at least 1.");
    expect(document.body.textContent).not.toMatch(/Value error|String should/);
    await waitFor(() => expect(document.activeElement).toBe(text));

    // Typing again clears the field's problem.
    await user.type(text, "!");
    expect(text.getAttribute("aria-invalid")).toBeNull();
  });

  it("counts characters, warns near the limit, and never cuts a long text", async () => {
    const { onSubmit } = renderComposer();
    const text = screen.getByLabelText("Your reply");
    expect(describedBy(text)).toContain("0 of 20,000 characters");

    fireEvent.change(text, { target: { value: "a".repeat(18_500) } });
    const count = () => document.querySelector(".char-count");
    expect(count()?.textContent).toBe("⚠ 18,500 of 20,000 characters");
    expect(count()?.className).toContain("is-near");

    fireEvent.change(text, { target: { value: "b".repeat(20_500) } });
    expect((text as HTMLTextAreaElement).value).toHaveLength(20_500);
    expect(count()?.textContent).toBe("⚠ 500 too many: 20,500 of 20,000 characters");
    expect(count()?.className).toContain("is-over");
    expect(text.hasAttribute("maxlength")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "Post reply" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(text.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(text)).toMatch(/Your reply can be at most 20,000 characters — this one has 20,500\./);
  });

  it("says in the preview that images are not shown", async () => {
    fake.on("POST", "/api/v1/render", () =>
      json(200, { html: "<p>Look my garden (image not shown)</p>" }),
    );
    const user = userEvent.setup();
    renderComposer();
    fireEvent.change(screen.getByLabelText("Your reply"), {
      target: { value: "Look ![my garden](https://example.org/a.png)" },
    });
    await user.click(screen.getByRole("button", { name: "Preview" }));
    const preview = await screen.findByRole("region", { name: "Preview" });
    expect(within(preview).getByRole("note").textContent).toMatch(
      /Images aren't supported here — the picture won't show, only its description\./,
    );

    // A plain link is not an image: no such note.
    await user.click(screen.getByRole("button", { name: "Write" }));
    fireEvent.change(screen.getByLabelText("Your reply"), {
      target: { value: "See [my garden](https://example.org/)" },
    });
    await user.click(screen.getByRole("button", { name: "Preview" }));
    await waitFor(() => expect(within(preview).queryByRole("note")).toBeNull());
  });
});

describe("Composer: a 429 counts down", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("says once when to try again, counts down each second, and re-enables the button at 0", async () => {
    vi.useFakeTimers();
    const limited = new ApiError(
      {
        type: "/problems/rate-limited",
        title: "Too many requests",
        status: 429,
        detail: "Too many requests; try again in 3 seconds.",
      },
      3,
    );
    const onSubmit = vi
      .fn<(draft: unknown, key: string) => Promise<void>>()
      .mockRejectedValueOnce(limited)
      .mockResolvedValueOnce(undefined);
    renderComposer({ onSubmit });
    fireEvent.change(screen.getByLabelText("Your reply"), { target: { value: "Thank you all" } });
    const button = screen.getByRole("button", { name: "Post reply" }) as HTMLButtonElement;
    await act(async () => {
      fireEvent.click(button);
    });

    const visible = () => document.querySelector(".rate-limit");
    expect(visible()?.textContent).toBe("You're posting quickly — try again in 3 seconds.");
    // Screen readers are told once (the ticking seconds are for the eyes).
    expect(screen.getByRole("alert").textContent).toBe("You're posting quickly — try again in 3 seconds.");
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/You can try again/);
    expect(button.disabled).toBe(true);

    act(() => vi.advanceTimersByTime(1000));
    expect(visible()?.textContent).toBe("You're posting quickly — try again in 2 seconds.");
    act(() => vi.advanceTimersByTime(1000));
    expect(visible()?.textContent).toBe("You're posting quickly — try again in 1 second.");
    expect(button.disabled).toBe(true);
    // Still waiting: pressing Ctrl+Enter sends nothing.
    fireEvent.keyDown(screen.getByLabelText("Your reply"), { key: "Enter", ctrlKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(1);

    act(() => vi.advanceTimersByTime(1000));
    expect(visible()).toBeNull();
    expect(button.disabled).toBe(false);
    expect(screen.getByRole("alert").textContent).toBe("You can post again now.");

    await act(async () => {
      fireEvent.click(button);
    });
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]![1]).toBe(onSubmit.mock.calls[0]![1]);
  });
});

describe("Composer: a reply in your own anonymous thread", () => {
  const OWN = { initial: { anonymous: true }, ownAnonymousThread: { displayName: "Jess (tired)" } };

  it("is anonymous by default, says what others see, and sends anonymous explicitly", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderComposer(OWN);
    const box = screen.getByRole("checkbox", { name: "Post anonymously" });
    expect(box).toHaveProperty("checked", true);
    expect(describedBy(box)).toMatch(/You started this thread anonymously.*“Anonymous \(original poster\)”/);

    await user.type(screen.getByLabelText("Your reply"), "Thank you all");
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect(onSubmit).toHaveBeenCalledWith(
      { body: "Thank you all", anonymous: true, contentWarning: "" },
      expect.any(String),
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    // Ticked again for the next reply.
    await waitFor(() => expect(box).toHaveProperty("checked", true));
  });

  it("asks before posting under your name; cancelling keeps it anonymous and sends nothing", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderComposer(OWN);
    await user.type(screen.getByLabelText("Your reply"), "It was me all along");
    await user.click(screen.getByRole("checkbox", { name: "Post anonymously" }));
    await user.click(screen.getByRole("button", { name: "Post reply" }));

    const dialog = screen.getByRole("dialog", { name: "Post under your name?" });
    expect(dialog.textContent).toMatch(
      /Everyone will see this reply is from Jess \(tired\), in a thread you started anonymously\./,
    );
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Keep it anonymous" }));
    await user.click(within(dialog).getByRole("button", { name: "Keep it anonymous" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("checkbox", { name: "Post anonymously" })).toHaveProperty("checked", true);
    expect(loadDraft(KEY)?.anonymous).toBe(true);

    // Unticked again and confirmed: posted under the name, as asked.
    await user.click(screen.getByRole("checkbox", { name: "Post anonymously" }));
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Post under your name?" })).getByRole("button", {
        name: "Post under my name",
      }),
    );
    expect(onSubmit).toHaveBeenCalledWith(
      { body: "It was me all along", anonymous: false, contentWarning: "" },
      expect.any(String),
    );
  });

  it("asks nothing in other threads", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderComposer();
    await user.type(screen.getByLabelText("Your reply"), "Hi");
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
