// Your notifications, newest first: replies, mentions, quotes, new posts in threads you
// watch, and what the moderators did. Unread ones are marked (in words too); following one
// marks it read; "Mark all as read"; "Show unread only"; keyset "Load more".
import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useEffect, useId, useMemo } from "react";
import { Link, Navigate, useSearchParams } from "react-router";

import { api, call, type Schemas } from "../api/client";
import { $api, itemsOf, keysetPaging } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { fullDate, timeAgo } from "../components/format";
import { COUNT_PATH, LIST_PATH, listInit, markedRead, type Notification } from "../components/notifications/queries";
import { notificationHref, notificationSentence } from "../components/notifications/sentences";
import { Empty, ErrorMessage, LoadMore, Loading } from "../components/Status";
import { useAction } from "../hooks/useAction";
import "../components/notifications/notifications.css";

type Pages = InfiniteData<Schemas["NotificationPage"], string | null>;

export function NotificationsPage() {
  const { me, loading } = useAuth();

  useEffect(() => {
    document.title = "Notifications · Village";
  }, []);

  if (!loading && !me) return <Navigate to={`/signin?next=${encodeURIComponent("/notifications")}`} replace />;
  if (!me) return <Loading what="Loading your notifications" />;
  return <Notifications />;
}

function Notifications() {
  const id = useId();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get("unread") === "1";
  const list = $api.useInfiniteQuery("get", LIST_PATH, listInit(unreadOnly), keysetPaging);
  const markAll = useAction();

  const pages = (list.data as Pages | undefined)?.pages;
  const items = useMemo(() => pages && itemsOf(pages, (item) => item.id), [pages]);
  const loadError = list.isFetchNextPageError ? null : list.error;
  // Unread ones may also be on pages not loaded yet: the bell's count says so.
  const unreadCount = $api.useQuery("get", COUNT_PATH).data?.count ?? 0;
  const anyUnread = unreadCount > 0 || (items?.some((item) => item.read_at === null) ?? false);

  async function readAll() {
    await markAll.run(async () => {
      await call(api.POST("/api/v1/notifications/read", { body: { all: true } }));
      markedRead(client, "all");
    });
  }

  function readOne(notification: Notification) {
    if (notification.read_at !== null) return;
    // Marked here at once; the request goes on while the thread opens.
    markedRead(client, [notification.id]);
    void call(api.POST("/api/v1/notifications/read", { body: { ids: [notification.id] } })).catch(() => {
      // Not marked after all: the count and the list are read again.
      void client.invalidateQueries({ queryKey: ["get", LIST_PATH] });
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="notifications-page">
      <div className="page-head">
        <h1 id={`${id}-title`}>Notifications</h1>
        <p className="lead">Replies to you, mentions, quotes, new posts in threads you watch, and news from the moderators.</p>
      </div>
      <div className="notification-tools">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => setParams(event.target.checked ? { unread: "1" } : {}, { replace: true })}
          />
          Show unread only
        </label>
        <button type="button" className="secondary" disabled={markAll.busy || !anyUnread} onClick={() => void readAll()}>
          {markAll.busy ? "Marking…" : "Mark all as read"}
        </button>
      </div>
      <ErrorMessage error={markAll.error} />
      <ErrorMessage error={loadError} />
      {!items && !loadError && <Loading what="Loading your notifications" />}
      {items?.length === 0 && (
        <Empty>{unreadOnly ? "Nothing unread. You are all caught up." : "No notifications yet. When someone replies to you or mentions you, it shows here."}</Empty>
      )}
      {items && items.length > 0 && (
        <ol className="notification-list" aria-label={unreadOnly ? "Unread notifications" : "Notifications"}>
          {items.map((item) => (
            <NotificationItem key={item.id} notification={item} onOpen={() => readOne(item)} />
          ))}
        </ol>
      )}
      <LoadMore
        visible={list.hasNextPage}
        loading={list.isFetchingNextPage}
        error={list.isFetchNextPageError ? list.error : null}
        label="Load older notifications"
        onLoad={async () => {
          await list.fetchNextPage();
        }}
      />
    </section>
  );
}

function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen(): void }) {
  const sentence = notificationSentence(notification);
  const href = notificationHref(notification);
  const unread = notification.read_at === null;
  return (
    <li className={`notification${unread ? " is-unread" : ""}`}>
      <span className="notification-dot" aria-hidden="true" />
      <div>
        <p className="notification-text">
          {unread && <span className="visually-hidden">Unread: </span>}
          {href ? (
            <Link to={href} onClick={onOpen}>
              {sentence}
            </Link>
          ) : (
            sentence
          )}
        </p>
        <p className="meta">
          <time dateTime={notification.created_at} title={fullDate(notification.created_at)}>
            {timeAgo(notification.created_at)}
          </time>
        </p>
      </div>
    </li>
  );
}
