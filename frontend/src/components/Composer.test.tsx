import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { json, problem } from "../test/fake-api";
import { ApiError } from "../api/problem";
import { loadDraft } from "../drafts";
import { Composer, type ComposerHandle } from "./Composer";

const KEY = "draft:thread:5";

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

  it("refuses to send an empty message", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderComposer();
    await user.click(screen.getByRole("button", { name: "Post reply" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toMatch(/empty/);
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
