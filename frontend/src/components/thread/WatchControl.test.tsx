// Watching, Normal, Muted: each explained in a line; the choice is saved, and undone with
// the server's words when refused.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

const fake = await vi.hoisted(async () => (await import("../../test/fake-api")).installFakeApi());

import { noContent, problem } from "../../test/fake-api";
import { renderWithQuery } from "../../test/query";
import type { SubscriptionLevel } from "./readingApi";
import { WatchControl } from "./WatchControl";

function Holder({ initial }: { initial: SubscriptionLevel | null }) {
  const [level, setLevel] = useState(initial);
  return <WatchControl threadId={7} level={level} onChange={setLevel} />;
}

beforeEach(() => {
  fake.reset();
});

describe("WatchControl", () => {
  it("shows Normal when the member never chose, with what each level means", async () => {
    renderWithQuery(<Holder initial={null} />);
    expect(screen.getByText(/Notifications:/).textContent).toBe("Notifications: Normal");
    await userEvent.click(screen.getByText(/Notifications:/));
    const group = screen.getByRole("group", { name: "Notifications for this thread" });
    expect(group).toBeTruthy();
    const normal = screen.getByRole("radio", { name: "Normal" });
    expect((normal as HTMLInputElement).checked).toBe(true);
    // Each choice is described by its line, for a screen reader too.
    const hint = screen.getByRole("radio", { name: "Watching" }).getAttribute("aria-describedby");
    expect(document.getElementById(hint ?? "")?.textContent).toBe("You'll be notified of every new post.");
    expect(screen.getByText("You'll be notified of every new post.")).toBeTruthy();
    expect(screen.getByText("Only replies to you and mentions.")).toBeTruthy();
    expect(screen.getByText("No notifications from this thread.")).toBeTruthy();
  });

  it("saves the level chosen", async () => {
    fake.on("PUT", "/api/v1/threads/7/subscription", () => noContent());
    renderWithQuery(<Holder initial="watching" />);
    await userEvent.click(screen.getByText(/Notifications:/));
    await userEvent.click(screen.getByRole("radio", { name: "Muted" }));
    expect(fake.calls("PUT", "/api/v1/threads/7/subscription").map((call) => call.body)).toEqual([
      { level: "muted" },
    ]);
    expect(screen.getByText(/Notifications:/).textContent).toBe("Notifications: Muted");
    expect((screen.getByRole("radio", { name: "Muted" }) as HTMLInputElement).checked).toBe(true);
  });

  it("goes back to what it was, and says why, when the server refuses", async () => {
    fake.on("PUT", "/api/v1/threads/7/subscription", () =>
      problem(404, "This thread is not there any more.", "/problems/not-found"),
    );
    renderWithQuery(<Holder initial="watching" />);
    await userEvent.click(screen.getByText(/Notifications:/));
    await userEvent.click(screen.getByRole("radio", { name: "Normal" }));
    expect((await screen.findByRole("alert")).textContent).toBe("This thread is not there any more.");
    expect(screen.getByText(/Notifications:/).textContent).toBe("Notifications: Watching");
    expect((screen.getByRole("radio", { name: "Watching" }) as HTMLInputElement).checked).toBe(true);
  });
});
