// The header's bell for signed-in members: a link to the notifications page whose name says
// how many are unread ("Notifications, 3 unread"). The count comes from
// GET /notifications/unread-count and is kept live by the member's notification stream.
import { useState } from "react";
import { NavLink } from "react-router";

import { useNotificationStream } from "../../api/notificationStream";
import { $api } from "../../api/query";
import { COUNT_PATH } from "./queries";
import "./notifications.css";

/** Shown as "99+" beyond this; the accessible name keeps the exact number. */
const MAX_SHOWN = 99;

export function NotificationBell({ viewerId }: { viewerId: number }) {
  const status = useNotificationStream(viewerId);
  const { data } = $api.useQuery("get", COUNT_PATH, undefined, {
    // Without a live stream, coming back to the window is when to look again.
    refetchOnWindowFocus: status !== "open",
  });
  const count = data?.count ?? 0;
  const label = count ? `Notifications, ${count} unread` : "Notifications";
  // Said once when the count goes up while the app is open (not on each page load).
  const known = data ? data.count : null;
  const [last, setLast] = useState<number | null>(null);
  const [news, setNews] = useState("");
  if (known !== last) {
    setLast(known);
    if (known !== null && last !== null && known > last) {
      setNews(known === 1 ? "1 unread notification" : `${known} unread notifications`);
    }
  }

  return (
    <>
      <span className="visually-hidden" role="status" aria-live="polite">
        {news}
      </span>
      <NavLink to="/notifications" className="bell" aria-label={label}>
        <svg className="bell-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
            fill="currentColor"
          />
        </svg>
        {/* Always in place (no shift when a count arrives); empty when there is nothing. */}
        <span className={`nav-count bell-count${count ? "" : " is-empty"}`} aria-hidden="true">
          {count > MAX_SHOWN ? `${MAX_SHOWN}+` : count || ""}
        </span>
      </NavLink>
    </>
  );
}
