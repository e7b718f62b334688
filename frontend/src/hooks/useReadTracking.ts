// Records how far a signed-in member has read a thread: posts that come into view (an
// IntersectionObserver on the page's articles) move a high-water mark that never goes back,
// saved with PUT /threads/{id}/read at most once every few seconds, and once more when the
// member leaves (another screen, or the tab closing: fetch with keepalive). Posts that
// arrive live count only once they are on the screen, like any other.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

import { saveRead, saveReadOnLeave } from "../components/thread/readingApi";

/** At most one save per this many milliseconds while reading. */
export const SAVE_INTERVAL_MS = 3_000;
/** A save waits this long after the last post read, so a fast scroll makes one request. */
const SETTLE_MS = 1_000;

/** A post counts as read when most of it, or most of the screen's height of it, was seen. */
function isRead(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  const screen = entry.rootBounds?.height ?? window.innerHeight;
  return entry.intersectionRatio >= 0.6 || entry.intersectionRect.height >= screen * 0.5;
}

function numberOf(element: Element): number | null {
  const match = /^post-(\d+)$/.exec(element.id);
  return match ? Number(match[1]) : null;
}

/**
 * Tracks reading of thread `threadId` inside the element `containerId` (its `#post-N`
 * articles), while `enabled` (a signed-in member, the posts shown). `readFrom` is the
 * member's last_read_number when the page opened; `postsKey` changes when posts are added.
 */
export function useReadTracking({
  threadId,
  enabled,
  readFrom,
  containerId,
  postsKey,
}: {
  threadId: number;
  enabled: boolean;
  readFrom: number;
  containerId: string;
  postsKey: string;
}) {
  const queryClient = useQueryClient();
  const seen = useRef(readFrom);
  const saved = useRef(readFrom);
  const observer = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    if (!enabled || typeof IntersectionObserver === "undefined") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastSave = 0;

    // The thread lists' unread counts are read again after a save.
    const refreshLists = () =>
      void queryClient.invalidateQueries({ queryKey: ["get", "/api/v1/threads"] });

    function save() {
      timer = undefined;
      if (seen.current <= saved.current) return;
      const number = seen.current;
      saved.current = number;
      lastSave = Date.now();
      saveRead(threadId, number).then(refreshLists, () => {
        // Not saved (offline, signed out): the next post read or leaving tries again.
        if (saved.current === number) saved.current = Math.min(saved.current, readFrom);
      });
    }

    function schedule() {
      if (timer !== undefined) return;
      const wait = Math.max(SETTLE_MS, lastSave + SAVE_INTERVAL_MS - Date.now());
      timer = setTimeout(save, wait);
    }

    function leave() {
      clearTimeout(timer);
      timer = undefined;
      if (seen.current <= saved.current) return;
      saved.current = seen.current;
      saveReadOnLeave(threadId, seen.current);
    }

    observer.current = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const number = isRead(entry) ? numberOf(entry.target) : null;
          if (number !== null && number > seen.current) seen.current = number;
        }
        if (seen.current > saved.current) schedule();
      },
      { threshold: [0, 0.25, 0.5, 0.6, 0.75, 1] },
    );
    const onHide = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", onHide);
      observer.current?.disconnect();
      observer.current = null;
      // Leaving for another screen of the app: save now, then the lists read again.
      clearTimeout(timer);
      if (seen.current > saved.current) {
        saved.current = seen.current;
        saveRead(threadId, seen.current).then(refreshLists, () => undefined);
      }
    };
  }, [enabled, threadId, readFrom, queryClient]);

  // Every post on the page is watched, those added later (more pages, live replies) too.
  useEffect(() => {
    const current = observer.current;
    const container = document.getElementById(containerId);
    if (!current || !container) return;
    container.querySelectorAll("article[id^='post-']").forEach((article) => current.observe(article));
  }, [enabled, containerId, postsKey]);
}
