// The review queue: reported posts, safety first, then the longest waiting.
import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { api, call, type Schemas } from "../../api/client";
import { ApiError } from "../../api/problem";
import { $api, itemsOf, keysetPaging } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import {
  isAccessError,
  NotAllowed,
  OutcomeStatus,
  type Outcome,
} from "../../components/mod/ModShared";
import { QueueCard, type Action } from "../../components/mod/QueueCard";
import { restorePost } from "../../components/mod/restore";
import { Empty, ErrorMessage, Loading, NextPage } from "../../components/Status";
import "../../styles/mod.css";

type Item = Schemas["QueueItemRead"];
type UserRef = Schemas["UserRef"];
type QueuePages = InfiniteData<Schemas["QueueItemPage"], string | null>;

const PAGE_SIZE = 20;
const QUEUE_PATH = "/api/v1/moderation/queue";
const QUEUE_INIT = { params: { query: { limit: PAGE_SIZE } } };

const RESOLVED: Record<Action, string> = {
  dismiss: "Dismissed the reports on",
  hide: "Hid",
  delete: "Deleted",
};

export function QueuePage() {
  const { me, loading: authLoading } = useAuth();
  const queryClient = useQueryClient();
  const queue = $api.useInfiniteQuery("get", QUEUE_PATH, QUEUE_INIT, {
    ...keysetPaging,
    enabled: !authLoading,
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const articles = useRef(new Map<number, HTMLElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<number | "heading" | null>(null);

  useEffect(() => {
    document.title = "Review queue · Village";
  }, []);

  const pages = (queue.data as QueuePages | undefined)?.pages;
  const items = useMemo(() => pages && itemsOf(pages, (item) => item.id), [pages]);
  const loadError = queue.isFetchNextPageError ? null : queue.error;

  // After an item leaves the list, keep keyboard focus in a sensible place.
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === "heading") heading.current?.focus();
    else articles.current.get(target)?.focus();
  }, [items]);

  const update = useCallback(
    (change: (items: Item[]) => Item[]) => {
      const key = $api.queryOptions("get", QUEUE_PATH, QUEUE_INIT).queryKey;
      queryClient.setQueryData<QueuePages>(key, (data) =>
        data && { ...data, pages: data.pages.map((page) => ({ ...page, items: change(page.items) })) },
      );
    },
    [queryClient],
  );

  /** What resolving an item did; a delete can be taken back (the reports stay closed). */
  function resolved(item: Item, action: Action): Outcome {
    const { post, thread } = item;
    const what = `post #${post.number} in “${thread.title}”`;
    const message = `${RESOLVED[action]} ${what}.`;
    if (action !== "delete") return { message };
    return {
      message,
      undoes: `the delete of ${what}`,
      undo: async () => {
        await restorePost(queryClient, post.id);
        return {
          message: `Restored ${what}: members can read it again.`,
          link: { to: `/t/${thread.id}#post-${post.number}`, label: `View post #${post.number}` },
        };
      },
    };
  }

  /** The item leaves the list (resolved, here or elsewhere), saying so; focus moves on. */
  function leave(postId: number, outcome: Outcome) {
    const list = items ?? [];
    const index = list.findIndex((item) => item.post.id === postId);
    const after = list[index + 1] ?? list[index - 1];
    focusNext.current = after ? after.post.id : "heading";
    update((all) => all.filter((item) => item.post.id !== postId));
    setOutcome(outcome);
  }

  function claimed(postId: number, by: UserRef | null) {
    update((all) =>
      all.map((item) => (item.post.id === postId ? { ...item, claimed_by: by } : item)),
    );
  }

  /** After a 409, learn who holds the item now (the problem detail does not name them). */
  async function refreshClaim(postId: number) {
    try {
      const page = await call(api.GET(QUEUE_PATH, { params: { query: { limit: 100 } } }));
      const fresh = page.items.find((item) => item.post.id === postId);
      if (fresh) claimed(postId, fresh.claimed_by);
    } catch {
      // The conflict message is already on screen; nothing more to say.
    }
  }

  const denied = isAccessError(loadError);

  return (
    <section aria-labelledby="queue-title" className="mod-page">
      <div className="page-head">
        <h1 id="queue-title" ref={heading} tabIndex={-1}>
          Review queue
        </h1>
        <p className="lead">
          Posts members have reported. Anything about someone&rsquo;s safety comes first, then
          the longest waiting.
        </p>
      </div>
      {denied ? <NotAllowed error={loadError} /> : <ErrorMessage error={loadError} />}
      {!items && !loadError && <Loading what="Loading the review queue" />}
      <OutcomeStatus outcome={outcome} />
      {items?.length === 0 && <Empty>Nothing to review. Thank you for keeping Village kind.</Empty>}
      {items && items.length > 0 && (
        <ol className="mod-queue" aria-label="Reported posts">
          {items.map((item) => (
            <li key={item.id}>
              <QueueCard
                item={item}
                me={me}
                articleRef={(element) => {
                  if (element) articles.current.set(item.post.id, element);
                  else articles.current.delete(item.post.id);
                }}
                onResolved={(resolvedItem, action) =>
                  leave(resolvedItem.post.id, resolved(resolvedItem, action))
                }
                onClaimed={claimed}
                onConflict={refreshClaim}
                onGone={(postId, error: ApiError) =>
                  leave(postId, { message: error.problem.detail ?? error.problem.title })
                }
              />
            </li>
          ))}
        </ol>
      )}
      <NextPage query={queue} />
    </section>
  );
}
