// The signed-in member's own notifications, live (GET /api/v1/events?notifications=true):
// each `notification.created` adds one to the bell's count at once. The stream resumes with
// Last-Event-ID like a thread's (api/events.ts) and stops for good on a refusal (401, 404);
// while it is not open, the count is fetched again when the window regains focus, and once
// it opens again after a gap the count is read afresh (the replay window may not cover it).
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { notificationArrived, countKey, type Notification } from "../components/notifications/queries";
import { subscribe, type StreamStatus } from "./events";

function isNotification(data: unknown): data is Notification {
  return typeof data === "object" && data !== null && "id" in data && "kind" in data;
}

/** Streams `viewerId`'s notifications into the cache; its status says whether it is live. */
export function useNotificationStream(viewerId: number | null): StreamStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>("down");

  useEffect(() => {
    if (viewerId === null) return;
    // A replayed event (after a reconnect) is counted once.
    const seen = new Set<number>();
    let wasDown = false;
    const close = subscribe("/api/v1/events?notifications=true", {
      onStatus(next) {
        setStatus(next);
        if (next === "down") wasDown = true;
        if (next === "open" && wasDown) {
          wasDown = false;
          void client.invalidateQueries({ queryKey: countKey() });
        }
      },
      events: {
        "notification.created": (data) => {
          if (!isNotification(data) || seen.has(data.id)) return;
          seen.add(data.id);
          notificationArrived(client, data);
        },
      },
    });
    return () => {
      close();
      setStatus("down");
    };
  }, [viewerId, client]);

  return viewerId === null ? "down" : status;
}
