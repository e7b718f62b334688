// How many reported posts wait in the review queue: the navigation's badge. Kept apart from
// the moderator screens (no CSS, no components) so the header can use it without pulling
// those screens into the bundle every member downloads.
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

import { $api } from "../../api/query";

const COUNT_PATH = "/api/v1/moderation/queue/count";

/** Polled this often while the app is open; also on window focus and after any action. */
export const QUEUE_COUNT_POLL_MS = 30_000;

export function queueCountKey() {
  return $api.queryOptions("get", COUNT_PATH).queryKey;
}

/** The number of open items, or null while unknown (not a moderator, loading, failed). */
export function useQueueCount(enabled: boolean): number | null {
  const { data } = $api.useQuery("get", COUNT_PATH, undefined, {
    enabled,
    refetchInterval: enabled ? QUEUE_COUNT_POLL_MS : false,
    refetchOnWindowFocus: true,
    // A failed poll keeps the last count: the next one will tell.
    retry: false,
  });
  return enabled && data ? data.open : null;
}

/** After a moderation action the count may have changed: ask again now, not in 30 s. */
export function moderationChanged(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: queueCountKey() });
}

export function useModerationChanged(): () => void {
  const client = useQueryClient();
  return useCallback(() => moderationChanged(client), [client]);
}
