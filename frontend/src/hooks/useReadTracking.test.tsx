import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

import { WithQueryClient } from "../test/query";
import { useReadTracking } from "./useReadTracking";

const fake = await vi.hoisted(async () => (await import("../test/fake-api")).installFakeApi());
const { noContent } = await import("../test/fake-api");

/** jsdom has no IntersectionObserver: this one lets the test say what came into view. */
class FakeObserver {
  static current: FakeObserver | null = null;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** Posts `numbers` scroll into view (wholly), as the browser would report them. */
  see(...numbers: number[]) {
    const entries = [...this.targets]
      .filter((target) => numbers.includes(Number(target.id.replace("post-", ""))))
      .map(
        (target) =>
          ({
            target,
            isIntersecting: true,
            intersectionRatio: 1,
            intersectionRect: { height: 100 },
            rootBounds: { height: 800 },
          }) as unknown as IntersectionObserverEntry,
      );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
  /** A tall post only partly on the screen (a fifth of it, a tenth of the screen). */
  glimpse(number: number) {
    const target = [...this.targets].find((item) => item.id === `post-${number}`)!;
    const entry = {
      target,
      isIntersecting: true,
      intersectionRatio: 0.2,
      intersectionRect: { height: 80 },
      rootBounds: { height: 800 },
    } as unknown as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

function Reader({ numbers, readFrom = 0 }: { numbers: number[]; readFrom?: number }) {
  useReadTracking({
    threadId: 7,
    enabled: true,
    readFrom,
    containerId: "posts",
    postsKey: numbers.join(","),
  });
  return (
    <div id="posts">
      {numbers.map((number) => (
        <article key={number} id={`post-${number}`} />
      ))}
    </div>
  );
}

function show(numbers: number[], readFrom = 0) {
  return render(
    <WithQueryClient>
      <Reader numbers={numbers} readFrom={readFrom} />
    </WithQueryClient>,
  );
}

function saved(): unknown[] {
  return fake.calls("PUT", "/api/v1/threads/7/read").map((request) => request.body);
}

const observer = () => FakeObserver.current!;

describe("useReadTracking", () => {
  beforeEach(() => {
    fake.reset();
    fake.on("PUT", "/api/v1/threads/7/read", () => noContent());
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    localStorage.setItem("village.session", JSON.stringify({ access_token: "a", refresh_token: "r" }));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  test("posts read in a quick scroll are saved once, the furthest, after a pause", async () => {
    show([1, 2, 3, 4]);
    act(() => observer().see(1, 2));
    act(() => observer().see(3));
    expect(saved()).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(saved()).toEqual([{ last_read_number: 3 }]);
  });

  test("at most one save every few seconds, and never backwards", async () => {
    show([1, 2, 3, 4, 5]);
    act(() => observer().see(1));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    act(() => observer().see(2));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(saved()).toEqual([{ last_read_number: 1 }]);
    act(() => observer().see(4));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    // Three seconds after the first save, not before: the furthest post read by then.
    expect(saved()).toEqual([{ last_read_number: 1 }]);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(saved()).toEqual([{ last_read_number: 1 }, { last_read_number: 4 }]);

    // Scrolling back up reads nothing new.
    act(() => observer().see(2, 3));
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saved()).toHaveLength(2);
  });

  test("what was read before the page opened is not saved again", async () => {
    show([1, 2, 3], 3);
    act(() => observer().see(1, 2, 3));
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saved()).toEqual([]);
  });

  test("a tall post's glimpse is not reading it", async () => {
    show([1, 2]);
    act(() => observer().glimpse(2));
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saved()).toEqual([]);
  });

  test("posts added later (a live reply) are watched too, and count once seen", async () => {
    const view = show([1, 2]);
    view.rerender(
      <WithQueryClient>
        <Reader numbers={[1, 2, 3]} />
      </WithQueryClient>,
    );
    expect([...observer().targets].map((target) => target.id)).toContain("post-3");
    act(() => observer().see(3));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(saved()).toEqual([{ last_read_number: 3 }]);
  });

  test("leaving for another screen saves at once what is not saved yet", async () => {
    const view = show([1, 2]);
    act(() => observer().see(1, 2));
    view.unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(saved()).toEqual([{ last_read_number: 2 }]);
  });

  test("signing out on the thread page sends nothing: the request would only be refused", async () => {
    const view = show([1, 2]);
    act(() => observer().see(1, 2));
    localStorage.clear();
    view.unmount();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saved()).toEqual([]);
  });

  test("closing the tab sends it with keepalive, so the request outlives the page", async () => {
    show([1, 2]);
    act(() => observer().see(2));
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    const sent = vi
      .mocked(fetch)
      .mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.keepalive === true);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(String((sent[0]![1] as RequestInit).body))).toEqual({ last_read_number: 2 });
    // Nothing left to save afterwards.
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saved()).toHaveLength(1);
    localStorage.clear();
  });
});
