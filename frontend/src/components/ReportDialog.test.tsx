import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fetchMock = await vi.hoisted(async () => {
  const { installFetchMock } = await import("../test/fetch-mock");
  return installFetchMock();
});

import { json } from "../test/fetch-mock";
import { REPORT_REASONS, ReportDialog } from "./ReportDialog";

const FLAG = {
  id: 9,
  post_id: 77,
  reason: "other",
  note: "It shares my address",
  status: "open",
  created_at: "2026-11-25T10:00:00Z",
  flagger: { id: 3, username: "sam_and_bea", display_name: "Sam", role: "member" },
};

function renderDialog() {
  const onClose = vi.fn();
  const onReported = vi.fn();
  render(<ReportDialog postId={77} postNumber={4} open onClose={onClose} onReported={onReported} />);
  return { onClose, onReported };
}

beforeEach(() => {
  fetchMock.mockReset();
});

describe("ReportDialog", () => {
  it("is a dialog named after the post, with every reason in words", () => {
    renderDialog();
    expect(screen.getByRole("dialog", { name: "Report post #4" })).toBeTruthy();
    for (const reason of REPORT_REASONS) {
      expect(screen.getByRole("radio", { name: reason.label })).toBeTruthy();
    }
    expect(REPORT_REASONS.map((reason) => reason.value)).toEqual([
      "spam",
      "abusive",
      "off_topic",
      "safety",
      "other",
    ]);
  });

  it("requires a note for “Something else” before sending anything", async () => {
    const user = userEvent.setup();
    const { onReported } = renderDialog();
    await user.click(screen.getByRole("radio", { name: "Something else" }));
    const note = screen.getByLabelText("Note for the moderators (required)");
    expect(note.hasAttribute("required")).toBe(true);

    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect(screen.getByRole("alert").textContent).toMatch(/add a note/);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(note);

    fetchMock.mockResolvedValue(json(FLAG, 201));
    await user.type(note, "It shares my address");
    await user.click(screen.getByRole("button", { name: "Send report" }));
    await screen.findByText(/Your report about post #4 was sent/);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const request = fetchMock.mock.calls[0]![0];
    expect(new URL(request.url).pathname).toBe("/api/v1/posts/77/flags");
    expect(request.method).toBe("POST");
    expect(request.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await request.json()).toEqual({ reason: "other", note: "It shares my address" });
    expect(onReported).toHaveBeenCalledWith(FLAG);
  });

  it("makes the note optional for the other reasons", async () => {
    fetchMock.mockResolvedValue(json({ ...FLAG, reason: "spam", note: null }, 201));
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole("radio", { name: "Spam or advertising" }));
    expect(screen.getByLabelText("Note for the moderators (optional)").hasAttribute("required")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Send report" }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ reason: "spam", note: null });
  });

  it("asks for a reason first", async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect(screen.getByRole("alert").textContent).toMatch(/Choose a reason/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the server's problem detail and keeps the form as it was", async () => {
    fetchMock.mockResolvedValue(
      json(
        { type: "/problems/conflict", title: "Conflict", status: 409, detail: "You have already reported this post." },
        409,
      ),
    );
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole("radio", { name: "Abusive or unkind" }));
    await user.type(screen.getByLabelText("Note for the moderators (optional)"), "rude");
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect((await screen.findByRole("alert")).textContent).toBe("You have already reported this post.");
    expect(screen.getByLabelText("Note for the moderators (optional)")).toHaveProperty("value", "rude");
    expect(screen.getByRole("radio", { name: "Abusive or unkind" })).toHaveProperty("checked", true);
  });

  it("closes on Cancel", async () => {
    const user = userEvent.setup();
    const { onClose } = renderDialog();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onClose).toHaveBeenCalled();
  });
});
