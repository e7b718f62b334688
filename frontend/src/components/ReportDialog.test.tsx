import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());

import { json, problem } from "../test/fake-api";
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
  fake.reset();
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
    expect(fake.requests).toHaveLength(0);
    expect(document.activeElement).toBe(note);

    fake.on("POST", "/api/v1/posts/77/flags", () => json(201, FLAG));
    await user.type(note, "It shares my address");
    await user.click(screen.getByRole("button", { name: "Send report" }));
    await screen.findByText(/Your report about post #4 was sent/);
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.url.pathname).toBe("/api/v1/posts/77/flags");
    expect(request.method).toBe("POST");
    expect(request.headers.get("Idempotency-Key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.body).toEqual({ reason: "other", note: "It shares my address" });
    // What the post then carries as my_flag: "Reported" survives a reload.
    expect(onReported).toHaveBeenCalledWith({ id: 9, reason: "other", status: "open" });
    expect(localStorage.getItem("report:77:attempt")).toBeNull();
  });

  it("makes the note optional for the other reasons", async () => {
    fake.on("POST", "/api/v1/posts/77/flags", () => json(201, { ...FLAG, reason: "spam", note: null }));
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole("radio", { name: "Spam or advertising" }));
    expect(screen.getByLabelText("Note for the moderators (optional)").hasAttribute("required")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Send report" }));
    await waitFor(() => expect(fake.requests).toHaveLength(1));
    expect(fake.requests[0]!.body).toEqual({ reason: "spam", note: null });
  });

  it("asks for a reason first", async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect(screen.getByRole("alert").textContent).toMatch(/Choose a reason/);
    expect(fake.requests).toHaveLength(0);
  });

  it("a report sent before (another tab): said calmly, and the post learns its report", async () => {
    fake.on("POST", "/api/v1/posts/77/flags", () =>
      problem(409, "You have already reported this post; a moderator will look.", "/problems/already-flagged"),
    );
    fake.on("GET", "/api/v1/posts/77", () =>
      json(200, { id: 77, my_flag: { id: 4, reason: "spam", status: "open" } }),
    );
    const user = userEvent.setup();
    const { onReported } = renderDialog();
    await user.click(screen.getByRole("radio", { name: "Spam or advertising" }));
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect((await screen.findByRole("status")).textContent).toBe(
      "You reported post #4 already, and a moderator will take a look. Thank you.",
    );
    expect(screen.queryByRole("alert")).toBeNull();
    await waitFor(() => expect(onReported).toHaveBeenCalledWith({ id: 4, reason: "spam", status: "open" }));
    expect(localStorage.getItem("report:77:attempt")).toBeNull();
  });

  it("shows the server's problem detail and keeps the form as it was", async () => {
    fake.on("POST", "/api/v1/posts/77/flags", () =>
      problem(403, "You can't report posts in this category.", "/problems/forbidden"),
    );
    const user = userEvent.setup();
    renderDialog();
    await user.click(screen.getByRole("radio", { name: "Abusive or unkind" }));
    await user.type(screen.getByLabelText("Note for the moderators (optional)"), "rude");
    await user.click(screen.getByRole("button", { name: "Send report" }));
    expect((await screen.findByRole("alert")).textContent).toBe("You can't report posts in this category.");
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
